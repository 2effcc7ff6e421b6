import { isCommonWord } from '../../gazetteer/nameLexicon';
import { isTitleWord } from '../../gazetteer/titles';
import { addMention } from '../context';
import { gapBefore, isOrganizationNameToken } from '../nameTokens';
import type { EntityContext, EntityRule, OrganizationEntry } from '../context';
import type { EntityRef } from '../../types';
import { registerOrganization } from '../registry';
import { isOutletSource } from './newsOutletSource';

/** A cue noun before a name: the words that must precede it (any when empty), the type it gives, and whether it names a news outlet. */
interface Cue {
  before: Set<string>;
  type: OrganizationEntry['type'];
  outlet: boolean;
}

const ANY = new Set<string>();
const GROUP_KINDS = new Set(['rights', 'advocacy', 'aid', 'campaign', 'lobby', 'militant', 'rebel', 'armed', 'opposition', 'environmental', 'research', 'pressure', 'humanitarian', 'industry', 'jihadist', 'insurgent', 'paramilitary', 'monitoring', 'watchdog', 'activist', 'separatist', 'business', 'human']);
const FIRM_KINDS = new Set(['consulting', 'law', 'security', 'research', 'investment', 'accounting', 'analytics', 'risk', 'advisory', 'defence', 'defense', 'tech', 'technology', 'energy', 'lobbying', 'polling', 'private', 'state-owned', 'engineering', 'mining', 'shipping']);
const CUES: Record<string, Cue> = {
  group: { before: GROUP_KINDS, type: 'other', outlet: false },
  organisation: { before: GROUP_KINDS, type: 'other', outlet: false },
  organization: { before: GROUP_KINDS, type: 'other', outlet: false },
  tank: { before: new Set(['think']), type: 'other', outlet: false },
  firm: { before: FIRM_KINDS, type: 'other', outlet: false },
  consultancy: { before: ANY, type: 'other', outlet: false },
  company: { before: ANY, type: 'other', outlet: false },
  carmaker: { before: ANY, type: 'other', outlet: false },
  automaker: { before: ANY, type: 'other', outlet: false },
  conglomerate: { before: ANY, type: 'other', outlet: false },
  lender: { before: ANY, type: 'other', outlet: false },
  insurer: { before: ANY, type: 'other', outlet: false },
  chipmaker: { before: ANY, type: 'other', outlet: false },
  shipbuilder: { before: ANY, type: 'other', outlet: false },
  charity: { before: ANY, type: 'other', outlet: false },
  watchdog: { before: ANY, type: 'other', outlet: false },
  ngo: { before: ANY, type: 'other', outlet: false },
  club: { before: ANY, type: 'other', outlet: false },
  newspaper: { before: ANY, type: 'agency', outlet: true },
  daily: { before: ANY, type: 'agency', outlet: true },
  broadcaster: { before: ANY, type: 'agency', outlet: true },
  tabloid: { before: ANY, type: 'agency', outlet: true },
  magazine: { before: ANY, type: 'agency', outlet: true },
  outlet: { before: new Set(['news', 'media']), type: 'agency', outlet: true },
  agency: { before: new Set(['news']), type: 'agency', outlet: true },
};

/** Whether a word is a cue noun that introduces a name ("Carmaker Volta Motors"): never part of the name itself. */
export function isOrganizationCue(lower: string): boolean {
  return Object.hasOwn(CUES, lower) && (CUES[lower]?.before.size ?? 1) === 0;
}

// Lowercase kinds written after a name.
const POSTFIX_CUES = new Set(['party', 'movement']);

function canJoin(ctx: EntityContext, k: number, first: number): boolean {
  return isOrganizationNameToken(ctx, k, first) && /^\s+$/.test(gapBefore(ctx, k));
}

/** Names introduced by a cue noun: "rights group X", "consultancy X", "think tank X", "the newspaper X" (an outlet only when it is a source), "the ruling X party"; later repeats of the name link to it. */
export const organizationCues: EntityRule = {
  name: 'organizationCues',
  apply(ctx) {
    const { tokens, body } = ctx;
    const found: Array<{ words: string[]; ref: EntityRef }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const cue = t && !t.possessive ? CUES[t.lower] : undefined;
      if (!t || !cue || ctx.claimed[i]) continue;
      if (cue.before.size > 0 && !cue.before.has(tokens[i - 1]?.lower ?? '')) continue;
      let to = i + 1;
      while (to - i <= 4 && canJoin(ctx, to, i + 1)) to++;
      // Every word a country name ("the newspaper Egypt"): not a name.
      if (to === i + 1 || tokens.slice(i + 1, to).every((_, k) => ctx.claimed[i + 1 + k] === 'country')) continue;
      // A cued outlet that only receives ("told the newspaper X") is neither an organisation nor a person.
      if (cue.outlet && !isOutletSource(ctx, i + 1, to)) {
        for (let k = i + 1; k < to; k++) ctx.claimed[k] ??= 'blocked';
        i = to - 1;
        continue;
      }
      const surface = body.slice(tokens[i + 1]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      const ref = registerOrganization(ctx, surface, surface, cue.type, null, surface);
      addMention(ctx, i + 1, to, ref, 'name', 'org');
      found.push({ words: tokens.slice(i + 1, to).map((x) => x.text), ref });
      i = to - 1;
    }
    // A name before a lowercase kind: "the ruling Fidesz party", "the Likud-led bloc" is left alone.
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !POSTFIX_CUES.has(t.text) || ctx.claimed[i]) continue;
      let from = i;
      while (from > 0 && i - from < 3 && tokens[from - 1]?.cap && !ctx.claimed[from - 1] && !tokens[from - 1]?.possessive && tokens[from - 1]?.sentence === t.sentence && !isTitleWord(tokens[from - 1]?.lower ?? '') && /^\s+$/.test(body.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))) from--;
      if (from === i || (i - from === 1 && isCommonWord(tokens[from]?.text ?? '')) || tokens[from]?.indexInSentence === 0) continue;
      const surface = body.slice(tokens[from]?.start ?? 0, tokens[i - 1]?.end ?? 0);
      const ref = registerOrganization(ctx, surface, surface, 'party', null, `${surface} ${t.text}`);
      addMention(ctx, from, i + 1, ref, 'name', 'org');
      found.push({ words: tokens.slice(from, i).map((x) => x.text), ref });
    }
    // Later repeats of a cued name ("Andes Risk said ...").
    for (const { words, ref } of found) {
      for (let i = 0; i < tokens.length; i++) {
        if (ctx.claimed[i] || tokens[i]?.text !== words[0]) continue;
        if (words.every((w, k) => tokens[i + k]?.text === w && !ctx.claimed[i + k])) addMention(ctx, i, i + words.length, ref, 'name', 'org');
      }
    }
  },
};
