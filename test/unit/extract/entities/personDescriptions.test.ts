import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const descriptions = (r: ReturnType<typeof extractEntitiesFromText>) => r.mentions.filter((m) => m.form === 'description' && m.ref.kind === 'Person').map((m) => `${m.text}=${m.ref.name}`);

describe('personDescriptions rule', () => {
  it('links "the head of X diplomacy" and "the top diplomat" to the foreign minister', () => {
    const r = extractEntitiesFromText('Chilean Foreign Minister Pablo Rojas landed. The head of Chilean diplomacy said little. The top diplomat left.');
    expect(descriptions(r)).toEqual(['The head of Chilean diplomacy=Pablo Rojas', 'The top diplomat=Pablo Rojas']);
  });

  it('links "the <demonym> leader" to the person leading that country, not another', () => {
    const r = extractEntitiesFromText('Kenyan President Ruth Kamau met Chilean Foreign Minister Pablo Rojas. The Kenyan leader smiled.');
    expect(descriptions(r)).toEqual(['The Kenyan leader=Ruth Kamau']);
  });

  it('leaves a description unlinked when no role fits', () => {
    const r = extractEntitiesFromText('Pablo Rojas arrived. The Kenyan leader smiled.');
    expect(descriptions(r)).toEqual([]);
    expect(r.issues).toEqual([
      { kind: 'entities.unresolved-description', message: 'extractEntities: no person with a matching role for "The Kenyan leader"; it stays unlinked.', span: { start: 21, end: 38 } },
    ]);
  });

  it('reads possessive owners and generic titles, linking to the latest fitting person', () => {
    const r = extractEntitiesFromText("Chilean Foreign Minister Pablo Rojas met Peruvian President Ana Soto. Chile's top diplomat said the minister would return. The Peruvian president smiled.");
    expect(descriptions(r)).toEqual(["Chile's top diplomat=Pablo Rojas", 'the minister=Pablo Rojas', 'The Peruvian president=Ana Soto']);
  });
});
