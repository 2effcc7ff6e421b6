// The API benchmark's request mix: GraphQL documents written against graph-schema/graphql, and variables drawn from the
// ingested graph (queried once before the run, sampled with a fixed seed so every run sends the same requests).
import type { Executor } from '../../api/src/db/executor';
import { seededRandom } from './corpus';

/** One GraphQL request body. */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One measured operation: a name, its requests (cycled in order), and the speed target at concurrency 16 on 10k articles. */
export interface Operation {
  name: string;
  targetP95Ms: number | null;
  requests: GraphqlRequest[];
}

const SEARCH = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { id kind name aliases mentionCount } }`;

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name aliases mentionCount articleCount firstSeen lastSeen
    ... on Person {
      roles { title of { id kind name } firstSeen lastSeen articleCount evidence(first: 3) { text start end article { id title publishedAt } } }
      statements(first: 5) { totalCount edges { node { id quote tone saidAt category { code label } about { id kind name } } } }
    }
    ... on Country { iso3 people(first: 10) { id name } organizations(first: 10) { id name } treaties { id name status } }
    ... on Organization { country { id name } people(first: 10) { id name } }
    ... on Treaty { parties { id name } signedAt status }
  }
}`;

const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) {
    total truncated
    nodes { id kind label weight }
    edges { id source target type label weight count tone firstSeen lastSeen }
  }
}`;

const PATH = `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    total
    nodes { id kind label weight }
    edges { id source target type label count tone evidence(first: 2) { text start end article { id title publishedAt } } }
  }
}`;

const STATEMENTS = `query Statements($speaker: ID, $includeOfficials: Boolean, $about: ID, $since: Date, $until: Date, $first: Int, $after: String) {
  statements(speaker: $speaker, includeOfficials: $includeOfficials, about: $about, since: $since, until: $until, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id quote text verb tone saidAt datePrecision category { code label }
      speaker { id kind name } about { id kind name } article { id title publishedAt } span { start end }
    } }
  }
}`;

const TIMELINE = `query Timeline($a: ID!, $b: ID!, $interval: Interval, $since: Date, $until: Date) {
  relationTimeline(a: $a, b: $b, interval: $interval, since: $since, until: $until) {
    period count averageTone minTone maxTone statements(first: 3) { id quote tone saidAt }
  }
}`;

type Named = { id: string; name: string; n: number };

type Pair = { a: string; b: string; n: number };
type Ends = { from: string; to: string };
type Window = { first: string; last: string };

/** What the mix is built from: ids and names found in the graph. */
export interface Picks {
  countries: Named[];
  persons: Named[];
  organizations: Named[];
  treaties: Named[];
  speakers: Named[];
  subjects: Named[];
  pairs: Pair[];
  paths: Ends[];
  dates: Window;
}

const top = (label: string, limit: number) => ({
  cypher: `MATCH (e:${label}) WITH e, COUNT { (e)<-[:MENTIONS]-() } AS n ORDER BY n DESC, e.id LIMIT toInteger($limit) RETURN e.id AS id, e.name AS name, n`,
  params: { limit },
});

/** Reads, once, the entities, speakers, subjects, country pairs and connected pairs the mix draws from. */
export async function pickFromGraph(executor: Executor): Promise<Picks> {
  const read = <T extends Record<string, unknown>>(q: { cypher: string; params?: Record<string, unknown> }) => executor.read<T>(q, 'bench-picks');
  const [countries, persons, organizations, treaties] = await Promise.all([
    read<Named>(top('Country', 40)), read<Named>(top('Person', 400)), read<Named>(top('Organization', 60)), read<Named>(top('Treaty', 40)),
  ]);
  const speakers = await read<Named>({
    cypher: `MATCH (e)-[:SAID]->(s:Statement) WITH e, count(s) AS n ORDER BY n DESC, e.id LIMIT 60 RETURN e.id AS id, e.name AS name, n`,
  });
  const subjects = await read<Named>({
    cypher: `MATCH (s:Statement)-[:ABOUT]->(e) WITH e, count(s) AS n ORDER BY n DESC, e.id LIMIT 60 RETURN e.id AS id, e.name AS name, n`,
  });
  // Country pairs by statements of the country, its bodies and its officials about the other (what relationTimeline counts).
  const pairs = await read<Pair>({
    cypher: `MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(b:Country)
             OPTIONAL MATCH (sp)-[:HOLDS_ROLE|PART_OF]->(x)
             OPTIONAL MATCH (x)-[:PART_OF]->(y:Country)
             WITH s, b, [c IN collect(DISTINCT sp) + collect(DISTINCT x) + collect(DISTINCT y) WHERE c:Country] AS as
             UNWIND as AS a
             WITH DISTINCT s, a, b WHERE a <> b
             WITH a, b, count(s) AS n ORDER BY n DESC, a.id, b.id LIMIT 30
             RETURN a.id AS a, b.id AS b, n`,
  });
  // Connected pairs at 2 to 4 hops through roles, bodies and treaties (the API's own path query decides at warm-up).
  const paths = await read<Ends>({
    cypher: `MATCH (p:Person)-[:HOLDS_ROLE]->() WITH DISTINCT p ORDER BY p.id LIMIT 300
             CALL (p) {
               MATCH (p)-[:HOLDS_ROLE]->(x)-[:HOLDS_ROLE|PART_OF|PARTY_TO]-(y)-[:HOLDS_ROLE|PART_OF|PARTY_TO]-(z)
               WHERE z <> p RETURN DISTINCT z LIMIT 2
             }
             RETURN p.id AS from, z.id AS to`,
  });
  const [dates] = await read<Window>({
    cypher: `MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN min(a.publishedAt) AS first, max(a.publishedAt) AS last`,
  });
  return { countries, persons, organizations, treaties, speakers, subjects, pairs, paths, dates: dates ?? { first: '2024-01-01', last: '2025-12-31' } };
}

function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

// One-letter typos of the kinds users make: a dropped, a doubled or a swapped letter, or a neighbouring letter.
function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1);
    case 1: return word.slice(0, i) + word[i] + word.slice(i);
    case 2: return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
    default: return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
  }
}

function monthWindow(first: string, last: string, random: () => number): { since: string; until: string } {
  const t0 = Date.parse(first);
  const span = Math.max(0, Date.parse(last) - t0);
  const start = new Date(t0 + random() * span * 0.75);
  const end = new Date(start.getTime() + (30 + Math.floor(random() * 150)) * 86_400_000);
  return { since: start.toISOString().slice(0, 10), until: end.toISOString().slice(0, 10) };
}

/** Builds the operations of the mix from the picks; `d1`/`d2` include the most-mentioned country, as the issue asks. */
export function buildOperations(p: Picks, seed = 11): Operation[] {
  const random = seededRandom(seed);
  const entities = [...p.persons.slice(0, 300), ...p.countries, ...p.organizations, ...p.treaties];
  const mix = [...sample(p.persons, 120, random), ...sample(p.countries, 30, random), ...sample(p.organizations, 30, random), ...sample(p.treaties, 20, random)];
  const busiest = p.countries[0];

  const searches: GraphqlRequest[] = [];
  for (const e of sample(entities, 120, random)) {
    const words = e.name.split(/\s+/);
    const last = words.at(-1) ?? e.name;
    const variants = [e.name.toLowerCase(), last, typo(last.toLowerCase(), random), last.slice(0, Math.max(3, Math.ceil(last.length * 0.6))), typo(e.name, random)];
    for (const q of variants) searches.push({ query: SEARCH, variables: { query: q, first: 10 } });
  }

  const entity = mix.map((e) => ({ query: ENTITY, variables: { id: e.id } }));
  const hood = (ids: string[], depth: number) => ({ query: NEIGHBORHOOD, variables: { ids, depth, limit: 200 } });
  const d1 = mix.map((e) => hood([e.id], 1));
  const d2 = sample(mix, 60, random).map((e) => hood([e.id], 2));
  if (busiest) {
    // About one request in ten is the hub everybody opens first.
    for (let i = 0; i < d1.length; i += 10) d1.splice(i, 0, hood([busiest.id], 1));
    for (let i = 0; i < d2.length; i += 10) d2.splice(i, 0, hood([busiest.id], 2));
  }

  const statements: GraphqlRequest[] = [];
  for (const s of p.speakers.slice(0, 40)) {
    const w = monthWindow(p.dates.first, p.dates.last, random);
    const officials = s.id.startsWith('country:');
    statements.push({ query: STATEMENTS, variables: { speaker: s.id, includeOfficials: officials, first: 20 } });
    statements.push({ query: STATEMENTS, variables: { speaker: s.id, includeOfficials: officials, ...w, first: 20 } });
  }
  for (const s of p.subjects.slice(0, 40)) {
    statements.push({ query: STATEMENTS, variables: { about: s.id, first: 20 } });
    statements.push({ query: STATEMENTS, variables: { about: s.id, ...monthWindow(p.dates.first, p.dates.last, random), first: 20 } });
  }
  for (const pair of p.pairs.slice(0, 20)) statements.push({ query: STATEMENTS, variables: { speaker: pair.a, includeOfficials: true, about: pair.b, first: 20 } });

  const timeline: GraphqlRequest[] = [];
  const tl = (a: string, b: string, extra: Record<string, unknown> = {}) => ({ query: TIMELINE, variables: { a, b, interval: 'MONTH', ...extra } });
  if (p.countries[0] && p.countries[1]) {
    // The two busiest countries, both ways, are a quarter of the timeline requests.
    const [a, b] = [p.countries[0].id, p.countries[1].id];
    for (let i = 0; i < 5; i++) timeline.push(tl(a, b), tl(b, a));
  }
  for (const pair of p.pairs.slice(0, 20)) timeline.push(tl(pair.a, pair.b), tl(pair.b, pair.a, { interval: 'WEEK', ...monthWindow(p.dates.first, p.dates.last, random) }));

  const paths = sample(p.paths, 80, random).map((x) => ({ query: PATH, variables: { from: x.from, to: x.to } }));

  return [
    { name: 'search', targetP95Ms: 50, requests: searches },
    { name: 'entity', targetP95Ms: 50, requests: sample(entity, entity.length, random) },
    { name: 'neighborhood d1', targetP95Ms: 50, requests: d1 },
    { name: 'path', targetP95Ms: 150, requests: paths },
    { name: 'statements', targetP95Ms: 150, requests: sample(statements, statements.length, random) },
    { name: 'relationTimeline', targetP95Ms: 150, requests: sample(timeline, timeline.length, random) },
    // Last: its requests take seconds, and those still running in the server when a run ends would slow the next one.
    { name: 'neighborhood d2', targetP95Ms: null, requests: d2 },
  ];
}

/** A second page for each first page that has one: `after` set to its end cursor (filled in at warm-up). */
export function secondPage(request: GraphqlRequest, endCursor: string): GraphqlRequest {
  return { query: request.query, variables: { ...request.variables, after: endCursor } };
}
