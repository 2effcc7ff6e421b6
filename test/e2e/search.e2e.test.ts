import { describe, expect, it } from 'vitest';
import { nodePosition, useExplorer, waitForGraph } from './_utils/explorer';

const explorer = useExplorer();

describe('search → graph → expand → details', () => {
  it('finds a person, draws her neighbourhood, expands a country and shows roles and statements', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    await page.waitForSelector('.overview');

    await page.keyboard.press('/');
    await page.keyboard.type('Halvors');
    const hit = page.locator('#search-results [data-entity-id="person:ingrid-halvorsen"]');
    await hit.waitFor();
    expect(await hit.textContent()).toMatch(/Ingrid Halvorsen.*\d+ mentions/);
    expect(await hit.locator('.kind-icon').getAttribute('aria-label')).toBe('Person');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');

    const count = await waitForGraph(page, 3);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(new URL(page.url()).searchParams.get('x')).toBe('person:ingrid-halvorsen');

    const details = page.locator('.entity-details[data-entity-id="person:ingrid-halvorsen"]');
    await details.waitFor();
    expect(await details.locator('.panel-title').textContent()).toContain('Ingrid Halvorsen');
    const role = details.locator('.role').first();
    expect(await role.locator('.role-title').textContent()).toBe('Foreign Minister of ■Norway');
    expect(await role.locator('.role-evidence li').count()).toBeGreaterThan(0);
    const made = details.locator('.panel-section', { hasText: 'Statements made' });
    const dates = await made.locator('.statement .date').allTextContents();
    expect(dates.length).toBeGreaterThanOrEqual(3);
    const times = dates.map((d) => Date.parse(d));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // Expand Norway by double-clicking it on the canvas: new nodes appear, the first ones stay.
    const before = await waitForGraph(page);
    const norway = await nodePosition(page, 'country:NOR');
    await page.mouse.dblclick(norway.x, norway.y);
    await page.waitForFunction((n) => Number(/(\d+) entit/.exec(document.getElementById('graph-summary')?.textContent ?? '')?.[1]) > n, before);
    await waitForGraph(page, before + 1);
    expect(new URL(page.url()).searchParams.get('x')).toBe('person:ingrid-halvorsen,country:NOR');
    const country = page.locator('.entity-details[data-entity-id="country:NOR"]');
    await country.waitFor();
    expect(await country.locator('.panel-section', { hasText: 'People' }).textContent()).toContain('Ingrid Halvorsen');
    expect(await country.locator('.panel-section', { hasText: 'Treaties' }).textContent()).toContain('Southern Ocean Research Accord');

    await explorer.screenshot(p, 'search-expand-details');
  });

  it('starts from the overview: a most-mentioned entity opens with its neighbourhood', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    const chips = page.locator('.overview [data-role="top-entities"] [data-entity-id]');
    await chips.first().waitFor();
    expect(await chips.count()).toBeGreaterThanOrEqual(5);
    const first = await chips.first().getAttribute('data-entity-id');
    expect(first).toBeTruthy();
    await chips.first().click();
    expect(await waitForGraph(page, 2)).toBeGreaterThanOrEqual(2);
    expect(new URL(page.url()).searchParams.get('x')).toBe(first);
    await page.locator(`.entity-details[data-entity-id="${first}"]`).waitFor();
  });
});
