import { describe, expect, it } from 'vitest';
import { useExplorer, waitForGraph } from './_utils/explorer';
import { markAt, probeTimeline, TIMELINE_CORPUS, waitForMarks, weakMarks } from './_utils/timeline';

const explorer = useExplorer({ corpus: TIMELINE_CORPUS });

// The view of Portugal and Morocco: the three ministers and Brazil join them. Its statements with a subject in the view,
// read off the corpus: Jan 14 ×3, Jan 27, Feb 18 ×2, Mar 11, Mar 20 ×3 (one Feb 18 remark names no one and stays out).
const VIEW = '/?x=country%3APRT,country%3AMAR';
const MARKS = 10;
const SPOKE = (speaker: string, subject: string) => `SPOKE_ABOUT:${speaker}->${subject}`;
const VASCONCELOS = 'person:helena-vasconcelos';
const BENNANI = 'person:karim-bennani';
const MOREIRA = 'person:rafael-moreira';

describe('statements timeline and time brush', () => {
  it('draws one mark per statement of the view, weak dates hollow, and a click opens the statement', async () => {
    const p = await explorer.open(VIEW);
    const { page } = p;
    await waitForGraph(page, 5);
    await waitForMarks(page, MARKS);
    // Dates borrowed from the article (the sentence states none) are drawn hollow: five of the ten.
    expect(await weakMarks(page)).toBe(5);
    expect(await page.locator('.timeline-status').textContent()).toBe('10 statements · 5 with an uncertain date');

    const march = await markAt(page, '2025-03-11');
    await page.mouse.move(march.x, march.y);
    const tip = page.locator('.timeline-tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain('If the boats keep ignoring the quotas');
    expect(await tip.textContent()).toContain('Karim Bennani');
    expect(await tip.textContent()).toContain('11 Mar 2025');
    await explorer.screenshot(p, 'timeline-hover');

    await page.mouse.click(march.x, march.y);
    await page.locator('.article-view, .article').first().waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('s')?.split(',')).toEqual(expect.arrayContaining([BENNANI, 'country:MAR', 'country:PRT']));
    expect(await page.locator('#side-panel').textContent()).toContain('If the boats keep ignoring the quotas');
    await explorer.screenshot(p, 'timeline-pick');

    // The keyboard reaches the same marks: the focused chart moves through them in time order and reads each one out.
    const announce = page.locator('#dock-timeline .timeline-announce');
    await page.locator('#dock-timeline .timeline-chart-box').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => announce.textContent()).toContain('14 Jan 2025');
    await page.keyboard.press('End');
    await expect.poll(() => announce.textContent()).toContain('20 Mar 2025');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => announce.textContent()).toContain('11 Mar 2025');
    expect(await announce.textContent()).toContain('If the boats keep ignoring the quotas');
  });

  it('brushing February fades exactly the edges without evidence in it, puts the window in the URL, and Play moves it', async () => {
    const p = await explorer.open(VIEW);
    const { page } = p;
    await waitForGraph(page, 5);
    await waitForMarks(page, MARKS);
    const jan = await markAt(page, '2025-01-27');
    const feb = await markAt(page, '2025-02-18');
    const mar = await markAt(page, '2025-03-11');
    const box = await page.locator('#dock-timeline .timeline-chart-box').boundingBox();
    // Drag on an empty band of the plot (near the top: tone +9) from between January and February to between February and March.
    const y = box!.y + 14;
    await page.mouse.move((jan.x + feb.x) / 2, y);
    await page.mouse.down();
    await page.mouse.move(feb.x, y, { steps: 4 });
    await page.mouse.move((feb.x + mar.x) / 2, y, { steps: 4 });
    await page.mouse.up();

    const probe = await probeTimeline(page);
    expect(probe.window.since! > '2025-01-27' && probe.window.since! < '2025-02-18').toBe(true);
    expect(probe.window.until! >= '2025-02-18' && probe.window.until! < '2025-03-11').toBe(true);
    // A window-only change reaches the address bar within a quarter of a second (replaceState, coalesced).
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBe(probe.window.since);
    await expect.poll(() => new URL(page.url()).searchParams.get('until')).toBe(probe.window.until);
    // February holds Vasconcelos on Morocco and Bennani on Morocco; every other spoke-about edge fades, and so does
    // Moreira's role, his only other edge: he and Brazil are left without edges.
    const spoke = probe.outside.edges.filter((id) => id.startsWith('SPOKE_ABOUT:')).sort();
    expect(spoke).toEqual([SPOKE(BENNANI, 'country:PRT'), SPOKE(MOREIRA, 'country:MAR'), SPOKE(MOREIRA, 'country:PRT'), SPOKE(VASCONCELOS, 'country:PRT')].sort());
    expect(probe.outside.edges.filter((id) => !id.startsWith('SPOKE_ABOUT:')).every((id) => id.includes(MOREIRA))).toBe(true);
    expect(probe.outside.nodes).toEqual(expect.arrayContaining([MOREIRA]));
    expect(probe.outside.nodes).not.toContain(BENNANI);
    expect(probe.outside.nodes).not.toContain(VASCONCELOS);
    expect(await page.locator('.window-label').textContent()).toContain('Feb 2025');
    await explorer.screenshot(p, 'timeline-brush');

    // Play: the window moves forward by itself; Space pauses it.
    await page.selectOption('#dock-timeline select[aria-label="Speed"]', '30');
    await page.click('#dock-timeline .play-button');
    await page.waitForFunction((since) => {
      const w = (window as unknown as { diplographTimeline: { window(): { since: string | null; playing: boolean } } }).diplographTimeline.window();
      return w.playing && w.since !== null && w.since > since;
    }, probe.window.since!, { timeout: 10_000 });
    await explorer.screenshot(p, 'timeline-play');
    await page.locator('#graph').focus();
    await page.keyboard.press('Space');
    const paused = await probeTimeline(page);
    expect(paused.window.playing).toBe(false);
    expect(paused.window.since! > probe.window.since!).toBe(true);
    // The help lists Space among the shortcuts.
    await page.keyboard.press('?');
    expect(await page.locator('.shortcut-table').textContent()).toContain('Play or pause the time window');
  });

  it('a deep link with a window restores the window, its label and its brush', async () => {
    const p = await explorer.open(`${VIEW}&since=2025-03-01&until=2025-03-31`);
    const { page } = p;
    await waitForGraph(page, 3);
    await page.waitForFunction(() => document.getElementById('dock-timeline')?.dataset.phase === 'ready');
    const probe = await probeTimeline(page);
    expect(probe.window).toEqual({ since: '2025-03-01', until: '2025-03-31', playing: false });
    expect(new URL(page.url()).searchParams.get('since')).toBe('2025-03-01');
    expect(await page.locator('.window-label').textContent()).toBe('Window: 1 Mar 2025 – 31 Mar 2025');
    const selection = await page.locator('#dock-timeline .brush .selection').boundingBox();
    expect(selection?.width ?? 0).toBeGreaterThan(5);
    // The graph holds every relation and the window fades: Vasconcelos said nothing in March, Bennani spoke about both.
    await waitForMarks(page, MARKS);
    const after = await probeTimeline(page);
    expect(after.outside.edges.filter((id) => id.startsWith('SPOKE_ABOUT:')).sort()).toEqual([SPOKE(VASCONCELOS, 'country:MAR'), SPOKE(VASCONCELOS, 'country:PRT')].sort());
    await explorer.screenshot(p, 'timeline-deep-link');

    // The dock folds to its tab bar and gives the graph the room; a tab unfolds it, at the height it had.
    const graphHeight = async () => (await page.locator('#graph').boundingBox())!.height;
    const open = await graphHeight();
    const dockHeight = (await page.locator('#timeline-slot').boundingBox())!.height;
    await page.click('.dock-fold');
    await expect.poll(graphHeight).toBeGreaterThan(open + 100);
    expect(await page.locator('.dock-fold').getAttribute('aria-expanded')).toBe('false');
    await explorer.screenshot(p, 'timeline-dock-folded');
    await page.click('.dock-tab[data-tab="timeline"]');
    await expect.poll(async () => (await page.locator('#timeline-slot').boundingBox())!.height).toBe(dockHeight);
  });
});

describe('relation view and tone map', () => {
  it('a tone-map cell opens its pair; the relation shows both directions with the averages per month and lists a period', async () => {
    const p = await explorer.open('/');
    const { page } = p;
    await page.click('.dock-tab[data-tab="toneMap"]');
    const cell = page.locator('.tone-cell[data-speaker="country:MAR"][data-subject="country:PRT"]');
    await cell.waitFor();
    expect(await cell.getAttribute('data-count')).toBe('4');
    await explorer.screenshot(p, 'tone-map');
    await cell.click();

    await page.locator('#dock-relation[data-state="ready"]').waitFor();
    expect(await page.locator('.relation-title').textContent()).toBe('Morocco ⇄ Portugal');
    const points = await page.locator('.relation-chart .point').evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-direction')} ${el.getAttribute('data-period')} ${el.getAttribute('data-count')} ${el.getAttribute('data-average')}`),
    );
    // Morocco (Bennani) about Portugal: January 3.5, 0 and 3.5; March −4.4. Portugal (Vasconcelos) about Morocco: January 3.5, February −2.
    expect(points.sort()).toEqual(['ab 2025-01-01 3 2.33', 'ab 2025-03-01 1 -4.40', 'ba 2025-01-01 1 3.50', 'ba 2025-02-01 1 -2.00']);
    const breakdown = await page.locator('.relation-side').textContent();
    expect(breakdown).toContain('Morocco → Portugal');
    expect(breakdown).toContain('Threaten');

    await page.locator('.relation-chart .point[data-direction="ba"][data-period="2025-02-01"]').click();
    const list = page.locator('.period-statements[data-direction="ba"][data-period="2025-02-01"]');
    await list.waitFor();
    expect(await list.locator('h4').textContent()).toBe('Portugal about Morocco, Feb 2025: 1 statement');
    expect(await list.locator('.quote').textContent()).toContain('accused Morocco on Tuesday of stalling the cable survey');
    expect(await list.locator('.source-link').getAttribute('href')).toBe('https://news.example.org/e2e-timeline/cable-stalled');
    await explorer.screenshot(p, 'relation-view');
    await list.locator('.link-button').click();
    await page.waitForFunction(() => (document.getElementById('side-panel')?.textContent ?? '').includes('stalling the cable survey'));
  });
});
