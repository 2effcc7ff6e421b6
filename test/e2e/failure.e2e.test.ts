import { describe, expect, it } from 'vitest';
import { useExplorer } from './_utils/explorer';

const explorer = useExplorer({ corpus: false });

describe('API down, then an empty database', () => {
  it('shows the error with a Retry that works once the API answers, then first-run guidance on the empty database', async () => {
    const p = await explorer.open('/', { allowFailedRequests: true });
    const { page } = p;
    // The page loads while the API cannot be reached.
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.reload();
    const error = page.locator('.side-panel .state-error');
    await error.waitFor();
    expect(await error.locator('.state-title').textContent()).toBe('⚠ Could not load the database summary.');
    expect(await error.locator('.state-message').textContent()).toBe('The Diplograph server cannot be reached. Is it running?');

    await page.keyboard.press('/');
    await page.keyboard.type('Oslo');
    const searchError = page.locator('#search-results .search-error');
    await searchError.waitFor();
    expect(await searchError.textContent()).toContain('Search failed: The Diplograph server cannot be reached.');
    await explorer.screenshot(p, 'api-down');

    await page.unroute('**/graphql');
    await page.keyboard.press('Escape');
    await error.locator('button', { hasText: 'Retry' }).click();
    const guidance = page.locator('.first-run[data-state="empty-database"]');
    await guidance.waitFor();
    expect(await guidance.locator('h2').textContent()).toBe('The database is empty');
    expect(await guidance.textContent()).toContain('npx diplograph ingest samples/');
    expect(await page.locator('#empty-prompt').isVisible()).toBe(false);
    await explorer.screenshot(p, 'first-run');
  });
});
