// The ingestion benchmark's corpus: whole sample articles recombined — persons swapped for invented persons (Zipf-weighted, so some
// recur often and most rarely; several share a surname, in different countries), a person's role country swapped for theirs, some
// persons named by surname only, dates spread over two years. Next to each part, a `.truth.jsonl` says who every name stands for.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../api/src/extract/index';
import { readArticles, type Article } from '../../api/src/source/index';
import { inventPopulation, PLACES, seededRandom, type ArticleTruth, type InventedPerson, type Place } from './corpus';

// A sample person: full name, surname, and the country of a role the sample gives them (its name is swapped for the invented person's).
interface TemplatePerson { full: string; surname: string; country: Place | undefined; org: string | undefined }
interface Template { article: Article; persons: TemplatePerson[]; places: Place[] }

// Share of (article, person) pairs written by surname only ("Foreign Minister Novak said"), which resolution must place across articles.
const SURNAME_ONLY_SHARE = 0.15;

// Every whole-word occurrence of `s`; word edges are Unicode letters and digits, so "Étienne" is matched whole.
function wordPattern(s: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
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
        .filter((p) => p.name.split(/\s+/).length >= 2)
        .map((p) => {
          const tokens = p.name.split(/\s+/);
          const home = p.roles.find((r) => r.of?.kind === 'Country')?.of?.id.replace(/^country:/, '');
          const org = p.roles.find((r) => r.of?.kind === 'Organization')?.of?.id;
          return { full: p.name, surname: tokens.at(-1)!, country: PLACES.find((c) => c.iso3 === home), org };
        });
      const places = x.countries.map((c) => PLACES.find((p) => p.iso3 === c.iso3)).filter((p): p is Place => !!p);
      templates.push({ article, persons, places });
    }
  }
  return templates;
}

// Zipf-like pick: index ~ floor(n * u^k) favours the head of the list, so a few persons recur across many articles.
function zipf<T>(items: readonly T[], random: () => number, k = 3): T {
  return items[Math.min(items.length - 1, Math.floor(items.length * random() ** k))]!;
}

// Chooses an invented person for each sample person: distinct surnames within an article, and a person whose country can stand in
// for the sample person's role country (that country's name, demonym and capital are then swapped for the person's).
// Organisations keep their own small staff across the corpus (the same few persons speak for one ministry), since an organisation's
// name cannot be swapped in the text the way a country's can.
const STAFF_PER_ORGANISATION = 3;

function castPersons(t: Template, population: readonly InventedPerson[], staff: Map<string, InventedPerson[]>, random: () => number): { cast: InventedPerson[]; swap: Map<string, Place> } {
  const swap = new Map<string, Place>();
  const targets = new Set<string>();
  const inTemplate = new Set(t.places.map((p) => p.iso3));
  const surnames = new Set<string>();
  const cast: InventedPerson[] = [];
  for (const p of t.persons) {
    const mapped = p.country ? swap.get(p.country.iso3) : undefined;
    const fits = (q: InventedPerson) => {
      if (surnames.has(q.surname)) return false;
      if (!p.country) return true;
      if (mapped) return q.country.iso3 === mapped.iso3;
      return q.country.iso3 === p.country.iso3 || (!targets.has(q.country.iso3) && !inTemplate.has(q.country.iso3));
    };
    let chosen: InventedPerson | undefined;
    if (!p.country && p.org) {
      let people = staff.get(p.org);
      if (!people) {
        people = [];
        while (people.length < STAFF_PER_ORGANISATION) {
          const q = zipf(population, random, 2);
          if (!people.includes(q)) people.push(q);
        }
        staff.set(p.org, people);
      }
      chosen = people.filter(fits)[Math.floor(random() * people.length)];
    }
    for (let k = 0; k < 40 && !chosen; k++) {
      const q = zipf(population, random, 2);
      if (fits(q)) chosen = q;
    }
    chosen ??= population.find(fits);
    // No person fits the country constraints: any person with a new surname, and the sample's country stays as written.
    const fitting = !!chosen;
    chosen ??= population.find((q) => !surnames.has(q.surname))!;
    surnames.add(chosen.surname);
    if (fitting && p.country && !swap.has(p.country.iso3)) {
      swap.set(p.country.iso3, chosen.country);
      targets.add(chosen.country.iso3);
    }
    cast.push(chosen);
  }
  return { cast, swap };
}

function vary(t: Template, index: number, random: () => number, population: readonly InventedPerson[], staff: Map<string, InventedPerson[]>): { record: Record<string, unknown>; truth: ArticleTruth } {
  const { cast, swap } = castPersons(t, population, staff, random);
  // Placeholders first, names last, so an invented name can never be rewritten by a later replacement.
  let body = t.article.body;
  const order = t.persons.map((p, i) => ({ p, i })).sort((a, b) => b.p.full.length - a.p.full.length);
  for (const { p, i } of order) body = body.replace(wordPattern(p.full), `\u0000F${i}\u0000`);
  for (const { p, i } of order) body = body.replace(wordPattern(p.surname), `\u0000S${i}\u0000`);
  const places = [...swap.entries()].filter(([from, to]) => from !== to.iso3).map(([from, to]) => ({ from: PLACES.find((p) => p.iso3 === from)!, to }));
  places.forEach(({ from }, k) => {
    for (const [field, tag] of [['name', 'N'], ['demonym', 'D'], ['capital', 'K']] as const) {
      body = body.replace(wordPattern(from[field]), `\u0000${tag}${k}\u0000`);
    }
  });
  const surnameOnly = cast.map(() => random() < SURNAME_ONLY_SHARE);
  body = body.replace(/\u0000([FSNDK])(\d+)\u0000/g, (_, tag: string, n: string) => {
    const k = Number(n);
    if (tag === 'N') return places[k]!.to.name;
    if (tag === 'D') return places[k]!.to.demonym;
    if (tag === 'K') return places[k]!.to.capital;
    const person = cast[k]!;
    return tag === 'F' && !surnameOnly[k] ? `${person.first} ${person.surname}` : person.surname;
  });
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
  const url = `https://bench.example.org/a/${index}`;
  const seen = new Set<string>();
  const truth: ArticleTruth = {
    url,
    persons: cast
      .map((q, k) => ({ id: q.id, name: `${q.first} ${q.surname}`, surname: q.surname, surnameOnly: surnameOnly[k]! }))
      .filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true))),
  };
  return { record: { title: t.article.title ?? `Bench article ${index}`, text: body, summary: t.article.summary, url, publishedAt: day, source: 'Bench Wire' }, truth };
}

/** The file next to a corpus part that records, per article, which invented person each person name stands for. */
export function truthFileOf(partFile: string): string {
  return partFile.replace(/\.jsonl$/, '.truth.jsonl');
}

/** Writes `count` recombined articles as JSONL files of `perFile` articles into `dir` (reusing them when already there); returns the files in order. */
export function writeIngestCorpus(samplesDir: string, dir: string, count: number, perFile = 1000, seed = 7): string[] {
  const stamp = join(dir, `corpus-v4-${count}-${perFile}-${seed}.done`);
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
  const population = inventPopulation(random);
  const staff = new Map<string, InventedPerson[]>();
  files.forEach((file, k) => {
    const lines: string[] = [];
    const truths: string[] = [];
    for (let i = k * perFile; i < Math.min(count, (k + 1) * perFile); i++) {
      const { record, truth } = vary(templates[i % templates.length]!, i, random, population, staff);
      lines.push(JSON.stringify(record));
      truths.push(JSON.stringify(truth));
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    writeFileSync(truthFileOf(file), `${truths.join('\n')}\n`);
  });
  writeFileSync(stamp, '');
  return files;
}
