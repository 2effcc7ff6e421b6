import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config/index';
import { CONTENT_SECURITY_POLICY } from '../../../api/src/server/securityHeaders';
import { WEB_DIST_DIR, type RunningServer } from '../../../api/src/server/index';
import { codesOf, sendGraphQL, startApiServer } from '../../_utils/apiServer';

// One port serves everything: /graphql, /healthz, /graphiql, / and the built assets, with the headers a browser needs.
let server: RunningServer;
let closed: RunningServer;
let unbuilt: RunningServer;

beforeAll(async () => {
  // `npm test` builds web/dist in its pretest step; a lone vitest run builds it here, only when it is missing or stale.
  execFileSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'web', 'buildIfStale.ts')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  server = await startApiServer();
  closed = await startApiServer({ api: { introspection: false } });
  unbuilt = await startApiServer({ webDistDir: path.join(PROJECT_ROOT, 'web', 'no-such-dist') });
}, 300_000);

afterAll(async () => {
  for (const s of [server, closed, unbuilt]) await s?.close();
});

describe('pages', () => {
  it('/graphiql is the bundled GraphiQL page, with the CSP, no-cache and no inline script', async () => {
    const res = await fetch(`${server.url}graphiql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[\w-]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('/ serves the web client when it is built, else a page linking to GraphiQL', async () => {
    const built = await fetch(server.url);
    expect(built.status).toBe(200);
    expect(built.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const fallback = await fetch(unbuilt.url);
    expect(fallback.status).toBe(200);
    expect(await fallback.text()).toContain('<a href="/graphiql">GraphiQL</a>');
    expect((await fetch(`${unbuilt.url}graphiql`)).status).toBe(503);
  });

  it('hashed assets are cached for a year and compressed', async () => {
    const asset = readdirSync(path.join(WEB_DIST_DIR, 'assets')).find((f) => /^graphiql-[\w-]+\.js$/.test(f));
    expect(asset).toBeDefined();
    const res = await fetch(`${server.url}assets/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });

  it('a browser opening /graphql is sent to GraphiQL; an API client is not', async () => {
    const browser = await fetch(`${server.url}graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/graphiql');
    const api = await fetch(`${server.url}graphql`, { headers: { accept: 'application/json', 'apollo-require-preflight': '1' }, redirect: 'manual' });
    expect(api.status).toBe(400);
  });

  it('unknown paths are 404, and nothing outside web/dist is served', async () => {
    expect((await fetch(`${server.url}nothing-here`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}assets/..%2F..%2F..%2Fpackage.json`)).status).not.toBe(200);
  });
});

describe('introspection', () => {
  it('is on by default', async () => {
    const res = await sendGraphQL(server.url, '{ __schema { queryType { name } mutationType { name } } }');
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' }, mutationType: { name: 'Mutation' } } });
  });

  it('is refused with DIPLOGRAPH_INTROSPECTION=false, while ordinary queries still run', async () => {
    const res = await sendGraphQL(closed.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(codesOf(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await sendGraphQL(closed.url, '{ __typename }')).toMatchObject({ status: 200, data: { __typename: 'Query' } });
  });
});

describe('GraphiQL in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('loads offline under the CSP, with its examples, and runs a query', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) offsite.push(r.url());
    });
    await page.goto(`${server.url}graphiql`);
    await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 60_000 });
    const tabs = await page.locator('.graphiql-tab').count();
    expect(tabs).toBeGreaterThanOrEqual(1);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => /"data"|"errors"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), null, { timeout: 30_000 });
    const response = (await page.locator('.graphiql-response').textContent()) ?? '';
    expect(response).toMatch(/"data"/);
    expect(problems).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);
});
