import { describe, expect, it } from 'vitest';
import { nodePosition, useExplorer, waitForGraph } from './_utils/explorer';

const explorer = useExplorer();

describe('deep links', () => {
  it('restores expanded nodes, the selection and the kind filter from the URL, and Back returns to the previous selection', async () => {
    const p = await explorer.open('/?x=person:ingrid-halvorsen,country:NOR&s=country:ISL&hide=TREATY');
    const { page } = p;
    await waitForGraph(page, 4);
    await page.locator('.entity-details[data-entity-id="country:ISL"]').waitFor();
    expect(await page.locator('.legend-toggle[data-kind="TREATY"]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.legend-toggle[data-kind="COUNTRY"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.legend-toggle[data-kind="TREATY"]').textContent()).toMatch(/hidden$/);

    const chile = await nodePosition(page, 'country:CHL');
    await page.mouse.click(chile.x, chile.y);
    await page.locator('.entity-details[data-entity-id="country:CHL"]').waitFor();
    expect(new URL(page.url()).search).toBe('?x=person%3Aingrid-halvorsen,country%3ANOR&s=country%3ACHL&hide=TREATY');

    await page.goBack();
    await page.locator('.entity-details[data-entity-id="country:ISL"]').waitFor();
    await page.goForward();
    await page.locator('.entity-details[data-entity-id="country:CHL"]').waitFor();
    await explorer.screenshot(p, 'deep-link');
  });
});
