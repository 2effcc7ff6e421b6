import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchAndPick, useExplorer, waitForGraph } from './_utils/explorer';

const explorer = useExplorer();

describe('export', () => {
  it('exports the graph as a PNG and as JSON with nodes, edges and evidence', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    await searchAndPick(page, 'Halvorsen', 'person:ingrid-halvorsen');
    const count = await waitForGraph(page, 3);

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-command="export-png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/^diplograph-\d{4}-\d{2}-\d{2}\.png$/);
    const pngBytes = readFileSync((await png.path()) as string);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.length).toBeGreaterThan(5_000);

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-command="export-json"]').click()]);
    expect(json.suggestedFilename()).toMatch(/^diplograph-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(readFileSync((await json.path()) as string, 'utf8'));
    expect(doc.nodes).toHaveLength(count);
    expect(doc.nodes).toContainEqual({ id: 'person:ingrid-halvorsen', kind: 'PERSON', label: 'Ingrid Halvorsen', mentions: expect.any(Number) });
    const role = doc.edges.find((e: { type: string; source: string }) => e.type === 'HOLDS_ROLE' && e.source === 'person:ingrid-halvorsen');
    expect(role).toMatchObject({ target: 'country:NOR', label: 'Foreign Minister' });
    expect(role.evidence.length).toBeGreaterThan(0);
    expect(role.evidence[0].text).toContain('Halvorsen');
    await explorer.screenshot(p, 'export');
  });
});
