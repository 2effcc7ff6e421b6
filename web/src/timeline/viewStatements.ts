import type { GraphContent } from '../state/graph/index';
import type { TimelineStatement } from '../state/timeline/index';

/** A statement of the view with the graph edges it supports (speaker → each subject drawn in the graph). */
export interface ViewStatement {
  statement: TimelineStatement;
  edgeIds: readonly string[];
}

/** A speaker → subject relation of the view. */
export interface Relation {
  speaker: string;
  subject: string;
}

/** The relations whose statements the timeline needs: the view's SPOKE_ABOUT edges, sorted. */
export function relationsOfView(graph: GraphContent): Relation[] {
  const out: Relation[] = [];
  for (const edge of Object.values(graph.edges)) if (edge.type === 'SPOKE_ABOUT') out.push({ speaker: edge.source, subject: edge.target });
  return out.sort((a, b) => (a.speaker === b.speaker ? (a.subject < b.subject ? -1 : 1) : a.speaker < b.speaker ? -1 : 1));
}

/**
 * The statements behind the view's SPOKE_ABOUT edges, oldest first: each loaded statement whose speaker has an edge to one
 * of its subjects, with those edges. Undated statements are left out (the timeline has no place for them).
 */
export function statementsOfView(graph: GraphContent, statements: readonly TimelineStatement[]): ViewStatement[] {
  const edgeOf = new Map<string, string>();
  for (const edge of Object.values(graph.edges)) if (edge.type === 'SPOKE_ABOUT') edgeOf.set(`${edge.source}\u0000${edge.target}`, edge.id);
  const seen = new Set<string>();
  const out: ViewStatement[] = [];
  for (const statement of statements) {
    if (!statement.saidAt || seen.has(statement.id)) continue;
    const edgeIds = statement.about.map((x) => edgeOf.get(`${statement.speaker.id}\u0000${x.id}`)).filter((id): id is string => id !== undefined);
    if (edgeIds.length === 0) continue;
    seen.add(statement.id);
    out.push({ statement, edgeIds });
  }
  return out.sort((x, y) => (x.statement.saidAt! < y.statement.saidAt! ? -1 : x.statement.saidAt! > y.statement.saidAt! ? 1 : x.statement.id.localeCompare(y.statement.id)));
}

/** Whether a statement's date is weak: known only to the month or year, or borrowed from the article's publication date. */
export function hasWeakDate(statement: Pick<TimelineStatement, 'datePrecision' | 'dateSource'>): boolean {
  return statement.datePrecision === 'MONTH' || statement.datePrecision === 'YEAR' || statement.dateSource === 'PUBLICATION';
}

/** The dates of each edge's evidence, sorted, for window tests: statement dates for SPOKE_ABOUT, first and last seen otherwise. */
export interface EdgeDates {
  /** SPOKE_ABOUT edges with loaded statements: their dates, sorted. */
  points: ReadonlyMap<string, readonly string[]>;
}

/** Indexes the view's statement dates by edge. */
export function indexEdgeDates(view: readonly ViewStatement[]): EdgeDates {
  const points = new Map<string, string[]>();
  for (const { statement, edgeIds } of view) {
    for (const id of edgeIds) {
      const list = points.get(id) ?? [];
      list.push(statement.saidAt!);
      points.set(id, list);
    }
  }
  for (const list of points.values()) list.sort();
  return { points };
}

function anyWithin(sorted: readonly string[], since: string, until: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < since) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= until;
}

/**
 * The edges and nodes a window fades: an edge whose evidence has no date inside [since, until] (statement dates for
 * SPOKE_ABOUT edges, else the span first seen … last seen; an edge with no date at all stays), and a node whose edges all
 * fade. An open window fades nothing.
 */
export function outsideWindow(graph: GraphContent, dates: EdgeDates, since: string | null, until: string | null): { edges: Set<string>; nodes: Set<string> } {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  if (!since && !until) return { edges, nodes };
  const lo = since ?? '0000-00-00';
  const hi = until ?? '9999-99-99';
  const kept = new Set<string>();
  const touched = new Set<string>();
  for (const edge of Object.values(graph.edges)) {
    const points = dates.points.get(edge.id);
    let inside: boolean;
    if (points) inside = anyWithin(points, lo, hi);
    else if (!edge.firstSeen && !edge.lastSeen) inside = true;
    else inside = (edge.lastSeen ?? edge.firstSeen!) >= lo && (edge.firstSeen ?? edge.lastSeen!) <= hi;
    touched.add(edge.source).add(edge.target);
    if (inside) kept.add(edge.source).add(edge.target);
    else edges.add(edge.id);
  }
  for (const id of touched) if (!kept.has(id)) nodes.add(id);
  return { edges, nodes };
}
