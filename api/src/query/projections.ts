import { ENTITY_LABELS, ID_PREFIX } from '../store/labels';

// Cypher fragments shared by the query functions. Labels and prefixes come only from ENTITY_LABELS (CONVENTIONS §5).

/** Map projection of an entity node `v` into an EntityRow (aggregates default to 0 on data stored before they existed). */
export const entityFields = (v: string) =>
  `${v} {.id, .name, .iso3, .status, .signedAt, .firstSeen, .lastSeen, ` +
  `kind: head([l IN labels(${v}) WHERE l IN ${cypherList(ENTITY_LABELS)}]), aliases: coalesce(${v}.aliases, []), ` +
  `mentionCount: coalesce(${v}.mentionCount, 0), articleCount: coalesce(${v}.articleCount, 0)}`;

/** Map projection of a Statement node `v` into a StatementRow, speaker and subjects as ids (one hop each, low degree). */
export const statementFields = (v: string) =>
  `${v} {.id, .quote, .text, .verb, .categoryCode, .categoryLabel, .tone, .saidAt, .datePrecision, .dateSource, .start, .end, ` +
  `.articleId, .publishedAt, speakerId: head([(sp)-[:SAID]->(${v}) | sp.id]), aboutIds: [(${v})-[:ABOUT]->(x) | x.id]}`;

/** Map projection of an Article node `v` into an ArticleRow. */
export const articleFields = (v: string) => `${v} {.id, .title, .summary, .url, .source, .publishedAt, text: ${v}.body}`;

/**
 * A `CALL (idVar) { … }` that binds `bind` to the entity whose id is `idVar`, one UNION branch per label, so each lookup
 * is a seek on that label's id constraint (an unlabelled `{id: …}` match would scan every node).
 */
export function matchEntityById(idVar: string, bind: string): string {
  const branches = ENTITY_LABELS.map(
    (label) => `    WITH ${idVar} WHERE ${idVar} STARTS WITH '${ID_PREFIX[label]}' MATCH (${bind}:${label} {id: ${idVar}}) RETURN ${bind}`,
  );
  return `CALL (${idVar}) {\n${branches.join('\n    UNION ALL\n')}\n  }`;
}

/** The relationship-type alternation of a graph view: `HOLDS_ROLE|PARTY_TO|PART_OF|SPOKE_ABOUT`. */
export const GRAPH_REL_TYPES = 'HOLDS_ROLE|PARTY_TO|PART_OF|SPOKE_ABOUT';

/** Map projection of a graph relationship `r` into an EdgeRow. */
export const edgeFields = (r: string) =>
  `{type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, title: ${r}.title, titleKey: ${r}.titleKey, ` +
  `count: coalesce(CASE type(${r}) WHEN 'SPOKE_ABOUT' THEN ${r}.count ELSE ${r}.articleCount END, 0), ` +
  `tone: CASE WHEN type(${r}) <> 'SPOKE_ABOUT' THEN null WHEN ${r}.tone IS NOT NULL THEN toFloat(${r}.tone) ` +
  `WHEN coalesce(${r}.toneCount, 0) > 0 THEN toFloat(${r}.toneSum) / ${r}.toneCount ELSE null END, ` +
  `firstSeen: ${r}.firstSeen, lastSeen: ${r}.lastSeen}`;

/** Map projection of an entity node `v` into a GraphNodeRow. */
export const graphNodeFields = (v: string) =>
  `{id: ${v}.id, kind: head([l IN labels(${v}) WHERE l IN ${cypherList(ENTITY_LABELS)}]), label: ${v}.name, weight: toFloat(coalesce(${v}.mentionCount, 0))}`;

function cypherList(items: readonly string[]): string {
  return `[${items.map((s) => `'${s}'`).join(', ')}]`;
}
