import type { EntityRef, PersonFact } from '../../types';
import type { MentionIndex } from '../mentionIndex';

/** Grammatical gender a text gives a person: `m` (he, Mr, spokesman), `f` (she, Ms, spokeswoman). */
export type Gender = 'm' | 'f';

const HONORIFIC = /\b(Mr|Mrs|Ms|Miss|Madam|Mme|Sir|Dame|Lady|Lord)\.?\s*$/;
const HONORIFIC_GENDER: Record<string, Gender> = { Mr: 'm', Sir: 'm', Lord: 'm', Mrs: 'f', Ms: 'f', Miss: 'f', Madam: 'f', Mme: 'f', Dame: 'f', Lady: 'f' };
const TITLE_FEMALE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess|empress|duchess|baroness|countess)\b/i;
const TITLE_MALE = /\b(?:spokesman|chairman|congressman|businessman|king|prince|emperor|duke|baron|count)\b/i;
const PRONOUN = /\b(he|his|him|she|her|hers)\b/i;

/**
 * The gender the text teaches for each person: an honorific before or inside a mention ("Ms Rojas"), a gendered
 * role title ("spokeswoman"), or the first he/she after the person in a sentence naming no one else ("X said she …").
 * Conflicting evidence leaves the person unknown, which fits either pronoun.
 */
export function learnGenders(body: string, mentions: MentionIndex, sentences: ReadonlyArray<{ start: number; end: number }>, persons: readonly PersonFact[]): Map<string, Gender> {
  const votes = new Map<string, Set<Gender>>();
  const vote = (id: string, g: Gender) => (votes.get(id) ?? votes.set(id, new Set()).get(id))?.add(g);
  for (const p of persons) {
    for (const r of p.roles) {
      if (TITLE_FEMALE.test(r.title)) vote(p.id, 'f');
      else if (TITLE_MALE.test(r.title)) vote(p.id, 'm');
    }
  }
  for (const m of mentions.all()) {
    if (m.ref.kind !== 'Person') continue;
    const h = HONORIFIC.exec(body.slice(Math.max(0, m.start - 7), m.start)) ?? /^(Mr|Mrs|Ms|Miss|Madam|Mme|Sir|Dame|Lady|Lord)\b/.exec(m.text);
    const g = h?.[1] ? HONORIFIC_GENDER[h[1]] : undefined;
    if (g) vote(m.ref.id, g);
  }
  for (const s of sentences) {
    const people = mentions.within(s.start, s.end).filter((m) => m.ref.kind === 'Person');
    const first = people[0];
    if (!first || people.some((m) => m.ref.id !== first.ref.id)) continue;
    const p = PRONOUN.exec(body.slice(first.end, s.end));
    if (p?.[1]) vote(first.ref.id, /^(?:he|his|him)$/i.test(p[1]) ? 'm' : 'f');
  }
  const out = new Map<string, Gender>();
  for (const [id, gs] of votes) if (gs.size === 1) out.set(id, [...gs][0] as Gender);
  return out;
}

/** Whether a person may be the referent of a he/she pronoun, given what the text taught. */
export function fitsPronoun(genders: ReadonlyMap<string, Gender>, person: EntityRef, pronoun: 'he' | 'she'): boolean {
  const g = genders.get(person.id);
  return g === undefined || g === (pronoun === 'he' ? 'm' : 'f');
}
