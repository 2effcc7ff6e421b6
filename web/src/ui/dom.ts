/** Attributes `h` understands: `class`, ARIA and data attributes, plain properties, and `on<event>` listeners. */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;
/** A child of `h`: a node, text (always inserted as a text node, never parsed as HTML), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element. Strings become text nodes, so API data can never turn into markup: the explorer never uses
 * innerHTML. `onclick: fn` adds a listener; `false`/`null` attributes are left out; `true` sets an empty attribute.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

/** Appends children to a parent, strings as text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
