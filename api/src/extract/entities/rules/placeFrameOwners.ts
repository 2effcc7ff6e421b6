import { countryRef } from '../context';
import type { EntityRule } from '../context';
import { placeFrameCountry } from '../placeFrame';

// National offices and officials whose owner a place frame may state ("In Washington, Senator X said").
const NATIONAL = /\b(president|vice[- ]president|prime minister|premier|chancellor|minister|secretary of state|foreign secretary|senator|lawmaker|spokes(?:man|woman|person)|ambassador|national security advis[eo]r)\b/i;
const NOT_NATIONAL = /\b(secretary[- ]general|director[- ]general|commissioner|party|opposition|shadow|chief executive|UN|U\.N\.)\b/i;

/** A national title stated without owner in a sentence that opens with a place frame ("In Beijing, Vice Foreign Minister X said") belongs to that country. */
export const placeFrameOwners: EntityRule = {
  name: 'placeFrameOwners',
  apply(ctx) {
    for (const person of ctx.persons.values()) {
      person.roles = person.roles.map((role) => {
        if (role.of || !role.span || !NATIONAL.test(role.title) || NOT_NATIONAL.test(role.title)) return role;
        const sentence = ctx.sentences.findIndex((s) => s.start === role.span?.start);
        const iso3 = sentence >= 0 ? placeFrameCountry(ctx, sentence) : null;
        return iso3 ? { ...role, of: countryRef(ctx, iso3) } : role;
      });
    }
  },
};
