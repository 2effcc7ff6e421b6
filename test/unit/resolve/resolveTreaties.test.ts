import { describe, expect, it } from 'vitest';
import { resolveTreaties, treatyPartySetsOf, type KnownTreaty } from '../../../api/src/resolve/resolveTreaties';
import { addCountry, addStatement, addTreaty, fixture, type StoreFixture } from '../../_utils/storeFixtures';

const PARTIES = ['country:KEN', 'country:PRT'];

// An article naming one Kenya–Portugal treaty by `form`, and a statement of Kenya about it.
function article(id: string, treatyId: string, name: string, form: string): StoreFixture {
  const f = fixture(id, `Kenya said on Friday that ${form} with Portugal would open new routes.`, '2026-02-06');
  const kenya = addCountry(f, 'KEN', 'Kenya', ['Kenya']);
  addCountry(f, 'PRT', 'Portugal', ['Portugal']);
  const treaty = addTreaty(f, treatyId, name, [form], PARTIES, null, null);
  addStatement(f, kenya, 'Kenya said', 'said', [treaty]);
  return f;
}

const long = () => article('art:kp-long', 'treaty:kenya-portugal-maritime-transport-treaty', 'Kenya–Portugal maritime transport treaty', 'the maritime transport treaty');
const bare = () => article('art:kp-bare', 'treaty:kenya-portugal-treaty', 'Kenya–Portugal treaty', 'the treaty');
const stored = (id: string, name: string, pinned = false): KnownTreaty => ({ id, name, parties: PARTIES, mentions: 3, pinned });

describe('resolveTreaties', () => {
  it('moves a shorter name of the batch onto the longer one, with its name, keeping its own as an alias, statements included', () => {
    const out = resolveTreaties([long().extraction, bare().extraction], []);
    expect(out.merges).toEqual([{ articleId: 'art:kp-bare', fromId: 'treaty:kenya-portugal-treaty', toId: 'treaty:kenya-portugal-maritime-transport-treaty', rule: 'sameTreatyParties' }]);
    expect(out.movedStored).toEqual([]);
    const moved = out.extractions[1]!;
    expect(moved.treaties).toEqual([{
      id: 'treaty:kenya-portugal-maritime-transport-treaty', name: 'Kenya–Portugal maritime transport treaty', aliases: ['Kenya–Portugal treaty'],
      parties: PARTIES, signedAt: null, status: null, mentions: [{ start: 26, end: 36, text: 'the treaty' }],
    }]);
    expect(moved.statements[0]!.about).toEqual([{ kind: 'Treaty', id: 'treaty:kenya-portugal-maritime-transport-treaty', name: 'Kenya–Portugal maritime transport treaty' }]);
    expect(treatyPartySetsOf(out.extractions)).toEqual([PARTIES]);
  });

  it('joins a stored treaty under its stored name, and reports a stored shorter name the batch now lengthens', () => {
    const onStored = resolveTreaties([bare().extraction], [stored('treaty:kenya-portugal-maritime-transport-treaty', 'Kenya–Portugal Lisbon maritime transport treaty')]);
    expect(onStored.extractions[0]!.treaties.map((t) => [t.id, t.name])).toEqual([['treaty:kenya-portugal-maritime-transport-treaty', 'Kenya–Portugal Lisbon maritime transport treaty']]);
    const lengthened = resolveTreaties([long().extraction], [stored('treaty:kenya-portugal-treaty', 'Kenya–Portugal treaty')]);
    expect(lengthened.extractions[0]!.treaties[0]!.id).toBe('treaty:kenya-portugal-maritime-transport-treaty');
    expect(lengthened.movedStored).toEqual(['treaty:kenya-portugal-treaty']);
  });

  it('never moves a treaty an editor curated, and leaves everything alone when two treaties could take the bare name', () => {
    const pinned = resolveTreaties([long().extraction], [stored('treaty:kenya-portugal-treaty', 'Kenya–Portugal treaty', true)]);
    expect(pinned.movedStored).toEqual([]);
    const fisheries = stored('treaty:kenya-portugal-fisheries-treaty', 'Kenya–Portugal fisheries treaty');
    const ambiguous = resolveTreaties([long().extraction, bare().extraction], [fisheries]);
    expect(ambiguous.merges).toEqual([]);
    expect(ambiguous.extractions.map((x) => x.treaties[0]!.id)).toEqual(['treaty:kenya-portugal-maritime-transport-treaty', 'treaty:kenya-portugal-treaty']);
  });
});
