import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../api/src/extract/statements/quotes';

/** The quoted words of each quotation found in `body`. */
function quoted(body: string): string[] {
  return findQuotes(body).quotes.map((q) => body.slice(q.innerStart, q.innerEnd));
}

describe('findQuotes', () => {
  it('reads straight, curly, low and guillemet double quotes', () => {
    expect(quoted('"One," he said. \u201cTwo.\u201d Then \u201eThree\u201d and \u00abFour\u00bb.')).toEqual(['One,', 'Two.', 'Three', 'Four']);
  });

  it('accepts a curly opener closed by a straight mark', () => {
    expect(quoted('It was \u201cnot acceptable". Next.')).toEqual(['not acceptable']);
  });

  it('keeps apostrophes inside double quotes and skips them outside', () => {
    expect(quoted("Rome's envoy said \"we don't agree\" and the minister's aide nodded.")).toEqual(["we don't agree"]);
  });

  it('reads single quotes used as quotation marks, not apostrophes', () => {
    expect(quoted("The deal was a \u2018historic step\u2019, officials said, and Kyiv's view didn\u2019t change.")).toEqual(['historic step']);
  });

  it('does not open a quotation at a decade or pair it with a plural possessive', () => {
    expect(quoted("In the '90s the allies' talks failed, and 'never again' became a slogan.")).toEqual(['never again']);
  });

  it('cuts an unclosed quotation at the paragraph end and reports it', () => {
    const body = 'He said "this never ends.\nThe next paragraph stays outside.';
    const { quotes, issues } = findQuotes(body);
    expect(quotes.map((q) => [body.slice(q.innerStart, q.innerEnd), q.closed])).toEqual([['this never ends.', false]]);
    expect(issues.map((i) => i.kind)).toEqual(['unclosed-quote']);
  });

  it('does not report a quotation left open when the next paragraph reopens it', () => {
    const body = '"First part of the remarks.\n\n"Second part," she said.';
    const { quotes, issues } = findQuotes(body);
    expect([quotes.length, issues]).toEqual([2, []]);
  });

  it('stays linear and bounded on a huge unclosed quotation', () => {
    const body = `"${'word '.repeat(200_000)}`;
    const started = performance.now();
    const { quotes } = findQuotes(body);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(quotes[0]!.innerEnd - quotes[0]!.innerStart).toBeLessThanOrEqual(3000);
  });
});
