const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The signing or adoption date a sentence states, resolved against the publication date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or null. */
export function resolveTreatyDate(sentence: string, publishedAt: string | null): string | null {
  const pub = publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`) : null;
  let m = new RegExp(`\\b(${MONTH_RE}) (\\d{1,2}),? (\\d{4})\\b`).exec(sentence);
  if (m) return `${m[3]}-${pad(MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1)}-${pad(Number(m[2]))}`;
  m = new RegExp(`\\b(\\d{1,2}) (${MONTH_RE}),? (\\d{4})\\b`).exec(sentence);
  if (m) return `${m[3]}-${pad(MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1)}-${pad(Number(m[1]))}`;
  m = new RegExp(`\\b(${MONTH_RE}),? (\\d{4})\\b`).exec(sentence);
  if (m) return `${m[2]}-${pad(MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1)}`;
  m = new RegExp(`\\blast (${MONTH_RE})\\b`).exec(sentence);
  if (m) {
    if (!pub) return null;
    const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
    const pubMonth = pub.getUTCMonth() + 1;
    const year = month < pubMonth ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
    return `${year}-${pad(month)}`;
  }
  if (/\blast month\b/.test(sentence)) {
    if (!pub) return null;
    const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (/\blast year\b/.test(sentence)) return pub ? String(pub.getUTCFullYear() - 1) : null;
  m = /\b(?:in|of|since|signed|from) (1[89]\d\d|20\d\d)\b|\b(1[89]\d\d|20\d\d) [A-Z.-]/.exec(sentence);
  if (m) return m[1] ?? m[2] ?? null;
  if (pub && /\b(signed|signing|adopted|inked)\b/.test(sentence)) {
    if (/\btoday\b/i.test(sentence)) return pub.toISOString().slice(0, 10);
    const wd = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(sentence);
    if (wd) {
      const target = WEEKDAYS.indexOf((wd[1] ?? '').toLowerCase());
      const diff = (pub.getUTCDay() - target + 7) % 7;
      return new Date(pub.getTime() - diff * 86_400_000).toISOString().slice(0, 10);
    }
  }
  return null;
}
