import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const names = (text: string) => extractEntitiesFromText(text).persons.map((p) => [p.name, p.aliases]);

describe('month words inside person names', () => {
  it('reads a month word after a given name as a surname, and its honorific form as an alias', () => {
    expect(names('Theresa May, the former prime minister, said the plan was flawed. Mrs May added that it was late.')).toEqual([
      ['Theresa May', ['the former prime minister', 'May', 'Mrs May']],
    ]);
  });

  it('reads a month word opening a name before a surname, after a sentence adverb', () => {
    expect(names('Meanwhile May Haddad said growth was slow.')).toEqual([['May Haddad', []]]);
  });

  it('keeps months in dates out of names', () => {
    expect(names('In May Putin visited Beijing. Talks resumed on May 4. Since May, Rosa Paredes has led the team.')).toEqual([
      ['Rosa Paredes', []],
      ['Putin', []],
    ]);
  });
});
