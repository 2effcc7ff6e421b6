import type { GoldRecord, GoldStatement } from '../../api/src/eval/types';
import type { EntityRef, ExtractionResult, StatementFact } from '../../api/src/extract/types';

/** A gold record with empty lists, for tests to fill in. */
export function makeGold(fields: Partial<GoldRecord> = {}): GoldRecord {
  return { id: 'a1', persons: [], countries: [], organizations: [], treaties: [], statements: [], ...fields };
}

/** A gold statement with defaults (indirect speech by nobody in particular). */
export function goldStatement(fields: Partial<GoldStatement>): GoldStatement {
  return { speaker: '', quote: null, summary: '', verb: 'said', about: [], date: null, ...fields };
}

/** An extraction result with empty lists for article `a1`, for tests to fill in. */
export function makePrediction(fields: Partial<Omit<ExtractionResult, 'article'>> = {}, id = 'a1'): ExtractionResult {
  return {
    article: { id, title: null, summary: null, url: null, publishedAt: null, source: null },
    persons: [],
    countries: [],
    organizations: [],
    treaties: [],
    statements: [],
    issues: [],
    ...fields,
  };
}

/** A predicted statement by `speaker` with defaults for every other field. */
export function predStatement(speaker: EntityRef, fields: Partial<StatementFact> = {}): StatementFact {
  return {
    id: 'stmt:1',
    speaker,
    quote: null,
    text: '',
    verb: 'said',
    category: { code: '01', label: 'Make public statement' },
    tone: 0,
    about: [],
    saidAt: null,
    datePrecision: null,
    dateSource: null,
    span: { start: 0, end: 0 },
    ...fields,
  };
}

/** Entity references for predictions. */
export const person = (id: string, name: string): EntityRef => ({ kind: 'Person', id, name });
export const country = (iso3: string, name: string): EntityRef => ({ kind: 'Country', id: `country:${iso3}`, name });
export const organization = (id: string, name: string): EntityRef => ({ kind: 'Organization', id, name });
