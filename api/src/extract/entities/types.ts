import type { CountryFact, EntityRef, OrganizationFact, PersonFact, TreatyFact, Issue } from '../types';

/** One sentence of the body; offsets are into the body, end exclusive. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Why a mention counts: a name, an alias/short form, a description ("the head of Russian diplomacy"), a demonym, a capital used as the government. */
export type MentionForm = 'name' | 'alias' | 'description' | 'demonym' | 'capital' | 'acronym';

/** A resolved mention of an entity in the body; the statements stage uses these to find speakers and what a statement is about. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  ref: EntityRef;
  form: MentionForm;
}

/** What the entity stage returns: the entities, every resolved mention sorted by `start`, and its issues. */
export interface EntitiesResult {
  persons: PersonFact[];
  countries: CountryFact[];
  organizations: OrganizationFact[];
  treaties: TreatyFact[];
  mentions: EntityMention[];
  issues: Issue[];
}
