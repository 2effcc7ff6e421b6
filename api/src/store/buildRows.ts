import { personNameTokens } from '../extract/entities/ids';
import type { EntityKind, EntityRef, ExtractionResult, Mention } from '../extract/types';
import type { Article } from '../source/types';
import { ENTITY_LABELS } from './labels';

/** One entity as one article sees it: node fields to merge plus the article's MENTIONS evidence (parallel span lists). */
export interface EntityRow {
  articleId: string;
  id: string;
  name: string;
  aliases: string[];
  /** Folded last name token, for cross-article person lookup; null for other labels. */
  surname: string | null;
  iso3: string | null;
  status: string | null;
  signedAt: string | null;
  /** The article's publication date or '' when unknown (Neo4j lists cannot hold null). */
  seen: string;
  starts: number[];
  ends: number[];
  texts: string[];
  /** Role titles stated without an organisation or country ("the veteran diplomat"), kept on the mention. */
  titles: string[];
  /** Role evidence of a person in this article, parallel lists: folded title, target id, sentence span (−1 when unknown). */
  roleKeys: string[];
  roleTargets: string[];
  roleStarts: number[];
  roleEnds: number[];
  /** Treaty: the countries this article names as parties. Organisation: the country this article places it in. */
  partyTargets: string[];
  partOfTargets: string[];
}

/** A `(Person)-[:HOLDS_ROLE]->(Country|Organization)` fact from one article. */
export interface RoleRow {
  articleId: string;
  personId: string;
  title: string;
  titleKey: string;
  targetKind: EntityKind;
  targetId: string;
  start: number;
  end: number;
  seen: string;
}

/** A `(from)-[:PARTY_TO|PART_OF]->(to)` fact from one article. */
export interface LinkRow {
  articleId: string;
  fromId: string;
  toId: string;
  seen: string;
}

/** A Statement node with its speaker and article. */
export interface StatementRow {
  articleId: string;
  id: string;
  extractId: string;
  speakerKind: EntityKind;
  speakerId: string;
  quote: string | null;
  text: string;
  verb: string;
  categoryCode: string;
  categoryLabel: string;
  tone: number;
  saidAt: string | null;
  datePrecision: string | null;
  dateSource: string | null;
  start: number;
  end: number;
}

/** A `(Statement)-[:ABOUT]->(entity)` fact. */
export interface AboutRow {
  statementId: string;
  kind: EntityKind;
  id: string;
}

/** The Article node's own fields plus the counts `check` compares the graph against. */
export interface ArticleRow extends Pick<Article, 'id' | 'title' | 'summary' | 'url' | 'publishedAt' | 'source' | 'body'> {
  file: string | null;
  contentHash: string;
  entityCount: number;
  mentionCount: number;
  statementCount: number;
  aboutCount: number;
  roleCount: number;
  partyCount: number;
  partOfCount: number;
}

/** Every row one article contributes, grouped by the query that writes it. */
export interface ArticleRows {
  article: ArticleRow;
  entities: Record<EntityKind, EntityRow[]>;
  statements: StatementRow[];
  about: AboutRow[];
  roles: RoleRow[];
  parties: LinkRow[];
  partOf: LinkRow[];
}

/** The graph id of a statement: the extractor's id when it already names the article, else prefixed with the article id so ids never collide across articles. */
export function statementNodeId(articleId: string, extractId: string): string {
  const articleKey = articleId.replace(/^art:/, '');
  return extractId.includes(articleKey) ? extractId : `${articleId}#${extractId}`;
}

/** Folds a role title for comparison ("Foreign Minister" = "foreign minister"). */
export function roleTitleKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Turns a validated, resolved extraction into the rows the store writes; entities referenced but not listed (a speaker, a party) get a row without spans so every node keeps a supporting article. */
export function buildArticleRows(article: Article, extraction: ExtractionResult, contentHash: string): ArticleRows {
  const articleId = article.id;
  const seen = article.publishedAt ?? '';
  const entities = new Map<string, EntityRow & { kind: EntityKind }>();

  const ensure = (kind: EntityKind, id: string, name: string, aliases: string[] = [], mentions: Mention[] = []) => {
    let row = entities.get(id);
    if (!row) {
      row = {
        kind, articleId, id, name, aliases: [], surname: null, iso3: null, status: null, signedAt: null, seen,
        starts: [], ends: [], texts: [], titles: [], roleKeys: [], roleTargets: [], roleStarts: [], roleEnds: [], partyTargets: [], partOfTargets: [],
      };
      if (kind === 'Person') row.surname = personNameTokens(name).at(-1) ?? null;
      entities.set(id, row);
    }
    for (const alias of [name, ...aliases, ...mentions.map((m) => m.text)]) {
      const clean = alias.replace(/\s+/g, ' ').trim();
      if (clean && !row.aliases.includes(clean)) row.aliases.push(clean);
    }
    const known = new Set(row.starts.map((s, i) => `${s}:${row.ends[i]}`));
    for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
      if (known.has(`${m.start}:${m.end}`)) continue;
      known.add(`${m.start}:${m.end}`);
      row.starts.push(m.start);
      row.ends.push(m.end);
      row.texts.push(m.text);
    }
    return row;
  };
  const ensureRef = (ref: EntityRef) => ensure(ref.kind, ref.id, ref.name || ref.id);

  for (const c of extraction.countries) ensure('Country', c.id, c.name, [], c.mentions).iso3 = c.iso3;
  for (const o of extraction.organizations) ensure('Organization', o.id, o.name, o.aliases, o.mentions);
  for (const t of extraction.treaties) {
    const row = ensure('Treaty', t.id, t.name, t.aliases ?? [], t.mentions);
    row.status = t.status ?? row.status;
    row.signedAt = t.signedAt ?? row.signedAt;
  }
  for (const p of extraction.persons) ensure('Person', p.id, p.name, p.aliases, p.mentions);

  const roles = new Map<string, RoleRow>();
  for (const p of extraction.persons) {
    for (const role of p.roles) {
      if (!role.of || role.of.kind === 'Person' || role.of.kind === 'Treaty') {
        const person = ensure('Person', p.id, p.name);
        if (!person.titles.includes(role.title)) person.titles.push(role.title);
        continue;
      }
      ensureRef(role.of);
      const titleKey = roleTitleKey(role.title);
      const key = `${p.id}|${titleKey}|${role.of.id}`;
      if (roles.has(key)) continue;
      roles.set(key, {
        articleId, personId: p.id, title: role.title, titleKey, targetKind: role.of.kind, targetId: role.of.id,
        start: role.span?.start ?? -1, end: role.span?.end ?? -1, seen,
      });
    }
  }

  const partOf = new Map<string, LinkRow>();
  for (const o of extraction.organizations) {
    if (!o.country) continue;
    ensure('Country', o.country, entities.get(o.country)?.name ?? o.country.replace(/^country:/, ''));
    partOf.set(`${o.id}|${o.country}`, { articleId, fromId: o.id, toId: o.country, seen });
  }
  const parties = new Map<string, LinkRow>();
  for (const t of extraction.treaties) {
    for (const party of t.parties) {
      ensure('Country', party, entities.get(party)?.name ?? party.replace(/^country:/, ''));
      parties.set(`${party}|${t.id}`, { articleId, fromId: party, toId: t.id, seen });
    }
  }

  const statements: StatementRow[] = [];
  const about = new Map<string, AboutRow>();
  for (const s of extraction.statements) {
    ensureRef(s.speaker);
    const id = statementNodeId(articleId, s.id);
    statements.push({
      articleId, id, extractId: s.id, speakerKind: s.speaker.kind, speakerId: s.speaker.id,
      quote: s.quote, text: s.text, verb: s.verb, categoryCode: s.category.code, categoryLabel: s.category.label,
      tone: s.tone, saidAt: s.saidAt, datePrecision: s.datePrecision, dateSource: s.dateSource, start: s.span.start, end: s.span.end,
    });
    for (const ref of s.about) {
      ensureRef(ref);
      about.set(`${id}|${ref.id}`, { statementId: id, kind: ref.kind, id: ref.id });
    }
  }

  // Each fact's evidence rides on the article's mention of its low-degree end, so it goes away with that mention.
  for (const r of roles.values()) {
    const person = entities.get(r.personId)!;
    person.roleKeys.push(r.titleKey);
    person.roleTargets.push(r.targetId);
    person.roleStarts.push(r.start);
    person.roleEnds.push(r.end);
  }
  for (const l of parties.values()) entities.get(l.toId)!.partyTargets.push(l.fromId);
  for (const l of partOf.values()) entities.get(l.fromId)!.partOfTargets.push(l.toId);

  const byLabel = Object.fromEntries(ENTITY_LABELS.map((l) => [l, [] as EntityRow[]])) as unknown as Record<EntityKind, EntityRow[]>;
  let mentionCount = 0;
  for (const { kind, ...row } of entities.values()) {
    byLabel[kind].push(row);
    mentionCount += row.starts.length;
  }
  return {
    article: {
      id: articleId, title: article.title, summary: article.summary, url: article.url, publishedAt: article.publishedAt,
      source: article.source, body: article.body, file: article.origin.file, contentHash,
      entityCount: entities.size, mentionCount, statementCount: statements.length, aboutCount: about.size,
      roleCount: roles.size, partyCount: parties.size, partOfCount: partOf.size,
    },
    entities: byLabel,
    statements,
    about: [...about.values()],
    roles: [...roles.values()],
    parties: [...parties.values()],
    partOf: [...partOf.values()],
  };
}
