import { describe, expect, it } from 'vitest';
import { nodePosition, searchAndPick, useExplorer, waitForGraph } from './_utils/explorer';

const explorer = useExplorer();

describe('paths', () => {
  it('connects two selected people through the graph, highlights the path and lists each hop with evidence', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    await searchAndPick(page, 'Torfason', 'person:magnus-torfason');
    const before = await waitForGraph(page, 2);
    await page.locator('#search-input').fill('');
    await searchAndPick(page, 'Ferreyra', 'person:tomas-ferreyra');
    await waitForGraph(page, before + 1);

    const torfason = await nodePosition(page, 'person:magnus-torfason');
    await page.keyboard.down('Shift');
    await page.mouse.click(torfason.x, torfason.y);
    await page.keyboard.up('Shift');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('s') === 'person:tomas-ferreyra,person:magnus-torfason');

    const connect = page.locator('[data-command="connect"]');
    expect(await connect.isEnabled()).toBe(true);
    await connect.click();
    const view = page.locator('.path-view');
    await view.locator('.hop').first().waitFor();
    const hops = await view.locator('.hop h3').allTextContents();
    expect(hops.length).toBeGreaterThanOrEqual(3);
    expect(hops[0]).toMatch(/^1\. ●Tomás Ferreyra — /);
    expect(hops[hops.length - 1]).toMatch(/— ●Magnus Torfason$/);
    expect(await view.locator('.hop .evidence').count()).toBeGreaterThanOrEqual(hops.length);
    await waitForGraph(page);
    await explorer.screenshot(p, 'path');
  });
});
