import type { EntityRule } from '../../context';
import { describedTreaties } from './describedTreaties';
import { knownTreaties } from './knownTreaties';
import { namedTreaties } from './namedTreaties';
import { partiedCeasefires } from './partiedCeasefires';
import { quotedTitles } from './quotedTitles';
import type { TreatyPass, TreatyPassState } from './shared';
import { treatyFacts } from './treatyFacts';

/** The treaty passes in the order they run: a span one pass reads is skipped by the later ones; facts come last. */
export const TREATY_PASSES: readonly TreatyPass[] = [knownTreaties, quotedTitles, namedTreaties, partiedCeasefires, describedTreaties, treatyFacts];

/** Named treaties ("... Treaty", "the Abraham Accords") and described ones ("signed a strategic partnership treaty with X"), with parties, signing date and status; "the agreement"/"the deal" link to the last treaty. */
export const treaties: EntityRule = {
  name: 'treaties',
  apply(ctx) {
    const state: TreatyPassState = { found: [], taken: [], stated: new Map() };
    for (const pass of TREATY_PASSES) pass.apply(ctx, state);
  },
};
