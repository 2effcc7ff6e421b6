import type { EntityMention } from '../../entities/types';
import type { MentionIndex } from '../mentionIndex';
import type { SpeakerCheck } from './ruleTypes';

// "<Person> of [the] <Country>": the country only says whose official the person is.
const OF_GAP = /^\s+of\s+(?:the\s+)?$/;

/** The person mention right before "of [the]" at `at`, or undefined. */
function officialBefore(body: string, at: number, mentions: MentionIndex): EntityMention | undefined {
  return mentions
    .within(Math.max(0, at - 120), at)
    .filter((m) => m.ref.kind === 'Person' && OF_GAP.test(body.slice(m.end, at)))
    .pop();
}

/**
 * "Ambassador X of Ghana told the council", "Foreign Ministers A of Kenya and B of Uganda called for": a country or body
 * named after a person's "of" is that person's office, not the speaker; the person speaks (the first of a joint pair,
 * with the second as co-speaker).
 */
export const officialOfBody: SpeakerCheck = {
  name: 'officialOfBody',
  check(candidate, { cue, body, mentions }) {
    if (candidate.via !== 'mention' || candidate.ref.kind === 'Person' || cue.speaker.direction !== 'before') return candidate;
    // A joint candidate ("A of X and B of Y") starts at its first party; its last party ends the range.
    const second = officialBefore(body, candidate.start, mentions);
    const lastBody = mentions.within(candidate.start, candidate.end).filter((m) => m.ref.kind !== 'Person').pop();
    const secondOfLast = lastBody && lastBody.start !== candidate.start ? officialBefore(body, lastBody.start, mentions) : undefined;
    const first = second ?? undefined;
    if (!first) return candidate;
    if (secondOfLast && secondOfLast.ref.id !== first.ref.id) return { ref: first.ref, start: first.start, end: candidate.end, via: 'mention', co: [secondOfLast.ref] };
    // "A of X and B of Y" where the candidate is only Y: look for the pair "A of X and" before B.
    const before = body.slice(0, first.start);
    const and = /\s+and\s+$/.exec(before);
    const prevBody = and ? mentions.within(Math.max(0, first.start - 80), first.start - and[0].length).filter((m) => m.ref.kind !== 'Person' && m.end === first.start - and[0].length).pop() : undefined;
    const prevOfficial = prevBody ? officialBefore(body, prevBody.start, mentions) : undefined;
    if (prevOfficial && prevOfficial.ref.id !== first.ref.id) return { ref: prevOfficial.ref, start: prevOfficial.start, end: candidate.end, via: 'mention', co: [first.ref] };
    return { ref: first.ref, start: first.start, end: candidate.end, via: 'mention' };
  },
};
