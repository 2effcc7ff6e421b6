import type { EntityRef, PersonFact } from '../../types';

// "the WTO chief", "Russia's president": a title right after a body or country that names one of its officers.
const OFFICER = /^(?:['\u2019]s?)?\s+(?:(?:top|new|current|outgoing|former|deputy)\s+)?(chief|head|boss|leader|director[- ]general|director|secretary[- ]general|president|prime\s+minister|premier|chancellor|foreign\s+minister|chair(?:man|woman|person)?)\b/i;
// Heads that fit whichever single officer the body has; other titles must appear in the officer's role title.
const ANY_OFFICER = new Set(['chief', 'head', 'boss', 'leader']);

/** Persons by the body (country or organisation) they hold a role of, from the entity stage's roles. */
export class BodyOfficers {
  private readonly byBody = new Map<string, Array<{ person: EntityRef; title: string }>>();

  /** Indexes each person's roles by the body they are of. */
  constructor(persons: readonly PersonFact[]) {
    for (const p of persons) {
      const ref: EntityRef = { kind: 'Person', id: p.id, name: p.name };
      for (const r of p.roles) {
        if (!r.of) continue;
        const list = this.byBody.get(r.of.id) ?? [];
        if (!list.some((e) => e.person.id === p.id)) list.push({ person: ref, title: r.title.toLowerCase() });
        this.byBody.set(r.of.id, list);
      }
    }
  }

  /** The one person the words after a body's mention name ("… chief", "'s president"), or null when none or several fit. */
  officerNamedAfter(body: EntityRef, textAfter: string): EntityRef | null {
    const m = OFFICER.exec(textAfter);
    const head = m?.[1]?.toLowerCase().replace(/[- ]/g, ' ');
    if (!head) return null;
    const officers = this.byBody.get(body.id) ?? [];
    const fits = ANY_OFFICER.has(head) ? officers : officers.filter((o) => o.title.replace(/[- ]/g, ' ').includes(head));
    return fits.length === 1 ? (fits[0]?.person ?? null) : null;
  }
}
