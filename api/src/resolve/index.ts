export { findKnownPersons } from './findKnownPersons';
export { findRedirects, entityIdsOf } from './findRedirects';
export { resolveBatch, type ResolvableItem, type ResolvedBatch } from './resolveBatch';
export { foldRoleTitle, resolveExtractions, surnameKey, surnamesOf, toSurnameMention, type ResolveResult } from './resolveExtractions';
export { PERSON_RULES, SURNAME_EVIDENCE } from './rules/index';
export { chooseBySurname } from './rules/surnameOnly';
export { principalTargets } from './rules/principalTargets';
export type { KnownPerson, KnownRole, PersonMerge, PersonRule, SurnameEvidence, SurnameMention } from './types';
