import { h } from './dom';

/** A range of a text to mark, with the classes and label of its mark. */
export interface Highlight {
  start: number;
  end: number;
  className: string;
  label: string;
  /** Extra attributes of the mark (e.g. data-entity-id). */
  data?: Record<string, string>;
  /** Makes the mark a button. */
  onclick?: () => void;
}

/**
 * Splits `text` (which starts at `offset` in its article) into text nodes and marks for the highlights inside it.
 * Overlapping highlights keep the first one; everything is text, never markup.
 */
export function highlightText(text: string, offset: number, highlights: readonly Highlight[]): Node[] {
  const sorted = [...highlights]
    .map((hl) => ({ ...hl, start: Math.max(hl.start - offset, 0), end: Math.min(hl.end - offset, text.length) }))
    .filter((hl) => hl.end > hl.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Node[] = [];
  let at = 0;
  for (const hl of sorted) {
    if (hl.start < at) continue;
    if (hl.start > at) out.push(document.createTextNode(text.slice(at, hl.start)));
    const words = text.slice(hl.start, hl.end);
    const attrs = { class: hl.className, title: hl.label, 'aria-label': `${words} (${hl.label})`, ...hl.data };
    out.push(hl.onclick ? h('button', { type: 'button', ...attrs, onclick: hl.onclick }, words) : h('mark', attrs, words));
    at = hl.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}
