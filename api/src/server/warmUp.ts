import type { Logger } from 'pino';

// The first request of each kind after a start pays for Cypher planning and JIT warm-up: seconds for a hub's neighbourhood on
// a busy machine. These are the questions the explorer asks first, sent once in the background right after `serve` listens,
// so the first user's first click finds the plans ready. They go over HTTP like any client's.
const FIRST = `query WarmUpStart { stats { persons statements } topEntities(first: 1) { id } toneMap(first: 12) { countries { id } cells { speaker subject count averageTone } } }`;
const AROUND = `query WarmUpEntity($id: ID!) {
  neighborhood(ids: [$id], depth: 1, limit: 200) {
    total truncated nodes { id kind label weight }
    edges { id source target type count tone firstSeen lastSeen evidence(first: 3) { text start end article { id title publishedAt } } }
  }
  entity(id: $id) {
    id name aliases mentionCount articleCount
    ... on Person { roles { title of { id name } evidence { text } } }
    ... on Country { iso3 people { id name } organizations { id name } treaties { id name } }
  }
  statements(speaker: $id, first: 10) { totalCount edges { node { id quote tone saidAt speaker { id } about { id } article { id title } } } }
}`;
const RELATION = `query WarmUpRelation($a: ID!, $b: ID!) {
  ab: relationTimeline(a: $a, b: $b) { period count averageTone categories { category { code label } count } }
  ba: relationTimeline(a: $b, b: $a) { period count averageTone statements(first: 3) { id quote } }
}`;
const AMONG = `query WarmUpTimeline($ids: [ID!]!) { statementsAmong(ids: $ids, first: 500) { totalCount edges { node { id saidAt tone speaker { id } about { id } article { id } } } } }`;

/**
 * Sends the explorer's first questions (overview, the most-mentioned entity's neighbourhood, details and statements, the
 * timeline among its neighbours) to `graphqlUrl`, and returns how many were answered without errors (4 on a graph with a
 * relation). Never throws: a failure is logged at debug level and the server goes on.
 */
export async function warmUp(graphqlUrl: string, readKey: string | null, logger: Logger): Promise<number> {
  let answered = 0;
  const t0 = performance.now();
  const post = async (query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown> | null> => {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(readKey ? { authorization: `Bearer ${readKey}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`warm-up: ${body.errors[0]?.message}`);
    answered += 1;
    return body.data ?? null;
  };
  try {
    const start = await post(FIRST);
    const pair = (start?.toneMap as { cells?: Array<{ speaker: string; subject: string }> } | undefined)?.cells?.[0];
    if (pair) await post(RELATION, { a: pair.speaker, b: pair.subject });
    const top = (start?.topEntities as Array<{ id: string }> | undefined)?.[0]?.id;
    if (top) {
      const around = await post(AROUND, { id: top });
      const nodes = ((around?.neighborhood as { nodes?: Array<{ id: string }> } | undefined)?.nodes ?? []).map((n) => n.id);
      if (nodes.length > 1) await post(AMONG, { ids: nodes });
    }
    logger.info({ ms: Math.round(performance.now() - t0), answered }, 'warm-up: first questions answered');
  } catch (err) {
    logger.debug({ err, answered }, 'warm-up: stopped');
  }
  return answered;
}
