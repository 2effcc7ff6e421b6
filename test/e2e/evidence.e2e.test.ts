import { describe, expect, it } from 'vitest';
import { nodePosition, searchAndPick, useExplorer, waitForGraph } from './_utils/explorer';

const explorer = useExplorer();
const EDGE = 'SPOKE_ABOUT:person:ingrid-halvorsen->country:ISL';

describe('edge evidence → article → entity', () => {
  it('shows an edge’s sentences with both ends highlighted, opens the article, and a highlight selects its entity', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    await searchAndPick(page, 'Halvorsen', 'person:ingrid-halvorsen');
    await waitForGraph(page, 3);

    const mid = await nodePosition(page, EDGE);
    await page.mouse.click(mid.x, mid.y);
    const panel = page.locator(`.edge-details[data-edge-id="${EDGE}"]`);
    await panel.waitFor();
    expect(await panel.locator('.panel-title').textContent()).toBe('●Ingrid Halvorsen spoke about → ■Iceland');
    const first = panel.locator('.evidence').first();
    expect(await first.locator('mark.hl-PERSON').first().textContent()).toMatch(/Halvorsen/);
    expect(await first.locator('mark.hl-COUNTRY').first().textContent()).toBe('Iceland');
    expect(await first.locator('.evidence-source').textContent()).toContain('Halvorsen urges Iceland to speed up ratification · 3 Jun 2025');
    await explorer.screenshot(p, 'edge-evidence');

    await first.locator('.evidence-source button').click();
    const article = page.locator('.article-view');
    await article.waitFor();
    expect(await article.locator('.panel-title').textContent()).toBe('Halvorsen urges Iceland to speed up ratification');
    expect(await article.locator('.focus').count()).toBeGreaterThan(0);
    const mentionIds = await article.locator('.mention').evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')));
    expect(new Set(mentionIds)).toEqual(new Set(['person:ingrid-halvorsen', 'person:magnus-torfason', 'country:ISL', 'country:NOR', 'treaty:north-atlantic-fisheries-accord', 'org:isl-parliament']));
    expect(await article.locator('.article-text .statement-span').count()).toBe(3);
    expect(await article.locator('.mention.hl-PERSON').first().getAttribute('aria-label')).toMatch(/\(Ingrid Halvorsen, Person\)$/);

    await article.locator('.mention[data-entity-id="person:magnus-torfason"]').first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('s') === 'person:magnus-torfason');
    await waitForGraph(page);
    expect(await page.locator('.article-view').count()).toBe(1);
    const selected = await page.evaluate(() => (window as unknown as { diplograph: { renderedPosition(id: string): unknown } }).diplograph.renderedPosition('person:magnus-torfason'));
    expect(selected).not.toBeNull();
    await explorer.screenshot(p, 'article-view');

    await page.locator('.article-view .back').click();
    await page.locator(`.edge-details[data-edge-id="${EDGE}"]`).waitFor();
  });
});
