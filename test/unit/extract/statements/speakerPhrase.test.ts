import { describe, expect, it } from 'vitest';
import { country, org, person, statementsOf } from '../../../_utils/statements';

const sato = person('Aki Sato');
const japan = country('Japan', 'JPN');
const china = country('China', 'CHN');
const mofa = org('Japanese Foreign Ministry');

describe('about leaves out the words describing the speaker', () => {
  it('skips the title run before the speaker and the appositive up to the verb', () => {
    const body = 'Japanese Foreign Ministry spokesman Aki Sato said China had closed the port. Aki Sato, a Japanese diplomat, said later that China was wrong.';
    const { statements } = statementsOf(body, [['Aki Sato', sato], ['Japanese Foreign Ministry', mofa], ['Japanese', japan], ['China', china]]);
    expect(statements.map((s) => s.about)).toEqual([[china], [china]]);
  });

  it('keeps the speaker\'s own country when the statement speaks of "his country"', () => {
    const body = 'Japanese envoy Aki Sato said his country would not accept the plan from China.';
    const { statements } = statementsOf(body, [['Aki Sato', sato], ['Japanese', japan], ['China', china]]);
    expect(statements.map((s) => s.about)).toEqual([[japan, china]]);
  });

  it('adds the story\'s pair of countries for "both countries"', () => {
    const body = 'Japan and China resumed talks in Japan. China sent a delegation.\n\nAki Sato said both countries wanted calm.';
    const { statements } = statementsOf(body, [['Aki Sato', sato], ['Japan', japan], ['China', china]]);
    expect(statements.map((s) => s.about)).toEqual([[japan, china]]);
  });

  it('takes the pair from the opening paragraph before counting mentions', () => {
    const body = 'Japan and China resumed talks.\n\nKorea, Korea and Korea watched.\n\nAki Sato said both countries wanted calm.';
    const korea = country('South Korea', 'KOR');
    const { statements } = statementsOf(body, [['Aki Sato', sato], ['Japan', japan], ['China', china], ['Korea', korea]]);
    expect(statements.map((s) => s.about)).toEqual([[japan, china]]);
  });

  it('keeps a country inside the speaker\'s own descriptive mention when the statement speaks of "his country"', () => {
    const body = 'Aki Sato arrived. The Japanese envoy said his country would wait.';
    const { statements } = statementsOf(body, [['Aki Sato', sato], ['The Japanese envoy', sato], ['Japanese', japan]]);
    expect(statements.map((s) => [s.speaker, s.about])).toEqual([[sato, [japan]]]);
  });
});
