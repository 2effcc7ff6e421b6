import { createHash } from 'node:crypto';

// Query parameters that track a click rather than name a page; dropping them lets shared links map to one id.
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|smid)$/i;

/** Normalises a URL so trivial variants (scheme, `www.`, trailing slash, fragment, tracking parameters) compare equal; returns the input trimmed when it is not a URL. */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '') || '';
  const params = [...parsed.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAM.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Derives a stable article id: `art:` plus a short sha256 of the normalised URL when there is one, else of the whitespace-normalised body. */
export function deriveArticleId(url: string | null, body: string): string {
  if (url && url.trim()) return `art:${shortHash(`url:${normalizeUrl(url)}`)}`;
  return `art:${shortHash(`text:${body.replace(/\s+/g, ' ').trim()}`)}`;
}
