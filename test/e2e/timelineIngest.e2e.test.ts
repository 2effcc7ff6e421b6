import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config/index';
import { useExplorer } from './_utils/explorer';
import { TIMELINE_CORPUS } from './_utils/timeline';

const KEY = 'e2e-timeline-ingest-key-0123456789';
/** Takes the browser's own log line of the refused request (HTTP 401) off the page's errors: it is the expected refusal, not a fault. */
function acceptRefusal(errors: string[]): void {
  const i = errors.findIndex((e) => e.includes('status of 401'));
  expect(i, 'the refused request was logged').toBeGreaterThanOrEqual(0);
  errors.splice(i, 1);
}

// The server wants a key for mutations, as a shared deployment would.
const explorer = useExplorer({ corpus: TIMELINE_CORPUS, config: loadConfig({ DIPLOGRAPH_API_KEY: KEY }) });

// The seed layout: the body, then a headline line, then a one-line summary.
const PASTED = [
  'Irish Foreign Minister Siobhan Callery praised Portugal on Friday for hosting the Atlantic fisheries talks in Porto.',
  '',
  '"Lisbon gave every delegation a fair hearing," Callery said after the closing session.',
  '',
  'The talks brought together ministers and officials from eleven Atlantic states to discuss shared quotas for hake and mackerel, a common inspection service and the protection of spawning grounds off the Azores.',
  '',
  'Ireland praises Portugal for hosting fisheries talks',
  'The Irish minister thanked the Portuguese hosts at the close of the talks.',
].join('\n');

const GOOD_LINE = JSON.stringify({
  title: 'Brazil and Morocco agree on a port survey',
  publishedAt: '2025-04-02',
  url: 'https://news.example.org/e2e-timeline/port-survey',
  text: 'Brazilian Foreign Minister Rafael Moreira welcomed Morocco on Wednesday as a partner in a joint survey of Atlantic ports. "Rabat has been a steady partner," Moreira said.',
});

describe('ingest from the browser', () => {
  it('asks for the key when the server wants one, then reports the article and highlights its new entities', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    const articles = async (): Promise<number> => Number(/([\d,]+) articles/.exec((await page.locator('.overview .stat-list').textContent()) ?? '')?.[1]?.replace(',', ''));
    await page.locator('.overview .stat-list').waitFor();
    const before = await articles();
    expect(before).toBeGreaterThan(0);
    await page.click('.dock-tab[data-tab="ingest"]');
    await page.fill('.ingest-text', PASTED);
    await page.click('.ingest-send');
    // Without the key: a clear message, and a field for the key.
    const why = page.locator('.key-box .key-why');
    await why.waitFor();
    expect(await why.textContent()).toContain('needs the server’s API key');
    expect(await page.locator('.ingest-message').textContent()).toBe('This server needs an API key to ingest. Enter it to continue.');
    expect(await page.locator('.report-row').count()).toBe(0);
    await explorer.screenshot(p, 'ingest-needs-key');
    acceptRefusal(p.errors);

    await page.fill('.key-input', KEY);
    await page.click('.use-key');
    // The server's first ingest loads the extraction pipeline: allow it time on a busy machine.
    await page.locator('#dock-ingest[data-state="done"]').waitFor({ timeout: 120_000 });
    const row = page.locator('.report-row');
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('NEW');
    expect(await row.locator('.report-title').textContent()).toBe('Ireland praises Portugal for hosting fisheries talks');
    const chips = await row.locator('.entity-chip').evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')));
    expect(chips).toEqual(expect.arrayContaining(['person:siobhan-callery', 'country:IRL']));
    // The new entities join the graph, ringed.
    await page.waitForFunction(() => /(\d+) entit/.test(document.getElementById('graph-summary')?.textContent ?? ''));
    await page.waitForFunction(() => document.getElementById('graph')?.dataset.layout === 'settled');
    expect(await page.evaluate(() => (window as unknown as { diplograph: { renderedPosition(id: string): unknown } }).diplograph.renderedPosition('person:siobhan-callery'))).not.toBeNull();
    expect(await page.locator('.ingest-message').textContent()).toMatch(/^Done: 1 article sent, \d+ new entities highlighted in the graph\.$/);
    // The overview beside the graph counts the new article without a reload.
    await expect.poll(articles, { timeout: 20_000 }).toBe(before + 1);
    await explorer.screenshot(p, 'ingest-report');
  }, 180_000);

  it('a malformed file shows its error in the report and the other files still go in (key asked once per page)', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    await page.click('.dock-tab[data-tab="ingest"]');
    await page.setInputFiles('#dock-ingest input[type="file"]', [
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"title": "Half an article", "text": ') },
      { name: 'good.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(`${GOOD_LINE}\n{not json}\n`) },
    ]);
    expect(await page.locator('.file-list').textContent()).toBe('· broken.json, good.jsonl');
    await page.click('.ingest-send');
    await page.locator('.key-input').fill(KEY);
    acceptRefusal(p.errors);
    await page.click('.use-key');
    await page.locator('#dock-ingest[data-state="done"]').waitFor({ timeout: 120_000 });
    const rows = await page.locator('.report-row').evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-status')} ${el.querySelector('.report-origin')?.textContent ?? ''} ${el.querySelector('.report-error')?.textContent ?? ''}`.trim()),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^FAILED broken\.json not valid JSON/);
    expect(rows[1]).toBe('FAILED good.jsonl, line 2 not valid JSON');
    expect(rows[2]).toBe('NEW good.jsonl, line 1');
    expect(await page.locator('.report-summary').textContent()).toBe('1 new · 0 updated · 0 unchanged · 2 failed');
    await explorer.screenshot(p, 'ingest-malformed');

    // Nothing else was lost: the good article is in the database.
    const res = await fetch(new URL('/graphql', explorer.url()), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(query: "port survey") { edges { node { title } } } }' }),
    });
    const body = (await res.json()) as { data?: { articles: { edges: { node: { title: string } }[] } } };
    expect(body.data?.articles.edges.map((e) => e.node.title)).toContain('Brazil and Morocco agree on a port survey');
  }, 180_000);
});
