import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { readArticles } from '../../api/src/source/index';
import type { Article } from '../../api/src/source/index';
import { DAYS, INVENTED_FIRST_NAMES, INVENTED_SURNAMES, MONTHS, ORGANIZATIONS, PARAGRAPHS, PEOPLE } from './templates';

/** A deterministic pseudo-random generator (mulberry32), so every run benchmarks the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A country as the generators write it: common name, demonym, capital, and ISO alpha-3 code (the extractor's `country:` id). */
export interface Place {
  name: string;
  demonym: string;
  capital: string;
  iso3: string;
}

/** UN member states with a capital and an English demonym. */
export const PLACES: readonly Place[] = countries
  .filter((c) => c.unMember && c.capital?.[0] && c.demonyms?.eng?.m)
  .map((c) => ({ name: c.name.common, demonym: c.demonyms.eng?.m ?? '', capital: c.capital[0] ?? '', iso3: c.cca3 }));

/** One invented person of the generated corpora: a stable id, a name and the country the person serves. */
export interface InventedPerson {
  id: string;
  first: string;
  surname: string;
  country: Place;
}

/** What the generator knows about one generated article: the invented person behind each person it wrote, and whether it named them by surname only. */
export interface ArticleTruth {
  url: string;
  persons: Array<{ id: string; name: string; surname: string; surnameOnly: boolean }>;
}

/**
 * Invents the persons of the ingestion corpus: each surname is shared by one to four persons with different first names and
 * different countries (about 150 persons in 30 countries), listed in a shuffled popularity order so a shared surname can be frequent or rare.
 */
export function inventPopulation(random: () => number): InventedPerson[] {
  // About five persons per country, so that an article naming two officials of one country can be cast consistently.
  const homesPool = shuffle([...PLACES], random).slice(0, 30);
  const people: InventedPerson[] = [];
  INVENTED_SURNAMES.forEach((surname, i) => {
    const firsts = new Set<string>();
    const homes = new Set<string>();
    while (firsts.size < 1 + (i % 4)) {
      const first = pick(INVENTED_FIRST_NAMES, random);
      const country = pick(homesPool, random);
      if (firsts.has(first) || homes.has(country.iso3)) continue;
      firsts.add(first);
      homes.add(country.iso3);
      people.push({ id: `inv:${first.toLowerCase()}-${surname.toLowerCase()}`, first, surname, country });
    }
  });
  return shuffle(people, random);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Paragraphs of the project's sample articles in samples/ (any format the source stage reads), or none when the folder is absent. */
export function loadSampleParagraphs(dir: string): string[] {
  const paragraphs: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return paragraphs;
  }
  for (const entry of entries.sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      paragraphs.push(...loadSampleParagraphs(path));
      continue;
    }
    if (/^readme/i.test(entry)) continue;
    const { articles } = readArticles({ buffer: readFileSync(path), fileName: entry });
    for (const article of articles) paragraphs.push(...article.body.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 8));
  }
  return paragraphs;
}

/** Replaces the country names, demonyms and capitals of one sample paragraph by those of other countries, consistently within the article. */
function varyCountries(text: string, swap: Map<string, Place>, random: () => number): string {
  const replaceOne = (word: string): string | null => {
    const place = PLACES.find((p) => p.name === word || p.demonym === word || p.capital === word);
    if (!place) return null;
    let target = swap.get(place.name);
    if (!target) {
      target = pick(PLACES, random);
      swap.set(place.name, target);
    }
    return word === place.name ? target.name : word === place.demonym ? target.demonym : target.capital;
  };
  return text.replace(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b/g, (phrase) => {
    const whole = replaceOne(phrase);
    if (whole !== null) return whole;
    return phrase
      .split(' ')
      .map((word) => replaceOne(word) ?? word)
      .join(' ');
  });
}

function fillTemplate(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

/** Generates `count` articles of about `words` words from the templates and sample paragraphs, with names, countries and dates varied. */
export function generateCorpus(count: number, words: number, sampleParagraphs: readonly string[], seed = 42): Article[] {
  const random = seededRandom(seed);
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const [c1, c2] = [pick(PLACES, random), pick(PLACES, random)];
    const [p1, p2] = [pick(PEOPLE, random), pick(PEOPLE, random)];
    const slots: Record<string, string> = {
      P1: `${p1[0]} ${p1[1]}`, S1: p1[1], P2: `${p2[0]} ${p2[1]}`, S2: p2[1],
      C1: c1.name, D1: c1.demonym, K1: c1.capital, C2: c2.name, D2: c2.demonym, K2: c2.capital,
      ORG: pick(ORGANIZATIONS, random), DAY: pick(DAYS, random), MONTH: pick(MONTHS, random),
    };
    const swap = new Map<string, Place>();
    const parts: string[] = [];
    let total = 0;
    while (total < words) {
      const fromSample = sampleParagraphs.length > 0 && random() < 0.5;
      const paragraph = fromSample ? varyCountries(pick(sampleParagraphs, random), swap, random) : fillTemplate(pick(PARAGRAPHS, random), slots);
      parts.push(paragraph);
      total += paragraph.split(/\s+/).length;
    }
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    articles.push({
      id: `bench:${i}`,
      title: null,
      summary: null,
      url: null,
      publishedAt: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      source: 'benchmark',
      body: parts.join('\n\n'),
      origin: { file: null, line: null },
    });
  }
  return articles;
}
