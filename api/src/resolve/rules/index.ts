import type { PersonRule, SurnameEvidence } from '../types';
import { coMentionedRoleTarget } from './coMentionedRoleTarget';
import { nearbyDates } from './nearbyDates';
import { sameArticle } from './sameArticle';
import { sameId } from './sameId';
import { sameRoleTarget } from './sameRoleTarget';
import { sameRoleTitle } from './sameRoleTitle';
import { transliteratedName } from './transliteratedName';

/** Full-name resolution rules in the order they are tried; the first that answers wins, and no answer keeps the extractor's id. */
export const PERSON_RULES: readonly PersonRule[] = [sameId, transliteratedName];

/** The evidence summed to place a surname-only person among the full names sharing its surname (see `chooseBySurname`). */
export const SURNAME_EVIDENCE: readonly SurnameEvidence[] = [sameArticle, sameRoleTarget, coMentionedRoleTarget, sameRoleTitle, nearbyDates];
