import type { PersonRule } from '../types';
import { sameId } from './sameId';
import { surnameOnly } from './surnameOnly';
import { transliteratedName } from './transliteratedName';

/** Person resolution rules in the order they are tried; the first that answers wins, and no answer keeps the extractor's id. */
export const PERSON_RULES: readonly PersonRule[] = [sameId, transliteratedName, surnameOnly];
