import { organizationId } from '../ids';
import type { EntityRule } from '../context';

// Offices only the United Nations has: a holder named without an owner still holds them at the UN, or at the UN agency the
// article names for that office ("UNHCR" for the High Commissioner for Refugees).
const UN_OFFICES: ReadonlyArray<{ title: RegExp; agency?: string }> = [
  { title: /\bhigh commissioner for refugees\b/i, agency: 'unhcr' },
  { title: /\b(special rapporteur|high commissioner for human rights|emergency relief coordinator|resident coordinator)\b/i },
];

/** "The Special Rapporteur on torture, X", "High Commissioner for Refugees X": a UN-only office stated without owner belongs to the United Nations (or, even when the UN is named, to its agency for that office), when the article names it. */
export const unOffices: EntityRule = {
  name: 'unOffices',
  apply(ctx) {
    const refOf = (key: string) => {
      const org = ctx.organizations.get(organizationId(key));
      return org ? { kind: 'Organization' as const, id: org.id, name: org.name } : null;
    };
    const un = refOf('un');
    for (const person of ctx.persons.values()) {
      person.roles = person.roles.map((r) => {
        // "deputy UN High Commissioner for Refugees" names the UN; the agency the article names for that office is the closer owner.
        const open = r.of === null || (un !== null && r.of.id === un.id);
        const office = open ? UN_OFFICES.find((o) => o.title.test(r.title)) : undefined;
        const of = office ? ((office.agency ? refOf(office.agency) : null) ?? (r.of === null ? un : null)) : null;
        return of ? { ...r, of } : r;
      });
    }
  },
};
