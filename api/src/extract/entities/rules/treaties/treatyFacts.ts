import { sentenceAt } from '../../context';
import { resolveTreatyDate } from '../../treatyDates';
import { detectTreatyStatus } from '../../treatyStatus';
import type { EntityMention } from '../../types';
import { partiesIn, type TreatyPass } from './shared';

/** Parties (stated ones, else the countries of the first sentence naming the treaty), signing date and status of every treaty found. */
export const treatyFacts: TreatyPass = {
  name: 'treatyFacts',
  apply(ctx, state) {
    const byTreaty = new Map<string, EntityMention[]>();
    for (const x of ctx.mentions) if (x.ref.kind === 'Treaty') (byTreaty.get(x.ref.id) ?? byTreaty.set(x.ref.id, []).get(x.ref.id))?.push(x);
    for (const treaty of ctx.treaties.values()) {
      const spans = byTreaty.get(treaty.id) ?? [];
      const sentences = [...new Set(spans.map((x) => sentenceAt(ctx, x.start)).filter((s) => s !== undefined))];
      const first = sentences[0];
      if (first) {
        for (const p of state.stated.get(treaty.id) ?? partiesIn(ctx, first.start, first.end)) treaty.parties.add(p);
        treaty.signedAt = resolveTreatyDate(first.text, ctx.article.publishedAt);
      }
      treaty.status = detectTreatyStatus(sentences.map((s) => s.text));
    }
  },
};
