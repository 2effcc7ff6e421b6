import { isCommonWord, isKnownOrganization, isPlaceWord } from '../../gazetteer/nameLexicon';
import { WELL_KNOWN_COMPANIES, WELL_KNOWN_SURNAMES } from '../../gazetteer/people';
import { registerOrganization } from '../registry';
import { NON_ORG_WORDS, ORG_HEADS } from '../../gazetteer/organizations';
import { HONORIFICS, isTitleWord } from '../../gazetteer/titles';
import { addMention } from '../context';
import type { EntityContext, EntityRule } from '../context';
import { findPerson, personRef, registerPerson } from '../personRegistry';
import { titleAfter, titleBefore } from '../personRoles';
import { applyTitle, PERSON_VERBS } from './personNames';

// Platforms are where something was said, never who said it.
const SOCIAL_PLATFORMS = new Set(['Twitter', 'X', 'Facebook', 'Instagram', 'YouTube', 'Telegram', 'WhatsApp', 'Weibo', 'WeChat', 'Truth Social', 'LinkedIn']);

function isCandidate(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.claimed[k]) return false;
  if (/^(al|el|ad|as|ash|abu|bin|ibn)-\p{Lu}/u.test(t.text)) return true;
  if (!t.cap) return false;
  return !(t.text.length > 1 && t.text === t.text.toUpperCase());
}

/** Whether the word after token k shows a person acting: "Lavrov said", "Okafor, who ...". */
function actsAfter(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  const n = ctx.tokens[k + 1];
  if (!t || !n || n.sentence !== t.sentence) return false;
  const gap = ctx.body.slice(t.end, n.start);
  if (/^\s+$/.test(gap) && PERSON_VERBS.has(n.lower)) return true;
  // "Putin has said", "Okafor had warned".
  const n2 = ctx.tokens[k + 2];
  if (/^\s+$/.test(gap) && /^(has|had|also|later|then)$/.test(n.lower) && n2 && PERSON_VERBS.has(n2.lower)) return true;
  return /^\s*,\s*$/.test(gap) && n.lower === 'who';
}

/** Short forms of persons: surname or given-name-only mentions ("Lavrov", "Mr Okafor", "President Hale") linked to the full name, or new single-name persons when a title or a speech verb shows it is a person. */
export const personAliases: EntityRule = {
  name: 'personAliases',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (!isCandidate(ctx, i) || isTitleWord(tokens[i]?.lower ?? '') || HONORIFICS.has(tokens[i]?.lower ?? '')) continue;
      // "Mr. Wang", "Ms Kallas": a form of address shows a person even when the word is also a common one.
      const addressed = i > 0 && /^(mr|mrs|ms|dr)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.sentence === tokens[i]?.sentence && /^\.?\s+$/.test(ctx.body.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0));
      if (isCommonWord(tokens[i]?.text ?? '') && !addressed && !findPerson(ctx, tokens[i]?.text ?? '') && !isKnownOrganization(tokens[i]?.text ?? '')) continue;
      if (ORG_HEADS.has(tokens[i]?.text ?? '') || NON_ORG_WORDS.has(tokens[i]?.text ?? '') || isPlaceWord(tokens[i]?.text ?? '')) continue;
      let to = i + 1;
      while (isCandidate(ctx, to) && !isTitleWord(tokens[to]?.lower ?? '') && tokens[to]?.sentence === tokens[i]?.sentence && /^\s+$/.test(ctx.body.slice(tokens[to - 1]?.end ?? 0, tokens[to]?.start ?? 0))) to++;
      const name = ctx.body.slice(tokens[i]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      const pre = titleBefore(ctx, i);
      if (SOCIAL_PLATFORMS.has(name)) {
        i = to - 1;
        continue;
      }
      if (WELL_KNOWN_COMPANIES.has(name) || (isKnownOrganization(name) && actsAfter(ctx, to - 1))) {
        // "Gazprom said": a company acting, not a person.
        const ref = registerOrganization(ctx, name, name, 'other', null, name);
        addMention(ctx, i, to, ref, 'name', 'org');
        i = to - 1;
        continue;
      }
      let person = findPerson(ctx, name);
      if (!person) {
        const single = to - i === 1;
        const evidence = pre !== null || addressed || actsAfter(ctx, to - 1) || WELL_KNOWN_SURNAMES.has(name);
        if (!single || !evidence || (isCommonWord(name) && pre === null && !addressed)) {
          i = to - 1;
          continue;
        }
        person = registerPerson(ctx, name, i);
      } else if (name !== person.name) person.aliases.add(name);
      const from = pre && !pre.role.of ? pre.from : i;
      if (from !== i) person.aliases.add(ctx.body.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0));
      addMention(ctx, from, to, personRef(person), from !== i ? 'alias' : 'name', 'person');
      applyTitle(ctx, person.id, pre);
      applyTitle(ctx, person.id, titleAfter(ctx, to));
      i = to - 1;
    }
  },
};
