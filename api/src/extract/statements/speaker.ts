import type { EntityMention } from '../entities/types';
import type { EntityRef, PersonFact } from '../types';
import type { MentionIndex } from './mentionIndex';
import type { Cue } from './rules/index';
import { BodyOfficers } from './bodyOfficer';
import { definiteDescription } from './definiteDescription';
import { fitsPronoun, learnGenders, type Gender } from './pronounGender';
import { classifySubjectGap, trailingPronoun } from './subjectGap';
import { hasUnknownNamedSubject } from './unknownSubject';

/** A resolved speaker and the body range of the words that named it. */
export interface ResolvedSpeaker {
  ref: EntityRef;
  start: number;
  end: number;
  via: 'mention' | 'pronoun';
  /** Further parties of a joint subject ("X and Y said"). */
  co?: EntityRef[];
}

// Only titles, demonyms and determiners may precede a sentence's subject ("Addressing Netanyahu, he said" has none).
// Lowercase title words may sit in a pre-name title ("Venezuelan leader X"); a determiner phrase may stand in apposition ("The shadow minister, X,").
// Portfolio words and connectors inside a title ("Minister for Defence Industry X", "defence industry minister X").
const TITLE_WORD = String.raw`(?:leader|president|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|chief|head|official|adviser|advisor|chairman|chairwoman|chair|director|general|deputy|foreign|prime|vice|former|shadow|opposition|star|commander|governor|mayor|senator|lawmaker|negotiator|diplomat|counterpart|his|her|their|its|for|of|and|defen[cs]e|industry|trade|finance|energy|affairs|interior|justice|health|economy|security|state|agriculture|transport|environment|senior|top|acting|interim)`;
// A short opening adverbial with a comma ("Later, X …", "On Tuesday, X …", "Speaking to reporters, X …") still leaves X the subject.
const OPENER = String.raw`(?:\p{Lu}\p{L}*(?:\s+[\p{L}\d]+){0,5},\s+)?`;
const SUBJECT_PREFIX = new RegExp(String.raw`^${OPENER}(?:(?:(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.'’\-]*(?<!ing)|${TITLE_WORD})\s+){0,6}|(?:[Tt]he|[Aa]n?)\s+[^,.;:"“”]{1,60},\s*)$`, 'u');

/** Remembers who spoke or stood as a sentence subject, so "he" and "it" can be resolved. */
export class SpeakerMemory {
  private readonly persons: Array<{ at: number; ref: EntityRef }> = [];
  private readonly bodies: Array<{ at: number; ref: EntityRef }> = [];
  private readonly speakers: Array<{ at: number; ref: EntityRef }> = [];
  private readonly anyPerson: Array<{ at: number; ref: EntityRef }> = [];
  private readonly joints: Array<{ at: number; speaker: ResolvedSpeaker }> = [];
  private readonly sentenceStarts: number[] = [];

  private readonly roleOwners = new Map<string, EntityRef>();
  private readonly roleTitles = new Map<string, string>();
  private readonly genders: Map<string, Gender>;
  /** Officers of each body, for "the WTO chief said". */
  readonly officers: BodyOfficers;

  /** Records sentence-initial person mentions (subjects) from the sentences and their mentions, and the country or organisation each person's first role is of. */
  constructor(mentions: MentionIndex, sentences: ReadonlyArray<{ start: number; end: number }>, persons: readonly PersonFact[] = [], body = '') {
    this.officers = new BodyOfficers(persons);
    this.genders = learnGenders(body, mentions, sentences, persons);
    for (const p of persons) {
      this.roleTitles.set(p.id, p.roles.map((r) => r.title).join('; '));
      const of = p.roles.find((r) => r.of !== null)?.of;
      if (of) this.roleOwners.set(p.id, of);
    }
    for (const s of sentences) {
      this.sentenceStarts.push(s.start);
      const first = mentions.within(s.start, s.end).find((m) => m.ref.kind === 'Person');
      if (first && SUBJECT_PREFIX.test(mentions.textBetween(s.start, first.start))) this.persons.push({ at: first.start, ref: first.ref });
    }
    this.persons.sort((a, b) => a.at - b.at);
    for (const m of mentions.all()) if (m.ref.kind === 'Person') this.anyPerson.push({ at: m.start, ref: m.ref });
  }

  /** Body offset where the sentence holding `at` starts (0 when unknown). */
  sentenceStart(at: number): number {
    let best = 0;
    for (const start of this.sentenceStarts) if (start <= at && start > best) best = start;
    return best;
  }

  /** The country or organisation a person holds a role of, or null. */
  bodyOf(person: EntityRef): EntityRef | null {
    return this.roleOwners.get(person.id) ?? null;
  }

  /** Whether one of the person's role titles matches `title`. */
  hasTitle(person: EntityRef, title: RegExp): boolean {
    return title.test(this.roleTitles.get(person.id) ?? '');
  }

  /** Notes a resolved speaker at body offset `at`. */
  remember(ref: EntityRef, at: number): void {
    (ref.kind === 'Person' ? this.persons : this.bodies).push({ at, ref });
    this.speakers.push({ at, ref });
  }

  /** Notes a joint speaker ("X and Y said"), which a later "they" may refer to. */
  rememberJoint(speaker: ResolvedSpeaker, at: number): void {
    if (speaker.co && speaker.co.length > 0) this.joints.push({ at, speaker });
  }

  /** The latest joint speaker before `at` within `reach` characters. */
  lastJoint(at: number, reach: number): ResolvedSpeaker | null {
    const hit = latestEntryBefore(this.joints, at);
    return hit && at - hit.at <= reach ? hit.speaker : null;
  }

  /** The speaker (a joint one first) of a statement made in the sentence holding `at`, or null. */
  speakerOfSentence(at: number): ResolvedSpeaker | null {
    const sentence = this.sentenceStart(at);
    const joint = this.joints.find((j) => this.sentenceStart(j.at) === sentence);
    if (joint) return joint.speaker;
    const single = this.speakers.find((e) => this.sentenceStart(e.at) === sentence);
    return single ? { ref: single.ref, start: single.at, end: single.at, via: 'mention' } : null;
  }

  /** The latest speaker before `at` within `reach` characters (only organisations and countries when `bodiesOnly`), for a definite description ("the official said"). */
  lastSpeaker(at: number, reach: number, bodiesOnly = false): EntityRef | null {
    const hit = latestEntryBefore(bodiesOnly ? this.bodies : this.speakers, at);
    return hit && at - hit.at <= reach ? hit.ref : null;
  }

  /** The entity a pronoun at `at` most likely stands for, or null ("they" and "we" stay unresolved). */
  resolvePronoun(pronoun: string, at: number): EntityRef | null {
    // With no person named as a subject yet, "he" is the last person named at all ("… led by X. He said …").
    // A person the text calls "she" (Ms, spokeswoman, "she said") is not the referent of "he", and the reverse.
    if (pronoun === 'he' || pronoun === 'she') {
      const fits = (e: { ref: EntityRef }) => fitsPronoun(this.genders, e.ref, pronoun);
      return latestBefore(this.persons, at, fits) ?? latestBefore(this.anyPerson, at, fits);
    }
    if (pronoun === 'it') {
      const hit = latestEntryBefore(this.bodies, at);
      return hit && at - hit.at < 600 ? hit.ref : null;
    }
    return null;
  }
}

/** The latest entry's ref strictly before `at` (among those `keep` accepts). */
function latestBefore(list: ReadonlyArray<{ at: number; ref: EntityRef }>, at: number, keep?: (e: { at: number; ref: EntityRef }) => boolean): EntityRef | null {
  return latestEntryBefore(list, at, keep)?.ref ?? null;
}

/** The latest entry strictly before `at` (among those `keep` accepts). */
function latestEntryBefore<T extends { at: number }>(list: readonly T[], at: number, keep?: (e: T) => boolean): T | null {
  let best: T | null = null;
  for (const e of list) if (e.at < at && (!best || e.at >= best.at) && (!keep || keep(e))) best = e;
  return best;
}

/** Finds the speaker of a cue among the mentions of its speaker range, or through a pronoun; null when none fits. */
export function resolveSpeaker(cue: Cue, body: string, mentions: MentionIndex, memory: SpeakerMemory): ResolvedSpeaker | null {
  const { start, end, direction } = cue.speaker;
  const inRange = mentions.speakersWithin(start, end);
  if (direction === 'after') {
    const pick = inRange.find((m) => m.ref.kind === 'Person') ?? inRange[0];
    if (pick) return fromMention(pick);
    // "according to her"
    const object = /^\s*(him|her)\b/i.exec(body.slice(start, end));
    const ref = object ? memory.resolvePronoun(object[1]?.toLowerCase() === 'her' ? 'she' : 'he', start) : null;
    if (ref && object) return { ref, start: start + object.index, end: start + object[0].length, via: 'pronoun' };
    return definiteDescription(body, start, end, memory, mentions);
  }
  const resolved = resolveSubject(cue, body, inRange, mentions, memory) ?? definiteSubject(body, start, end, inRange, memory, mentions);
  // "The WTO chief said": the body's one officer of that title, when the entity stage knows them.
  if (resolved?.via === 'mention' && resolved.ref.kind !== 'Person' && !resolved.co) {
    const officer = memory.officers.officerNamedAfter(resolved.ref, body.slice(resolved.end, end));
    if (officer) return { ...resolved, ref: officer };
  }
  // A name the entity stage missed, before an appositive ("Maria Ortiz, an economist at the IMF, said"), is the real subject.
  if (resolved?.via === 'mention' && body.slice(resolved.end, end).includes(',') && hasUnknownNamedSubject(body, start, resolved.start, mentions)) return null;
  // A subject inside a condition ("… if Russia guaranteed their safety") makes no statement.
  if (resolved && CONDITIONAL_BEFORE.test(body.slice(Math.max(0, resolved.start - 16), resolved.start))) return null;
  return resolved;
}

/** A definite description as the subject: the whole speaker phrase when it names no entity, else its part after the last comma ("…, the two nations said"). */
function definiteSubject(body: string, start: number, end: number, inRange: EntityMention[], memory: SpeakerMemory, mentions: MentionIndex): ResolvedSpeaker | null {
  if (inRange.length === 0) return definiteDescription(body, start, end, memory, mentions);
  const comma = body.lastIndexOf(',', end);
  const last = inRange[inRange.length - 1] as EntityMention;
  if (comma < last.end || end - comma > 60) return null;
  return definiteDescription(body, comma + 1, end, memory, mentions);
}

// Conjunctions after which a pronoun subject refers inside its own sentence.
const SUBORDINATE_BEFORE = /\b(?:where|when|while|as|after|because|since|that|which)\s+$/;

// Conjunctions that open a condition or an indirect question rather than a report.
const CONDITIONAL_BEFORE = /\b(?:if|unless|whether|once|until)\s+(?:the\s+)?$/i;

/** The subject of a verb whose speaker precedes it: a mention with a clean gap, an appositive's head, a pronoun or a participle's sentence subject. */
function resolveSubject(cue: Cue, body: string, inRange: EntityMention[], mentions: MentionIndex, memory: SpeakerMemory): ResolvedSpeaker | null {
  const { start, end } = cue.speaker;
  const pronoun = trailingPronoun(body.slice(start, end));
  let weak: EntityMention | null = null;
  for (let i = inRange.length - 1; i >= 0; i--) {
    const m = inRange[i] as EntityMention;
    if (pronoun && m.end <= start + pronoun.index) break;
    const kind = classifySubjectGap(body.slice(m.end, end));
    if (kind === 'direct' && !weak) return jointSpeaker(inRange, i, body);
    // "The Polisario Front's envoy to the UN, Sidi Omar, said": the person between the commas, not a body in the title.
    if (kind === 'appositive') return weak?.ref.kind === 'Person' && m.ref.kind !== 'Person' && /^[^,]*,\s*$/.test(body.slice(m.end, weak.start)) ? fromMention(weak) : fromMention(m);
    if (kind === 'weak' && !weak) weak = m;
  }
  if (weak) return fromMention(weak);
  if (pronoun) {
    const at = start + pronoun.index;
    // In a subordinate clause ("… comments made by X at a dinner, where he said …") "he" is a person of the same sentence.
    const local = SUBORDINATE_BEFORE.test(body.slice(Math.max(start, at - 12), at)) && /^[Hh]e|^[Ss]he/.test(pronoun.pronoun)
      ? mentions.speakersWithin(memory.sentenceStart(at), at).find((m) => m.ref.kind === 'Person')
      : undefined;
    if (pronoun.pronoun === 'they') {
      const joint = jointBefore(inRange, at, body) ?? memory.lastJoint(at, 600);
      return joint ? { ...joint, start: at, end: at + pronoun.pronoun.length, via: 'pronoun' } : null;
    }
    const ref = local?.ref ?? memory.resolvePronoun(pronoun.pronoun, at);
    return ref ? { ref, start: start + pronoun.index, end: start + pronoun.index + pronoun.pronoun.length, via: 'pronoun' } : null;
  }
  // A participle after a comma ("…, saying that …") takes the subject that opens its sentence.
  if (/ing$/i.test(cue.hit.text) && /,\s*$/.test(body.slice(start, end))) {
    const first = inRange[0];
    if (first && first.start - start <= 40) return fromMention(first);
  }
  return null;
}

/** For a joint subject ("X and Y said") the first-named party of the same kind with the other as co-speaker, else the mention itself. */
function jointSpeaker(inRange: EntityMention[], index: number, body: string): ResolvedSpeaker {
  const m = inRange[index] as EntityMention;
  for (let j = index - 1; j >= 0; j--) {
    const p = inRange[j] as EntityMention;
    if (p.ref.kind !== m.ref.kind) continue;
    // One shared mention of two bodies ("the Armenian and Azeri foreign ministries") is a joint subject too.
    const shared = p.start === m.start && p.end === m.end;
    if ((!shared && !JOINT_GAP.test(body.slice(p.end, m.start))) || p.ref.id === m.ref.id) break;
    return { ...fromMention(p), end: m.end, co: [m.ref] };
  }
  return fromMention(m);
}

/** "They" refers to a joint subject of its own sentence ("The Armenian and Azeri ministries …, in which they said"); else it stays unresolved. */
function jointBefore(inRange: EntityMention[], at: number, body: string): ResolvedSpeaker | null {
  const before = inRange.filter((m) => m.end <= at);
  for (let i = 1; i < before.length; i++) {
    const joint = jointSpeaker(before, i, body);
    if (joint.co) return joint;
  }
  return null;
}

// "and" plus any title words between two parties of a joint statement.
const JOINT_GAP = /^\s+and\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+)*$/u;

/** A resolved speaker taken from a mention. */
function fromMention(m: EntityMention): ResolvedSpeaker {
  return { ref: m.ref, start: m.start, end: m.end, via: 'mention' };
}
