import { accordingTo } from './accordingTo';
import { clauseThenSpeakerVerb } from './clauseThenSpeakerVerb';
import { clauseThenVerbSpeaker } from './clauseThenVerbSpeaker';
import { quoteThenSpeakerVerb } from './quoteThenSpeakerVerb';
import { quoteThenVerbSpeaker } from './quoteThenVerbSpeaker';
import { speakerVerbQuote } from './speakerVerbQuote';
import { speakerVerbReported } from './speakerVerbReported';
import type { AttributionRule } from './types';

export type { AttributionRule, Cue, RuleContext, VerbHit } from './types';

/** Attribution rules in priority order: the first rule that claims a verb decides where its speaker is. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  accordingTo,
  quoteThenVerbSpeaker,
  quoteThenSpeakerVerb,
  speakerVerbQuote,
  clauseThenSpeakerVerb,
  speakerVerbReported,
  clauseThenVerbSpeaker,
];
