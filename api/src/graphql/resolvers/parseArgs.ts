import { BadUserInputError } from '../../errors/index';
import { ENTITY_LABELS, labelOfId } from '../../store/labels';
import type { EntityKind } from '../../query/index';
import type { EntityKind as GraphQLEntityKind } from '../generated/resolvers';

// Resolvers parse their arguments here: a bad value becomes a BAD_USER_INPUT error whose message starts with the argument's
// name and says what to send instead. Values are quoted shortened, so a 1 MB string does not come back whole.

const MAX_ID_LENGTH = 300;
// Letters of every script are fine in an id; control and format characters (and nothing after the prefix) are not.
const ID_BODY = /^[^\p{Cc}\p{Cf}\s]+$/u;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** An entity id (`person:…`, `country:…`, `org:…`, `treaty:…`); throws BadUserInputError naming `argument` otherwise. */
export function parseEntityId(value: string, argument: string): string {
  const label = labelOfId(value);
  const body = label ? value.slice(value.indexOf(':') + 1) : '';
  if (!label || value.length > MAX_ID_LENGTH || !ID_BODY.test(body)) {
    throw new BadUserInputError(`${argument}: ${shown(value)} is not an entity id; ids look like person:sergey-lavrov, country:RUS, org:nato or treaty:new-start (search finds them)`);
  }
  return value;
}

/** An article id (`art:…`); throws BadUserInputError naming `argument` otherwise. */
export function parseArticleId(value: string, argument: string): string {
  if (!value.startsWith('art:') || value.length > MAX_ID_LENGTH || !ID_BODY.test(value.slice(4))) {
    throw new BadUserInputError(`${argument}: ${shown(value)} is not an article id; article ids look like art:3f9a…`);
  }
  return value;
}

/** A list of 1 to `max` entity ids, duplicates dropped. */
export function parseEntityIds(values: readonly string[], argument: string, max: number): string[] {
  if (values.length < 1 || values.length > max) throw new BadUserInputError(`${argument}: give 1 to ${max} ids, not ${values.length}`);
  return [...new Set(values.map((v) => parseEntityId(v, argument)))];
}

/** A real calendar day written `YYYY-MM-DD`, or null when absent; throws BadUserInputError naming `argument` otherwise. */
export function parseDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const time = m ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  const ok = m !== null && Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value && Number(m[1]) >= 1;
  if (!ok) throw new BadUserInputError(`${argument}: ${shown(value)} is not a date; write a real day as YYYY-MM-DD, for example 2025-03-31`);
  return value;
}

/** A since/until pair of days, checked to be in order. */
export function parseWindow(since: string | null | undefined, until: string | null | undefined): { since: string | null; until: string | null } {
  const window = { since: parseDate(since, 'since'), until: parseDate(until, 'until') };
  if (window.since && window.until && window.since > window.until) {
    throw new BadUserInputError(`since: ${window.since} is after until ${window.until}; swap them or widen the window`);
  }
  return window;
}

/** An integer from `min` to `max` (the default applies when absent); throws BadUserInputError naming `argument` otherwise. */
export function parseBound(value: number | null | undefined, argument: string, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw new BadUserInputError(`${argument}: must be an integer from ${min} to ${max}, not ${n}`);
  return n;
}

/** A tone from -10 to 10, or null when absent. */
export function parseTone(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < -10 || value > 10) throw new BadUserInputError(`${argument}: a tone is from -10 to 10, not ${value}`);
  return value;
}

const LABEL_OF_KIND: Record<GraphQLEntityKind, EntityKind> = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', TREATY: 'Treaty' };

/** The store labels of a list of kinds, or null (all kinds) when absent; an empty list is refused. */
export function parseKinds(kinds: readonly GraphQLEntityKind[] | null | undefined, argument = 'kinds'): EntityKind[] | null {
  if (kinds === null || kinds === undefined) return null;
  const labels = kinds.map((k) => LABEL_OF_KIND[k]);
  if (labels.length === 0 || labels.some((l) => !ENTITY_LABELS.includes(l))) {
    throw new BadUserInputError(`${argument}: give at least one of PERSON, COUNTRY, ORGANIZATION, TREATY, or leave it out for every kind`);
  }
  return [...new Set(labels)];
}

/** The GraphQL enum value of a store label. */
export function kindOf(label: EntityKind): GraphQLEntityKind {
  return label.toUpperCase() as GraphQLEntityKind;
}

/** A string of `min` to `max` characters; throws BadUserInputError naming `argument` otherwise. */
export function parseText(value: string, argument: string, min: number, max: number): string {
  if (value.length < min || value.length > max) throw new BadUserInputError(`${argument}: must be ${min} to ${max} characters long, not ${value.length}`);
  return value;
}

/** A CAMEO root category code ('01' to '20'), or null when absent. */
export function parseCategory(value: string | null | undefined, argument = 'category'): string | null {
  if (value === null || value === undefined) return null;
  if (!/^(0[1-9]|1\d|20)$/.test(value)) throw new BadUserInputError(`${argument}: ${shown(value)} is not a CAMEO root code; use two digits from 01 to 20, for example 13 (threaten)`);
  return value;
}
