import { KNOWN_ORGANIZATION_INDEX } from '../../gazetteer/organizations';
import { KNOWN_ORGANIZATIONS, ORG_HEADS, PARTY_ADJECTIVES } from '../../gazetteer/organizations';
import { isTitleHead, isTitleWord } from '../../gazetteer/titles';
import { addMention, countryAt } from '../context';
import type { EntityRule } from '../context';
import { registerOrganization } from '../registry';
import { isCapitalActing } from './capitalAsGovernment';
import { isOutletSource } from './newsOutletSource';

const MEMBER_WORDS = new Set(['mps', 'lawmakers', 'legislators', 'senators', 'members', 'leader', 'leadership', 'backbenchers', 'candidate', 'candidates', 'voters', 'rebels', 'majority', 'congressmen', 'congresswomen']);
/** International organisations, government seats and agencies from the gazetteer; acronyms and full names share one id; agencies and buildings count only when they act. */
export const knownOrganizations: EntityRule = {
  name: 'knownOrganizations',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.claimed[i]) continue;
      const party = PARTY_ADJECTIVES[tokens[i]?.text ?? ''];
      if (party && MEMBER_WORDS.has(tokens[i + 1]?.lower ?? '')) {
        const known = KNOWN_ORGANIZATIONS.find((o) => o.key === party);
        if (known) addMention(ctx, i, i + 1, registerOrganization(ctx, known.key, known.name, known.type, known.country ? `country:${known.country}` : null, tokens[i]?.text), 'alias', 'org');
        continue;
      }
      const hit = KNOWN_ORGANIZATION_INDEX.match(tokens, i);
      if (!hit) continue;
      const org = hit.value;
      const to = i + hit.length;
      // "Political Bureau of the Communist Party ...", "Council of the European Union": part of a longer body's name.
      let back = i - 1;
      if (tokens[back]?.text === 'the') back--;
      if (tokens[back]?.text === 'of' && ORG_HEADS.has(tokens[back - 1]?.text ?? '')) {
        i = to - 1;
        continue;
      }
      // "the AU's Peace and Security Council", "National Security Council": a multiword alias ending a longer capitalised name is another body
      // ("The" after a dateline is no name word).
      const prev = tokens[i - 1];
      const joined = prev && prev.sentence === tokens[i]?.sentence && !prev.possessive && /^\s+$/.test(ctx.body.slice(prev.end, tokens[i]?.start ?? 0));
      const before = prev?.text === 'and' ? tokens[i - 2] : prev;
      if (hit.length > 1 && joined && before?.cap && !ctx.claimed[i - (prev?.text === 'and' ? 2 : 1)] && before.indexInSentence > 0 && !isTitleHead(before.lower) && !/^(the|a|an)$/.test(before.lower)) {
        i = to - 1;
        continue;
      }
      // "the Russian Defense Department": another country's body, not the known one.
      const ownerBefore = ctx.claimed[i - 1] === 'country' ? countryAt(ctx, i - 1) : undefined;
      if (org.country && ownerBefore && ownerBefore.ref.id !== `country:${org.country}`) {
        i = to - 1;
        continue;
      }
      // "African Union Commission": a longer name headed by an organisation word is another body.
      const next = tokens[to];
      if (next && ORG_HEADS.has(next.text) && /^\s+$/.test(ctx.body.slice(tokens[to - 1]?.end ?? 0, next.start))) {
        i = to - 1;
        continue;
      }
      if (org.onlyWhenActing) {
        // "(AP)" in a dateline credits the outlet, it does not report anything in the story.
        const credited = ctx.body[(tokens[i]?.start ?? 0) - 1] === '(' && ctx.body[tokens[to - 1]?.end ?? 0] === ')';
        // "White House spokesman": a seat of government owning a title acts.
        const owningTitle = isTitleWord(tokens[to]?.lower ?? '');
        const acting = !credited && (org.type === 'agency' ? isOutletSource(ctx, i, to) : owningTitle || isCapitalActing(ctx, i, to));
        if (!acting) {
          for (let k = i; k < to; k++) ctx.claimed[k] = 'blocked';
          i = to - 1;
          continue;
        }
      }
      const surface = ctx.body.slice(tokens[i]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      const ref = registerOrganization(ctx, org.key, org.name, org.type, org.country ? `country:${org.country}` : null, surface);
      addMention(ctx, i, to, ref, surface === org.name ? 'name' : /^[A-Z.+-]+$/.test(surface) ? 'acronym' : 'alias', 'org');
      i = to - 1;
    }
  },
};
