import type { EntityMention } from '../../entities/types';
import type { MentionIndex } from '../mentionIndex';
import type { Cue } from '../rules/types';
import type { SpeakerMemory } from './memory';
import type { ResolvedSpeaker } from './types';

/** What a speaker rule reads: the cue (verb and speaker range), the body, the entity mentions and what was said before. */
export interface SpeakerQuery {
  cue: Cue;
  body: string;
  mentions: MentionIndex;
  memory: SpeakerMemory;
  /** Entity mentions inside the cue's speaker range that can speak, in text order. */
  inRange: EntityMention[];
}

/** One way to find a speaker candidate; the first rule in `SPEAKER_RULES` that returns one wins. */
export interface SpeakerRule {
  name: string;
  /** Which cues it reads: speakers before the verb (its subject) or after it ("said X", "according to X"). */
  direction: 'before' | 'after';
  find(query: SpeakerQuery): ResolvedSpeaker | null;
}

/** A check on the winning candidate: keeps it, replaces it (a body's officer), or vetoes it (null). */
export interface SpeakerCheck {
  name: string;
  check(candidate: ResolvedSpeaker, query: SpeakerQuery): ResolvedSpeaker | null;
}
