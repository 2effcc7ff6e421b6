import type { EntityRef, PersonFact } from '../../types';
import type { MentionIndex } from '../mentionIndex';
import { BodyOfficers } from './bodyOfficer';
import { fitsPronoun, learnGenders, type Gender } from './pronounGender';
import type { ResolvedSpeaker } from './types';

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

  /** The latest speaker before `at` within `reach` characters (only organisations and countries when `bodiesOnly`, only those `keep` accepts when given), for a definite description ("the official said"). */
  lastSpeaker(at: number, reach: number, bodiesOnly = false, keep?: (ref: EntityRef) => boolean): EntityRef | null {
    const hit = latestEntryBefore(bodiesOnly ? this.bodies : this.speakers, at, keep ? (e) => keep(e.ref) : undefined);
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
