import type { MentionIndex } from '../mentionIndex';
import type { Cue } from '../rules/types';
import { bodyOfficer, conditionalSubject, unknownNamedSubject } from './checks';
import type { SpeakerMemory } from './memory';
import { officialOfBody } from './officialOfBody';
import { definiteObject, objectMention, objectPronoun } from './objectRules';
import { definiteSubject, participleSubject, subjectMention, subjectPronoun } from './subjectRules';
import type { SpeakerCheck, SpeakerQuery, SpeakerRule } from './ruleTypes';
import type { ResolvedSpeaker } from './types';

export { SpeakerMemory } from './memory';
export type { ResolvedSpeaker } from './types';

/**
 * The speaker model. Each cue has a speaker range before its verb (the subject) or after it ("said X", "according to
 * X"); these rules propose a candidate from that range in this order, and the first candidate wins.
 */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  // After the verb.
  objectMention,
  objectPronoun,
  definiteObject,
  // Before the verb.
  subjectMention,
  subjectPronoun,
  participleSubject,
  definiteSubject,
];

/** Checks on the winning candidate, in order: each keeps, replaces or vetoes it. */
export const SPEAKER_CHECKS: readonly SpeakerCheck[] = [officialOfBody, bodyOfficer, unknownNamedSubject, conditionalSubject];

/** Finds the speaker of a cue among the mentions of its speaker range, or through a pronoun or a description; null when none fits. */
export function resolveSpeaker(cue: Cue, body: string, mentions: MentionIndex, memory: SpeakerMemory): ResolvedSpeaker | null {
  const query: SpeakerQuery = { cue, body, mentions, memory, inRange: mentions.speakersWithin(cue.speaker.start, cue.speaker.end) };
  let candidate: ResolvedSpeaker | null = null;
  for (const rule of SPEAKER_RULES) {
    if (rule.direction !== cue.speaker.direction) continue;
    candidate = rule.find(query);
    if (candidate) break;
  }
  for (const check of SPEAKER_CHECKS) if (candidate) candidate = check.check(candidate, query);
  return candidate;
}
