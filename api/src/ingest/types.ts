/** One article or record that was not stored, with where it came from and why. */
export interface IngestFailure {
  file: string | null;
  line: number | null;
  articleId: string | null;
  reason: string;
}

/** Running totals of an ingest; the final value is the summary the CLI prints. */
export interface IngestReport {
  articlesNew: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  articlesFailed: number;
  entitiesCreated: number;
  /** Entity facts that landed on a node that already existed (same id, or a person name variant). */
  entitiesMerged: number;
  /** Of those, persons redirected by a name rule (e.g. "Sergei Lavrov" onto "Sergey Lavrov"). */
  personsMergedByName: number;
  entitiesRemoved: number;
  statementsWritten: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  failures: IngestFailure[];
  elapsedMs: number;
  bytesRead: number;
}

/** Outcome of a whole ingest run. */
export type IngestOutcome =
  | { phase: 'done'; report: IngestReport }
  | { phase: 'aborted'; report: IngestReport; reason: string };

/** An empty report to accumulate into. */
export function emptyReport(): IngestReport {
  return {
    articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 0, articlesFailed: 0,
    entitiesCreated: 0, entitiesMerged: 0, personsMergedByName: 0, entitiesRemoved: 0,
    statementsWritten: 0, nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0,
    failures: [], elapsedMs: 0, bytesRead: 0,
  };
}
