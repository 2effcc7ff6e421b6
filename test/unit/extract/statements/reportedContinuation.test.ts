import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const ruiz = person('Elena Ruiz');
const vega = person('Tomas Vega');

describe('reportedContinuation', () => {
  it('gives a verbless quote paragraph after reported speech the same speaker and verb', () => {
    const body = 'Elena Ruiz said the talks had failed and she would step down.\n\n"We gave it everything. It was not enough."';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.quote])).toEqual([
      ['Elena Ruiz', 'said', null],
      ['Elena Ruiz', 'said', 'We gave it everything. It was not enough.'],
    ]);
  });

  it('chains a second quote paragraph through the ordinary continuation', () => {
    const body = 'Elena Ruiz said the deal was dead.\n\n"We gave it everything."\n\n"Nobody can say we did not try."';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements.map((s) => s.quote)).toEqual([null, 'We gave it everything.', 'Nobody can say we did not try.']);
  });

  it('does not continue across a narrative paragraph, nor into a paragraph that only holds a scare quote', () => {
    const body = 'Elena Ruiz said the deal was dead.\n\nTomas Vega arrived later.\n\n"A new chapter."\n\nElena Ruiz said the talks would go on.\n\nThe so-called "reset" was announced by officials in Lima on Monday afternoon.';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz], ['Tomas Vega', vega]]);
    expect(statements.map((s) => [s.speaker.name, s.quote])).toEqual([
      ['Elena Ruiz', null],
      ['Elena Ruiz', null],
    ]);
  });
});
