import { describe, expect, it } from 'vitest';
import { classifyStatement } from '../../../../api/src/extract/statements/classify';
import { lookupSpeechVerb } from '../../../../api/src/extract/statements/speechVerbs';

/** Category code and tone for a verb form after some words. */
function classify(form: string, before = 'The minister '): [string, number] {
  const verb = lookupSpeechVerb(form);
  if (!verb) throw new Error(`test: ${form} is not in the verb table`);
  const { category, tone } = classifyStatement(verb, before);
  return [category.code, tone];
}

describe('classifyStatement', () => {
  it.each([
    ['denied', '12', -4],
    ['warned', '13', -4.4],
    ['assured', '03', 4],
    ['promised', '03', 4],
    ['accused', '11', -2],
    ['criticized', '11', -2],
    ['praised', '05', 3.5],
    ['welcomed', '05', 3.5],
    ['urged', '02', 3],
    ['called on', '02', 3],
    ['said', '01', 0],
    ['emphasized', '01', 0],
    ['predicted', '01', 0],
    ['protests', '11', -2],
    ['opposed', '12', -4],
  ])('%s -> %s (%d)', (form, code, tone) => {
    expect(classify(form)).toEqual([code, tone]);
  });

  it('treats a negated verb as a plain statement', () => {
    expect([classify('denied', 'The envoy has not '), classify('threatened', 'Oslo never ')]).toEqual([['01', 0], ['01', 0]]);
  });
});
