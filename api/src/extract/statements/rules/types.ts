import type { Span } from '../../types';
import type { SpeechVerb } from '../speechVerbs';
import type { Unit } from '../units';

/** A speech verb found in a unit's narration; offsets are into the body. */
export interface VerbHit extends Span {
  text: string;
  verb: SpeechVerb;
}

/** What an attribution rule found: a verb, where to look for its speaker, and the reported clause when there is one. */
export interface Cue {
  rule: string;
  hit: VerbHit;
  /** Body range holding the speaker phrase; `before` means the speaker precedes the verb (its subject), `after` that it follows. */
  speaker: Span & { direction: 'before' | 'after' };
  /** Body range of the reported words when the statement has no quotation of its own, else null. */
  content: Span | null;
}

/** What every rule reads. `frame` is the unit text with quoted words masked; `offset` maps frame index 0 to the body. */
export interface RuleContext {
  body: string;
  unit: Unit;
  hits: VerbHit[];
}

/** One attribution pattern ("…," X said / X said: "…" / according to X); returns cues for the verbs it recognises. */
export interface AttributionRule {
  name: string;
  apply(ctx: RuleContext): Cue[];
}
