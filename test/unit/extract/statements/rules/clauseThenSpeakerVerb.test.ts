import { describe, expect, it } from 'vitest';
import { clauseThenSpeakerVerb } from '../../../../../api/src/extract/statements/rules/clauseThenSpeakerVerb';
import { describeCue, firstUnitContext } from '../../../../_utils/statements';

describe('clauseThenSpeakerVerb', () => {
  it('reads "…, X said." with a trailing time', () => {
    const body = 'The border crossing will reopen for trucks, the Ghanaian interior minister said on Monday.';
    expect(clauseThenSpeakerVerb.apply(firstUnitContext(body)).map((c) => describeCue(body, c))).toEqual([
      { verb: 'said', speaker: 'the Ghanaian interior minister', direction: 'before', content: 'The border crossing will reopen for trucks' },
    ]);
  });

  it('does not fire when the verb has an object clause', () => {
    const body = 'After the vote, the minister said the border would reopen.';
    expect(clauseThenSpeakerVerb.apply(firstUnitContext(body))).toEqual([]);
  });
});
