import { hasUnknownNamedSubject } from './unknownSubject';
import type { SpeakerCheck } from './ruleTypes';

// Conjunctions that open a condition or an indirect question rather than a report.
const CONDITIONAL_BEFORE = /\b(?:if|unless|whether|once|until)\s+(?:the\s+)?$/i;

/** "The WTO chief said", "Russia's president said": the body's one officer of that title, when the entity stage knows them. */
export const bodyOfficer: SpeakerCheck = {
  name: 'bodyOfficer',
  check(candidate, { cue, body, memory }) {
    if (candidate.via !== 'mention' || candidate.ref.kind === 'Person' || candidate.co || cue.speaker.direction !== 'before') return candidate;
    const officer = memory.officers.officerNamedAfter(candidate.ref, body.slice(candidate.end, cue.speaker.end));
    return officer ? { ...candidate, ref: officer } : candidate;
  },
};

/** A name the entity stage missed, before an appositive ("Maria Ortiz, an economist at the IMF, said"), is the real subject: no speaker. */
export const unknownNamedSubject: SpeakerCheck = {
  name: 'unknownNamedSubject',
  check(candidate, { cue, body, mentions }) {
    const { start, end, direction } = cue.speaker;
    if (direction !== 'before' || candidate.via !== 'mention' || !body.slice(candidate.end, end).includes(',')) return candidate;
    return hasUnknownNamedSubject(body, start, candidate.start, mentions) ? null : candidate;
  },
};

/** A subject inside a condition ("… if Russia guaranteed their safety") makes no statement. */
export const conditionalSubject: SpeakerCheck = {
  name: 'conditionalSubject',
  check(candidate, { cue, body }) {
    return cue.speaker.direction === 'before' && CONDITIONAL_BEFORE.test(body.slice(Math.max(0, candidate.start - 16), candidate.start)) ? null : candidate;
  },
};
