import { accordingTo } from './accordingTo';
import { clauseThenSpeakerVerb } from './clauseThenSpeakerVerb';
import { quoteThenSpeakerVerb } from './quoteThenSpeakerVerb';
import { speakerVerbQuote } from './speakerVerbQuote';
import { speakerVerbReported } from './speakerVerbReported';
import type { AttributionRule } from './types';
import { verbThenSpeaker } from './verbThenSpeaker';

export type { AttributionRule, Cue, RuleContext, VerbHit } from './types';

/** Attribution rules in priority order: the first rule that claims a verb decides where its speaker is. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  accordingTo,
  verbThenSpeaker,
  quoteThenSpeakerVerb,
  speakerVerbQuote,
  clauseThenSpeakerVerb,
  speakerVerbReported,
];
