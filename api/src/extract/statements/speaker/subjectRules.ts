import type { EntityMention } from '../../entities/types';
import { definiteDescription } from './definiteDescription';
import { fromMention, jointBefore, jointSpeaker } from './mentionSpeaker';
import { classifySubjectGap, trailingPronoun } from './subjectGap';
import type { SpeakerRule } from './ruleTypes';

// Conjunctions after which a pronoun subject refers inside its own sentence.
const SUBORDINATE_BEFORE = /\b(?:where|when|while|as|after|because|since|that|which)\s+$/;

/**
 * The subject as a mention: the nearest one before the verb whose gap to it is only role words, auxiliaries, adverbs,
 * times or channels (a joint subject gives the first-named party), the head before an appositive, or else a mention
 * with a weaker gap; never one before a trailing pronoun subject.
 */
export const subjectMention: SpeakerRule = {
  name: 'subjectMention',
  direction: 'before',
  find({ cue, body, inRange }) {
    const { start, end } = cue.speaker;
    const pronoun = trailingPronoun(body.slice(start, end));
    let weak: EntityMention | null = null;
    for (let i = inRange.length - 1; i >= 0; i--) {
      const m = inRange[i] as EntityMention;
      if (pronoun && m.end <= start + pronoun.index) break;
      const kind = classifySubjectGap(body.slice(m.end, end));
      if (kind === 'direct' && !weak) return jointSpeaker(inRange, i, body);
      // "The Front's envoy to the UN, X, said": the person between the commas, not a body in the title.
      if (kind === 'appositive') return weak?.ref.kind === 'Person' && m.ref.kind !== 'Person' && /^[^,]*,\s*$/.test(body.slice(m.end, weak.start)) ? fromMention(weak) : fromMention(m);
      if (kind === 'weak' && !weak) weak = m;
    }
    return weak ? fromMention(weak) : null;
  },
};

/** A pronoun subject: "he/she" the latest fitting subject or speaker (a person of the same sentence in a subordinate clause), "it" the latest body that spoke, "they" a joint subject. */
export const subjectPronoun: SpeakerRule = {
  name: 'subjectPronoun',
  direction: 'before',
  find({ cue, body, inRange, mentions, memory }) {
    const { start, end } = cue.speaker;
    const pronoun = trailingPronoun(body.slice(start, end));
    if (!pronoun) return null;
    const at = start + pronoun.index;
    const span = { start: at, end: at + pronoun.pronoun.length, via: 'pronoun' as const };
    if (pronoun.pronoun === 'they') {
      const joint = jointBefore(inRange, at, body) ?? memory.lastJoint(at, 600);
      return joint ? { ...joint, ...span } : null;
    }
    // In a subordinate clause ("… comments made by X at a dinner, where he said …") "he" is a person of the same sentence.
    const local = SUBORDINATE_BEFORE.test(body.slice(Math.max(start, at - 12), at)) && /^[Hh]e|^[Ss]he/.test(pronoun.pronoun)
      ? mentions.speakersWithin(memory.sentenceStart(at), at).find((m) => m.ref.kind === 'Person')
      : undefined;
    const ref = local?.ref ?? memory.resolvePronoun(pronoun.pronoun, at);
    return ref ? { ref, ...span } : null;
  },
};

/** A participle after a comma ("…, saying that …") takes the subject that opens its sentence. */
export const participleSubject: SpeakerRule = {
  name: 'participleSubject',
  direction: 'before',
  find({ cue, body, inRange }) {
    const { start, end } = cue.speaker;
    if (!/ing$/i.test(cue.hit.text) || !/,\s*$/.test(body.slice(start, end))) return null;
    const first = inRange[0];
    return first && first.start - start <= 40 ? fromMention(first) : null;
  },
};

/** A definite description as the subject ("the official said", "the statement read"): the whole phrase when it names no entity, else its part after the last comma ("…, the two nations said"). */
export const definiteSubject: SpeakerRule = {
  name: 'definiteSubject',
  direction: 'before',
  find({ cue, body, inRange, memory, mentions }) {
    const { start, end } = cue.speaker;
    if (inRange.length === 0) return definiteDescription(body, start, end, memory, mentions);
    const comma = body.lastIndexOf(',', end);
    const last = inRange[inRange.length - 1] as EntityMention;
    if (comma < last.end || end - comma > 60) return null;
    return definiteDescription(body, comma + 1, end, memory, mentions);
  },
};
