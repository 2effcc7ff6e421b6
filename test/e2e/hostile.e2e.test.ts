import { describe, expect, it } from 'vitest';
import { HOSTILE, searchAndPick, useExplorer, waitForGraph } from './_utils/explorer';

const explorer = useExplorer();

describe('hostile data', () => {
  it('renders names and article text full of markup as text: no element is created and no script runs', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    await searchAndPick(page, 'Meireles', 'person:duarte-meireles');
    await waitForGraph(page, 2);
    const details = page.locator('.entity-details[data-entity-id="person:duarte-meireles"]');
    await details.waitFor();
    expect(await details.locator(".panel-title").textContent()).toBe(`● Duarte ${HOSTILE} Meireles`);

    await details.locator('.statement button', { hasText: 'Read in article' }).first().click();
    const article = page.locator('.article-view');
    await article.waitFor();
    const title = (await article.locator('.panel-title').textContent()) ?? '';
    expect(title).toMatch(/^Markup test /);
    expect(await article.locator('a[href^="javascript"]').count()).toBe(0);
    await page.waitForTimeout(500);
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0 });
    expect(p.dialogs).toEqual([]);
    await explorer.screenshot(p, 'hostile-data');
  });
});
