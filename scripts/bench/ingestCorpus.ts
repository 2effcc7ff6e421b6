// The ingestion benchmark's corpus: whole sample articles recombined — persons swapped for names from a shared pool (Zipf-weighted,
// so some recur often and most rarely), one country swapped in about half the articles, dates spread over two years.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { extractArticle } from '../../api/src/extract/index';
import { readArticles, type Article } from '../../api/src/source/index';
import { seededRandom } from './corpus';

// Invented name parts (no real officeholders): 40 × 60 = 2,400 possible persons.
const FIRST = ['Alder', 'Boris', 'Calla', 'Darin', 'Elsa', 'Fedor', 'Greta', 'Halvard', 'Ilse', 'Jarek', 'Kira', 'Lucan', 'Mira', 'Nestor', 'Orla',
  'Pavel', 'Quilla', 'Radek', 'Selma', 'Tomas', 'Ulla', 'Viktor', 'Wanda', 'Yaro', 'Zora', 'Anselm', 'Bettina', 'Casimir', 'Dagny', 'Emil',
  'Frida', 'Gustav', 'Hedda', 'Ivo', 'Jorun', 'Konrad', 'Lidia', 'Milos', 'Nadia', 'Oskar'];
const LAST = ['Arvelin', 'Brodsky', 'Castellan', 'Dravic', 'Eskander', 'Falkner', 'Grevin', 'Holmgard', 'Istrova', 'Jarnik', 'Kovalin', 'Lindqvar',
  'Morvath', 'Nordahl', 'Ostrander', 'Petrakis', 'Quarles', 'Rostavin', 'Serrano', 'Talvik', 'Ulmanis', 'Varga', 'Wexley', 'Yelchin', 'Zaremba',
  'Albescu', 'Bergman', 'Cordova', 'Delacroix', 'Emberly', 'Fontaine', 'Galloway', 'Hartmann', 'Ivarsson', 'Jovanic', 'Kessler', 'Lazaridis',
  'Marchetti', 'Novak', 'Okonjo', 'Paredes', 'Quintero', 'Ravensworth', 'Sandoval', 'Thorsen', 'Urquhart', 'Valdivia', 'Whitcombe', 'Ximenes',
  'Yardley', 'Zelenko', 'Abernethy', 'Bellamy', 'Cavanagh', 'Dunmore', 'Ellwood', 'Fairbanks', 'Grantham', 'Hollis', 'Inglewood'];

interface Place { name: string; demonym: string; capital: string }
const PLACES: Place[] = countries
  .filter((c) => c.unMember && c.capital?.[0] && c.demonyms?.eng?.m)
  .map((c) => ({ name: c.name.common, demonym: c.demonyms.eng?.m ?? '', capital: c.capital[0] ?? '' }));

interface Template { article: Article; persons: Array<{ full: string; surname: string }>; places: Place[] }

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function loadTemplates(dir: string): Template[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/readme/i.test(e)) files.push(p);
    }
  };
  walk(dir);
  const templates: Template[] = [];
  for (const file of files) {
    for (const article of readArticles({ buffer: readFileSync(file), fileName: file }).articles) {
      const x = extractArticle(article);
      const persons = x.persons
        .map((p) => p.name.split(/\s+/))
        .filter((t) => t.length >= 2)
        .map((t) => ({ full: t.join(' '), surname: t.at(-1)! }));
      const places = x.countries.map((c) => PLACES.find((p) => p.name === c.name)).filter((p): p is Place => !!p);
      templates.push({ article, persons, places });
    }
  }
  return templates;
}

// Zipf-like pick: index ~ floor(n * u^3) favours the head of the list, so a few persons and countries recur across many articles.
function zipf<T>(items: readonly T[], random: () => number): T {
  return items[Math.min(items.length - 1, Math.floor(items.length * random() ** 3))]!;
}

function vary(t: Template, index: number, random: () => number): Record<string, unknown> {
  let body = t.article.body;
  for (const p of t.persons) {
    const name = { first: zipf(FIRST, random), last: zipf(LAST, random) };
    body = body.replace(new RegExp(`\\b${escape(p.full)}\\b`, 'g'), `${name.first} ${name.last}`);
    body = body.replace(new RegExp(`\\b${escape(p.surname)}\\b`, 'g'), name.last);
  }
  const from = t.places.length && random() < 0.5 ? t.places[Math.floor(random() * t.places.length)] : undefined;
  if (from) {
    const to = zipf(PLACES, random);
    body = body
      .replace(new RegExp(`\\b${escape(from.name)}\\b`, 'g'), to.name)
      .replace(new RegExp(`\\b${escape(from.demonym)}\\b`, 'g'), to.demonym)
      .replace(new RegExp(`\\b${escape(from.capital)}\\b`, 'g'), to.capital);
  }
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
  return { title: t.article.title ?? `Bench article ${index}`, text: body, summary: t.article.summary, url: `https://bench.example.org/a/${index}`, publishedAt: day, source: 'Bench Wire' };
}

/** Writes `count` recombined articles as JSONL files of `perFile` articles into `dir` (reusing them when already there); returns the files in order. */
export function writeIngestCorpus(samplesDir: string, dir: string, count: number, perFile = 1000, seed = 7): string[] {
  const stamp = join(dir, `corpus-${count}-${perFile}-${seed}.done`);
  const files = Array.from({ length: Math.ceil(count / perFile) }, (_, k) => join(dir, `part-${String(k).padStart(5, '0')}.jsonl`));
  try {
    statSync(stamp);
    return files;
  } catch {
    // Not generated yet (or with other parameters): generate afresh.
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const templates = loadTemplates(samplesDir);
  const random = seededRandom(seed);
  files.forEach((file, k) => {
    const lines: string[] = [];
    for (let i = k * perFile; i < Math.min(count, (k + 1) * perFile); i++) lines.push(JSON.stringify(vary(templates[i % templates.length]!, i, random)));
    writeFileSync(file, `${lines.join('\n')}\n`);
  });
  writeFileSync(stamp, '');
  return files;
}
