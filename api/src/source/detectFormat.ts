import type { ArticleFormat } from './types';

const BY_EXTENSION: Record<string, ArticleFormat> = {
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'json', html: 'html', htm: 'html', xhtml: 'html',
  rss: 'rss', atom: 'rss', xml: 'rss', txt: 'seed', text: 'seed', md: 'seed',
};

/** Whether every non-empty line parses as a JSON object on its own (and there are at least two). */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2) return false;
  // A malformed line must not turn a JSONL file into "plain text": most lines starting with `{` is enough.
  const objects = lines.filter((l) => l.startsWith('{') && l.endsWith('}')).length;
  return objects >= Math.max(2, Math.ceil(lines.length / 2));
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Picks the format of an input from its file extension, else from its first characters; plain text is the seed layout. */
export function detectFormat(text: string, fileName?: string | null): ArticleFormat {
  const extension = fileName ? /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() : undefined;
  const byName = extension ? BY_EXTENSION[extension] : undefined;
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2000);
  // A `.json` file that holds JSON Lines is read as JSON Lines rather than rejected.
  if (byName === 'json' && head.startsWith('{') && looksLikeJsonLines(text) && !parses(text)) return 'jsonl';
  if (byName && byName !== 'rss') return byName;
  const lower = head.toLowerCase();
  if (/^(<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*)?<(rss|feed|rdf:rdf)\b/.test(lower)) return 'rss';
  if (lower.startsWith('<!doctype html') || /^(<!--[\s\S]*?-->\s*)*<html\b/.test(lower)) return 'html';
  if (byName === 'rss') return 'rss';
  if (head.startsWith('{')) return parses(text) || !looksLikeJsonLines(text) ? 'json' : 'jsonl';
  if (head.startsWith('[')) return 'json';
  if (/^<(\w+)[\s>]/.test(head) && /<\/(p|div|article|body)>/i.test(text.slice(0, 200_000))) return 'html';
  return 'seed';
}
