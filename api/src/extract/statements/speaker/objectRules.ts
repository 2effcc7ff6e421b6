import { definiteDescription } from './definiteDescription';
import { fromMention } from './mentionSpeaker';
import type { SpeakerRule } from './ruleTypes';

/** After an inverted verb or "according to": the first person of the phrase, else its first entity. */
export const objectMention: SpeakerRule = {
  name: 'objectMention',
  direction: 'after',
  find({ inRange }) {
    const pick = inRange.find((m) => m.ref.kind === 'Person') ?? inRange[0];
    return pick ? fromMention(pick) : null;
  },
};

/** "according to him/her": the person the pronoun stands for. */
export const objectPronoun: SpeakerRule = {
  name: 'objectPronoun',
  direction: 'after',
  find({ cue, body, memory }) {
    const { start, end } = cue.speaker;
    const object = /^\s*(him|her)\b/i.exec(body.slice(start, end));
    const ref = object ? memory.resolvePronoun(object[1]?.toLowerCase() === 'her' ? 'she' : 'he', start) : null;
    return ref && object ? { ref, start: start + object.index, end: start + object[0].length, via: 'pronoun' } : null;
  },
};

/** "said the spokesman", "according to the ministry": a definite description after the verb. */
export const definiteObject: SpeakerRule = {
  name: 'definiteObject',
  direction: 'after',
  find({ cue, body, memory, mentions }) {
    return definiteDescription(body, cue.speaker.start, cue.speaker.end, memory, mentions);
  },
};
