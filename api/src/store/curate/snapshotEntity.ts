import type { TransactionRunner } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { isEntityRelationshipType, isNeighbourLabel, NEIGHBOUR_LABELS, type EntityRelationshipType } from './relationshipTypes';

/** One relationship of a node, enough to recreate it. */
export interface RelationshipSnapshot {
  type: EntityRelationshipType;
  outgoing: boolean;
  otherLabel: (typeof NEIGHBOUR_LABELS)[number];
  otherId: string;
  props: Record<string, unknown>;
}

/** A node's properties and relationships, as stored in an audit entry (JSON) so an undo can rebuild it. */
export interface EntitySnapshot {
  label: EntityKind;
  id: string;
  props: Record<string, unknown>;
  relationships: RelationshipSnapshot[];
}

const NODE = (label: EntityKind) => `MATCH (n:${label} {id: $id}) RETURN properties(n) AS props`;
const RELS = (label: EntityKind) => `
MATCH (n:${label} {id: $id})-[r]-(o)
RETURN type(r) AS type, startNode(r) = n AS outgoing, [l IN labels(o) WHERE l IN $labels][0] AS otherLabel,
       o.id AS otherId, properties(r) AS props`;

// Temporal values come back from the driver as objects; their ISO text restores them with datetime().
function plain(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? String(v) : v;
  return out;
}

/** Reads a node and all its relationships inside the caller's transaction, or null when no node has that label and id. */
export async function snapshotEntity(tx: TransactionRunner, label: EntityKind, id: string): Promise<EntitySnapshot | null> {
  const node = await tx.run<{ props: Record<string, unknown> }>({ cypher: NODE(label), params: { id } });
  if (!node[0]) return null;
  const rels = await tx.run<{ type: string; outgoing: boolean; otherLabel: string; otherId: string; props: Record<string, unknown> }>({
    cypher: RELS(label),
    params: { id, labels: NEIGHBOUR_LABELS },
  });
  const relationships: RelationshipSnapshot[] = [];
  for (const r of rels) {
    if (!isEntityRelationshipType(r.type) || !isNeighbourLabel(r.otherLabel)) continue;
    relationships.push({ type: r.type, outgoing: r.outgoing, otherLabel: r.otherLabel, otherId: r.otherId, props: plain(r.props) });
  }
  return { label, id, props: plain(node[0].props), relationships };
}

/** Recreates a snapshot's relationships on the node (which must exist), grouped into one UNWIND query per type, direction and neighbour label. */
export async function restoreRelationships(tx: TransactionRunner, snapshot: EntitySnapshot): Promise<void> {
  const groups = new Map<string, RelationshipSnapshot[]>();
  for (const r of snapshot.relationships) {
    const key = `${r.type}|${r.outgoing}|${r.otherLabel}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const list of groups.values()) {
    const { type, outgoing, otherLabel } = list[0]!;
    if (!isEntityRelationshipType(type) || !isNeighbourLabel(otherLabel)) continue;
    const pattern = outgoing ? `(n)-[r:${type}]->(o)` : `(o)-[r:${type}]->(n)`;
    await tx.run({
      cypher: `MATCH (n:${snapshot.label} {id: $id}) UNWIND $rows AS row MATCH (o:${otherLabel} {id: row.otherId}) CREATE ${pattern} SET r = row.props`,
      params: { id: snapshot.id, rows: list.map((r) => ({ otherId: r.otherId, props: r.props })) },
    });
  }
}
