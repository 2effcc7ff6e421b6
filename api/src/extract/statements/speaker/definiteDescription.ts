import type { EntityMention } from '../../entities/types';
import type { EntityRef } from '../../types';
import type { MentionIndex } from '../mentionIndex';
import type { SpeakerMemory } from './memory';
import type { ResolvedSpeaker } from './types';
import { descriptiveSpeaker } from './descriptiveSpeaker';
import { classifySubjectGap } from './subjectGap';

// "the official", "the ministry's spokesman": a role noun that points back to someone who just spoke.
const DEFINITE_ROLE = /^\s*(?:[Tt]he)\s+(?:[\p{L}'\u2019-]+\s+){0,2}(?:official|spokes(?:man|woman|person)|minister|diplomat|envoy|ambassador|president|premier|chancellor|leader|ministry|secretary|source)\b/u;
const DEFINITE_REACH = 800;

// "the statement read", "the joint communique said": the document of the speaker (a joint one first) just reported.
const DEFINITE_DOCUMENT = /^\s*[Tt]he\s+(?:(?:joint|final|written|official|closing)\s+)?(?:statement|communiqu[eé]|declaration|readout)\b/u;
const DOCUMENT_REACH = 2500;

// "the sides", "both ministers", "the two leaders": the two parties of the meeting just reported.
const BOTH_PARTIES = /^\s*(?:[Tt]he\s+(?:two\s+|neighbou?ring\s+)?|[Bb]oth\s+)(?:sides|parties|ministers|leaders|presidents|foreign\s+ministers|countries|governments|nations|neighbou?rs)\b/u;
const PAIR_REACH = 1500;

/** The first and second distinct entities of `kind` in the latest sentence before `at` that names two ("X held talks with Y"). */
function pairNamedBefore(at: number, kind: 'Person' | 'Country', memory: SpeakerMemory, mentions: MentionIndex): Omit<ResolvedSpeaker, 'start' | 'end' | 'via'> | null {
  const found = mentions.within(Math.max(0, at - PAIR_REACH), at).filter((m) => m.ref.kind === kind);
  let sentence = -1;
  let names: EntityMention[] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i] as EntityMention;
    const s = memory.sentenceStart(m.start);
    if (s !== sentence) {
      if (new Set(names.map((n) => n.ref.id)).size >= 2) break;
      sentence = s;
      names = [];
    }
    names.unshift(m);
  }
  const first = names[0];
  const second = names.find((n) => first && n.ref.id !== first.ref.id);
  return first && second ? { ref: first.ref, co: [second.ref] } : null;
}

// "his spokesman told reporters", "her office said": someone speaking for the person just named, so for the body that person leads.
const POSSESSED_ROLE = /^\s*([Hh]is|[Hh]er)\s+(?:(?:chief|deputy|senior|official|press)\s+)?(?:spokes(?:man|woman|person)|office|aides?|press\s+(?:secretary|office|service))\b/u;

/** Whether a speaker can be what "the ministry" refers back to: a country, or a body named as a ministry, government, office or department. */
function isStateBody(ref: EntityRef): boolean {
  return ref.kind === 'Country' || /\b(ministry|government|office|department|cabinet|presidency|kremlin|state)\b/i.test(ref.name);
}

/** The speaker a definite description stands for, when the speaker phrase names no entity: the latest speaker for "the official", the issuer of the document just reported for "the statement", the body of the person just named for "his spokesman". */
export function definiteDescription(body: string, start: number, end: number, memory: SpeakerMemory, mentions: MentionIndex): ResolvedSpeaker | null {
  const phrase = body.slice(start, end);
  const offset = phrase.length - phrase.trimStart().length;
  const doc = DEFINITE_DOCUMENT.exec(phrase);
  if (doc) {
    const issuer = documentIssuer(body, start, mentions, memory) ?? memory.lastJoint(start, DOCUMENT_REACH) ?? bodyThatSpoke(start, memory);
    return issuer ? { ...issuer, start: start + offset, end: start + doc[0].length, via: 'pronoun' } : null;
  }
  const pair = BOTH_PARTIES.exec(phrase);
  if (pair) {
    const kind = /countr|govern|nation|neighbo/i.test(pair[0]) ? 'Country' : 'Person';
    // "The two leaders" are persons; "the sides" may be any joint speaker.
    const last = memory.lastJoint(start, DOCUMENT_REACH);
    const fits = last && (/sides|parties/i.test(pair[0]) || last.ref.kind === kind) ? last : null;
    const joint = fits ?? pairNamedBefore(start, kind, memory, mentions);
    return joint ? { ...joint, start: start + offset, end: start + pair[0].length, via: 'pronoun' } : null;
  }
  const possessed = POSSESSED_ROLE.exec(phrase);
  if (possessed) {
    const person = memory.resolvePronoun(possessed[1]?.toLowerCase() === 'her' ? 'she' : 'he', start);
    // With no known body, the person speaks through their spokesman or office.
    const owner = person ? (memory.bodyOf(person) ?? person) : null;
    return owner ? { ref: owner, start: start + offset, end: start + possessed[0].length, via: 'pronoun' } : null;
  }
  const described = descriptiveSpeaker(body, start, end, memory, mentions);
  if (described) return described;
  const m = DEFINITE_ROLE.exec(phrase);
  if (!m) return null;
  // "the ministry said" is a state body that spoke: a country, its government or a ministry, never an association or a company.
  const ministry = /ministry\b/i.test(m[0]);
  const last = memory.lastSpeaker(start, DEFINITE_REACH, ministry, ministry ? isStateBody : undefined);
  const ref = ministry && last ? (countryOfGovernment(last, mentions) ?? last) : last;
  return ref ? { ref, start: start + offset, end: start + m[0].length, via: 'pronoun' } : null;
}

/** "The Government of Ghana condemns …" then "The ministry recalled …": a ministry is not the government, so it speaks for the country. */
function countryOfGovernment(ref: EntityRef, mentions: MentionIndex): EntityRef | null {
  const iso = /^org:([a-z]{3})-government$/.exec(ref.id)?.[1];
  if (!iso) return null;
  const id = `country:${iso.toUpperCase()}`;
  return mentions.all().find((m) => m.ref.id === id)?.ref ?? null;
}


/** "The Government of X condemns …" then '"We call on …," the statement said': a government or body that was the latest speaker issued it. */
function bodyThatSpoke(at: number, memory: SpeakerMemory): Omit<ResolvedSpeaker, 'start' | 'end' | 'via'> | null {
  const last = memory.lastSpeaker(at, DOCUMENT_REACH);
  return last && (last.kind === 'Organization' || last.kind === 'Country') ? { ref: last } : null;
}

// "X issued a statement", "X, issuing a joint communique": the act that puts a document out, with its issuer before it.
const ISSUES_DOCUMENT = /\b(?:issu(?:ed|es|ing)|releas(?:ed|es|ing)|put\s+out|publish(?:ed|es|ing))\s+(?:a|an)\s+(?:(?:joint|short|brief|written|formal|separate)\s+)?(?:statement|communiqu[eé]|declaration|readout)\b/g;

// "according to a joint statement", "said in a statement": a document cited as the channel of a sentence's statement.
const CITES_DOCUMENT = /\b(?:according\s+to|in|through)\s+(?:a|an|the|its|their)\s+(?:(?:joint|short|brief|written|formal|separate)\s+)?(?:statement|communiqu[eé]|declaration|readout)\b/g;

/** The entity that issued the latest document before `at` ("Ned Price issuing a statement"), with a joint issuer's co-speakers. */
function documentIssuer(body: string, at: number, mentions: MentionIndex, memory: SpeakerMemory): Omit<ResolvedSpeaker, 'start' | 'end' | 'via'> | null {
  const from = Math.max(0, at - DOCUMENT_REACH);
  let last: RegExpExecArray | null = null;
  const window = body.slice(from, at);
  for (const m of window.matchAll(ISSUES_DOCUMENT)) last = m;
  let cited: RegExpExecArray | null = null;
  for (const m of window.matchAll(CITES_DOCUMENT)) cited = m;
  // "X pledged …, according to a joint statement": the statement is that sentence's speaker's.
  if (cited && (!last || cited.index > last.index)) {
    const speaker = memory.speakerOfSentence(from + cited.index);
    if (speaker) return { ref: speaker.ref, ...(speaker.co ? { co: speaker.co } : {}) };
  }
  if (!last) return null;
  const verbAt = from + last.index;
  const lineStart = body.lastIndexOf('\n', verbAt) + 1;
  const before = mentions.speakersWithin(Math.max(lineStart, verbAt - 200), verbAt);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as EntityMention;
    if (classifySubjectGap(body.slice(m.end, verbAt)) !== 'none') return { ref: m.ref };
  }
  return null;
}
