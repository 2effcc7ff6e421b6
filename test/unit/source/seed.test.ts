import { describe, expect, it } from 'vitest';
import { readSeedText } from '../../../api/src/source/formats/seed';

const BODY = [
  'The foreign minister of Atlantis said on Tuesday that his government had not asked anyone for help with the harbour project.',
  '"We have everything we need," he told reporters in the capital, adding that the project would be finished by the end of the year.',
  'Officials from the neighbouring kingdom declined to comment on the remarks when they were asked about them later in the day.',
].join('\n');

describe('readSeedText', () => {
  it('takes the last two lines as headline and summary when they are short and the body is long', () => {
    const text = `${BODY}\nAtlantis denies asking for harbour help\nThe minister said Atlantis needs no outside help.\n`;
    const { articles, issues } = readSeedText(text, { file: null });
    expect(issues).toEqual([]);
    expect(articles).toEqual([
      {
        id: expect.stringMatching(/^art:[0-9a-f]{16}$/),
        title: 'Atlantis denies asking for harbour help',
        summary: 'The minister said Atlantis needs no outside help.',
        url: null,
        publishedAt: null,
        source: null,
        body: BODY,
        origin: { file: null, line: null },
      },
    ]);
  });

  it('keeps everything as body when the would-be headline ends like a sentence', () => {
    const text = `${BODY}\nHe did not elaborate.\nThe talks continue next week.`;
    const [article] = readSeedText(text, { file: null }).articles;
    expect(article?.title).toBeNull();
    expect(article?.body).toBe(text);
  });

  it('takes a headline first line followed by a blank line as the title', () => {
    const [article] = readSeedText(`Atlantis denies asking for harbour help\n\n${BODY}`, { file: null }).articles;
    expect(article?.title).toBe('Atlantis denies asking for harbour help');
    expect(article?.summary).toBeNull();
    expect(article?.body).toBe(BODY);
  });

  it('normalises Windows line endings and a byte-order mark', () => {
    const [article] = readSeedText(`\uFEFF${BODY.replace(/\n/g, '\r\n')}`, { file: null }).articles;
    expect(article?.body).toBe(BODY);
  });

  it('reads the publication date from a dated file name, and --published-at overrides it', () => {
    expect(readSeedText(BODY, { file: 'samples/2025-03-04-talks.txt' }).articles[0]?.publishedAt).toBe('2025-03-04');
    expect(readSeedText(BODY, { file: '2025-03-04-talks.txt', publishedAt: '2025-03-05' }).articles[0]?.publishedAt).toBe('2025-03-05');
    expect(readSeedText(BODY, { file: 'talks.txt' }).articles[0]?.publishedAt).toBeNull();
  });

  it('yields one article with an empty body for empty text, for the extraction guards to report', () => {
    const { articles } = readSeedText('', { file: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.body).toBe('');
  });
});
