import type { SurnameEvidence } from '../types';
import { principalTargets } from './principalTargets';

const kindOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * The article gives the surname a role for a country or organisation ("Chile's foreign minister Novak"): a candidate who mainly
 * serves that target (`principalTargets`) scores high; one who holds it only as a rare role among others says nothing; one whose
 * roles are all for other targets of that kind (another country) scores against.
 */
export const sameRoleTarget: SurnameEvidence = {
  name: 'sameRoleTarget',
  score(mention, candidate) {
    const held = (candidate.roles ?? []).map((r) => r.target);
    if (mention.targets.length === 0 || held.length === 0) return 0;
    const principal = principalTargets(candidate);
    if (mention.targets.some((t) => principal.has(t))) return 4;
    if (mention.targets.some((t) => held.includes(t))) return 0;
    const heldKinds = new Set(held.map(kindOf));
    return mention.targets.some((t) => heldKinds.has(kindOf(t))) ? -4 : 0;
  },
};
