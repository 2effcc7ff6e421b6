import { addMention, countryAt } from '../context';
import type { EntityContext, EntityRule, OrganizationEntry } from '../context';
import { registerOrganization } from '../registry';

const MINISTRY_SUBJECTS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'energy', 'information', 'home', 'education', 'agriculture', 'culture', 'emergencies', 'emergency', 'commerce']);
const BODY_HEADS: Record<string, { kind: string; type: OrganizationEntry['type'] }> = {
  ministry: { kind: 'ministry', type: 'ministry' }, ministries: { kind: 'ministry', type: 'ministry' },
  army: { kind: 'armed-forces', type: 'military' }, military: { kind: 'armed-forces', type: 'military' }, forces: { kind: 'armed-forces', type: 'military' },
  navy: { kind: 'navy', type: 'military' }, coastguard: { kind: 'coast-guard', type: 'military' }, troops: { kind: 'armed-forces', type: 'military' },
  parliament: { kind: 'parliament', type: 'parliament' }, congress: { kind: 'parliament', type: 'parliament' }, legislature: { kind: 'parliament', type: 'parliament' },
  embassy: { kind: 'embassy', type: 'other' },
  government: { kind: 'government', type: 'government' }, administration: { kind: 'government', type: 'government' },
};
// "military" is an adjective unless followed by a function word or punctuation ("the U.S. military has", "U.S. military as").
const AFTER_NOUN_MILITARY = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'said', 'says', 'as', 'and', 'in', 'on', 'to', 'of', 'which', 'that', 'who', 'also', 'for', 'with']);

/** The body head at token j ("Foreign Ministry", "coast guard", "air force"), as its token length, kind and type. */
function bodyHeadAt(ctx: EntityContext, j: number): { length: number; kind: string; type: OrganizationEntry['type'] } | null {
  const t = ctx.tokens[j];
  const n = ctx.tokens[j + 1];
  if (!t) return null;
  if (MINISTRY_SUBJECTS.has(t.lower) && n && /^ministr(y|ies)$/.test(n.lower)) return { length: 2, kind: `${t.lower === 'defense' ? 'defence' : t.lower}-ministry`, type: 'ministry' };
  if (t.lower === 'coast' && n?.lower === 'guard') return { length: 2, kind: 'coast-guard', type: 'military' };
  if (t.lower === 'air' && n?.lower === 'force') return { length: 2, kind: 'air-force', type: 'military' };
  if (t.lower === 'armed' && n?.lower === 'forces') return { length: 2, kind: 'armed-forces', type: 'military' };
  const head = BODY_HEADS[t.lower];
  if (!head || head.kind === 'embassy') return null;
  if (t.lower === 'military') {
    const after = ctx.tokens[j + 1];
    const gap = after ? ctx.body.slice(t.end, after.start) : '.';
    if (after && /^\s+$/.test(gap) && after.sentence === t.sentence && !AFTER_NOUN_MILITARY.has(after.lower)) return null;
  }
  return { length: 1, ...head };
}

/** Ministries, armed forces and parliaments named after a country: "Russian Foreign Ministry", "China's foreign ministry", "U.S. forces", "the Armenian and Azeri foreign ministries". */
export const countryBodies: EntityRule = {
  name: 'countryBodies',
  apply(ctx) {
    const { tokens, body } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const country = ctx.claimed[i] === 'country' ? countryAt(ctx, i) : undefined;
      if (!country || country.end !== tokens[i]?.end) continue;
      // Two countries sharing one head: "the Armenian and Azeri foreign ministries".
      let countries = [country];
      let j = i + 1;
      const second = tokens[j]?.lower === 'and' && ctx.claimed[j + 1] === 'country' ? countryAt(ctx, j + 1) : undefined;
      if (second) {
        let k = j + 1;
        while (tokens[k] && (tokens[k]?.end ?? 0) <= second.end) k++;
        countries = [country, second];
        j = k;
      }
      const head = bodyHeadAt(ctx, j);
      if (!head || ctx.claimed[j]) continue;
      const to = j + head.length;
      const startTok = countries.length > 1 && tokens[i - 1]?.lower === 'the' ? i - 1 : i;
      const surface = body.slice(tokens[startTok]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      for (const c of countries) {
        const iso3 = c.ref.id.slice('country:'.length);
        const label = head.type === 'ministry' ? `${head.kind.replace('-ministry', '').replace(/^./, (x) => x.toUpperCase())} Ministry of ${c.ref.name}` : surface;
        const name = head.kind === 'government' ? `Government of ${c.ref.name}` : countries.length > 1 ? label : surface.replace(/^(the|The)\s+/, '');
        const ref = registerOrganization(ctx, `${iso3}-${head.kind}`, name, head.type, c.ref.id, surface);
        addMention(ctx, countries.length > 1 ? startTok : i, to, ref, 'name');
      }
      for (let k = j; k < to; k++) ctx.claimed[k] = 'org';
      i = to - 1;
    }
  },
};
