import { parseHTML } from 'linkedom';

// Elements whose content is never article text; scripts are dropped, never run (linkedom does not execute them either).
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'HEAD', 'BUTTON', 'FORM', 'NAV', 'FIGCAPTION']);
// Elements that end a paragraph: their text is separated from its neighbours by a blank line.
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'TABLE', 'TR',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'HR', 'DL', 'DT', 'DD', 'ADDRESS',
]);

const TAG_LIKE = /<\/?[a-zA-Z][\w:-]*(\s[^<>]*)?\/?>|<!--|&(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);/;

/** Whether a string holds HTML markup or entities worth stripping. */
export function looksLikeHtml(text: string): boolean {
  return TAG_LIKE.test(text);
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collect(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (DROPPED.has(name)) return;
  if (name === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.push('\n\n');
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) collect(child, out);
  }
  if (block) out.push('\n\n');
}

/** Tidies collected text: trims each line, keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Converts an HTML fragment or document to plain text with paragraph breaks; script, style and similar elements are removed with their content. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const out: string[] = [];
  collect(document.body as unknown as DomNode, out);
  return tidy(out.join(''));
}

/** Converts a parsed DOM element to plain text with paragraph breaks. */
export function elementToText(element: unknown): string {
  const out: string[] = [];
  collect(element as DomNode, out);
  return tidy(out.join(''));
}
