import type { EntityMention } from '../../entities/types';
import type { EntityRef } from '../../types';
import type { MentionIndex } from '../mentionIndex';
import type { SpeakerMemory } from './memory';
import type { ResolvedSpeaker } from './types';
import { classifySubjectGap } from './subjectGap';

// "the monarch", "the king", "the emir": a sovereign named shortly before by one of these titles.
const SOVEREIGN = /^\s*[Tt]he\s+(?:(?:elderly|young|late|former|new|reigning|\d+-year-old)\s+)?(monarch|king|queen|emir|sultan|sheikh|crown\s+prince|pontiff|pope)\b/u;
const SOVEREIGN_TITLE = /\b(?:monarch|king|queen|emir|sultan|sheikh|crown\s+prince|pontiff|pope|majesty|highness)\b/i;
// "the group", "the movement", "the rebel group": a non-state organisation named shortly before.
const GROUP = /^\s*[Tt]he\s+(?:(?:armed|militant|rebel|separatist|opposition|Islamist|political|pro-[\p{L}-]+)\s+)?(group|movement|party|front|militia|faction|alliance|coalition|organi[sz]ation|rebels|insurgents)\b/u;
// Names of state bodies, which "the group" never means.
const STATE_BODY = /\b(?:ministry|government|department|office|agency|court|parliament|senate|council|commission|bank|embassy|police|army|forces|nations|presidency|kremlin|cabinet|assembly|union)\b/i;
// "Its energy ministry", "its foreign ministry", "its government": a body of the country just spoken of.
const ITS_BODY = /^\s*[Ii]ts\s+((?:[\p{L}-]+\s+){0,2}?)(ministry|government|cabinet|embassy|military|army|foreign\s+office)\b/u;
const REACH = 1500;

/**
 * The speaker of a descriptive subject that names no entity: "the monarch" is the latest person named with a
 * sovereign's title; "the group" the latest non-state organisation; "its energy ministry" that ministry of the
 * country the previous sentence speaks of when the entity stage found it, else that country.
 */
export function descriptiveSpeaker(body: string, start: number, end: number, memory: SpeakerMemory, mentions: MentionIndex): ResolvedSpeaker | null {
  const phrase = body.slice(start, end);
  const offset = phrase.length - phrase.trimStart().length;
  const at = (m: RegExpExecArray, ref: EntityRef | null): ResolvedSpeaker | null =>
    ref && classifySubjectGap(phrase.slice(m[0].length)) !== 'none' ? { ref, start: start + offset, end: start + m[0].length, via: 'pronoun' } : null;
  const before = mentions.within(Math.max(0, start - REACH), start);
  const sovereign = SOVEREIGN.exec(phrase);
  if (sovereign) return at(sovereign, latest(before, (m) => m.ref.kind === 'Person' && (SOVEREIGN_TITLE.test(body.slice(Math.max(0, m.start - 30), m.start)) || memory.hasTitle(m.ref, SOVEREIGN_TITLE)))?.ref ?? null);
  const group = GROUP.exec(phrase);
  if (group) return at(group, latest(before, (m) => m.ref.kind === 'Organization' && !STATE_BODY.test(m.ref.name))?.ref ?? null);
  const its = ITS_BODY.exec(phrase);
  if (its) return at(its, countryBody(its, start, before, memory, mentions));
  return null;
}

/** The latest mention that `keep` accepts. */
function latest(list: readonly EntityMention[], keep: (m: EntityMention) => boolean): EntityMention | null {
  for (let i = list.length - 1; i >= 0; i--) if (keep(list[i] as EntityMention)) return list[i] as EntityMention;
  return null;
}

/** For "its <portfolio> ministry": the country the previous sentence opens with (else the latest named), or its ministry of that portfolio when the entity stage has one. */
function countryBody(its: RegExpExecArray, start: number, before: readonly EntityMention[], memory: SpeakerMemory, mentions: MentionIndex): EntityRef | null {
  const sentence = memory.sentenceStart(start);
  const previous = memory.sentenceStart(Math.max(0, sentence - 1));
  const country = before.find((m) => m.ref.kind === 'Country' && m.start >= previous && m.start < sentence) ?? latest(before, (m) => m.ref.kind === 'Country');
  if (!country) return null;
  const portfolio = (its[1] ?? '').trim().toLowerCase();
  if (its[2]?.toLowerCase() !== 'ministry' || !portfolio) return country.ref;
  const name = country.ref.name.toLowerCase();
  const ministry = mentions.all().find((m) => {
    const n = m.ref.name.toLowerCase();
    return m.ref.kind === 'Organization' && n.includes('ministry') && n.includes(portfolio) && n.includes(name);
  });
  return ministry?.ref ?? country.ref;
}
