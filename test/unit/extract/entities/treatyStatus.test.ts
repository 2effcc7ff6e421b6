import { describe, expect, it } from 'vitest';
import { detectTreatyStatus } from '../../../../api/src/extract/entities/treatyStatus';

describe('detectTreatyStatus', () => {
  it('prefers the most specific status within a sentence', () => {
    expect(detectTreatyStatus(['The pact was signed but has not yet entered into force.'])).toBe('ratification pending');
    expect(detectTreatyStatus(['Kenya suspended the accord it had signed.'])).toBe('suspended');
    expect(detectTreatyStatus(['The deal, in force since 2001, holds.'])).toBe('in force');
  });

  it("takes a decisive status from any sentence, otherwise the first sentence that states one", () => {
    expect(detectTreatyStatus(["Both sides signed the pact.", "It has not yet entered into force."])).toBe("ratification pending");
    expect(detectTreatyStatus(['Talks opened on a treaty, with negotiations set to last months.', 'Both sides agreed on a timetable.'])).toBe('under negotiation');
    expect(detectTreatyStatus(['Nothing was said.'])).toBeNull();
  });
});
