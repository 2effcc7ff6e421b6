import type { SurnameEvidence } from '../types';

const kindOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * The article gives the surname a role for a country or organisation ("Chile's foreign minister Novak"): a candidate holding a
 * role for the same target scores high; one whose roles are all for other targets of that kind (another country) scores against.
 */
export const sameRoleTarget: SurnameEvidence = {
  name: 'sameRoleTarget',
  score(mention, candidate) {
    const held = (candidate.roles ?? []).map((r) => r.target);
    if (mention.targets.length === 0 || held.length === 0) return 0;
    if (mention.targets.some((t) => held.includes(t))) return 4;
    const heldKinds = new Set(held.map(kindOf));
    return mention.targets.some((t) => heldKinds.has(kindOf(t))) ? -4 : 0;
  },
};
