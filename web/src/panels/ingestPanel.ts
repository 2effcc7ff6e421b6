import { focusEntity } from '../actions/focusActions';
import { expandNodes } from '../actions/graphActions';
import { ApiError, errorMessage, request } from '../api/client';
import { IngestArticlesDocument, type ArticleInput, type IngestStatus } from '../api/generated';
import { parseInput, type InputFormat, type ParsedArticle, type InputProblem } from '../ingest/parseInput';
import type { AppStore } from '../state/appState';
import { on } from '../state/store';
import { countIngest, markFresh } from '../state/timeline/index';
import { h, replaceChildren } from '../ui/dom';
import { entityChip } from '../ui/entityChip';
import { plural } from '../ui/format';

/** Articles per request: small enough for a progress bar that moves, well under the API's 100. */
const CHUNK = 5;

/** One line of the report: an article the server answered for, or an input problem that never left the browser. */
interface ReportRow {
  origin: string;
  title: string;
  status: IngestStatus;
  error: string | null;
  newEntities: readonly { id: string; kind: 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'TREATY'; name: string }[];
}

const STATUS_WORDS: Record<IngestStatus, string> = { NEW: 'new', UPDATED: 'updated', UNCHANGED: 'unchanged', FAILED: 'failed' };

// The API key lives only in this module's memory: never in storage, the URL or the store, and gone on reload.
let apiKey: string | null = null;

/**
 * The ingest panel: paste text or drop files (seed layout, JSON, JSONL, HTML, RSS), parsed in the browser and sent through
 * `ingestArticles` a few at a time with a progress bar; then a report per article (new, updated, unchanged, failed with its
 * reason, input problems included) and the new entities highlighted in the graph. Asks for the API key once when the server
 * wants one. `onIngested` runs after a successful send (the timeline reloads its statements).
 */
export function mountIngestPanel(root: HTMLElement, store: AppStore, onIngested: () => void): () => void {
  const text = h('textarea', { class: 'ingest-text', rows: 5, 'aria-label': 'Article text to ingest', placeholder: 'Paste an article: the body, then a headline line, then a one-line summary — or JSON, JSON Lines, HTML or RSS.' });
  const format = h(
    'select',
    { 'aria-label': 'Format of the pasted text' },
    ...(['auto', 'seed', 'json', 'jsonl', 'html', 'rss'] as const).map((f) => h('option', { value: f }, f === 'auto' ? 'Detect format' : f === 'seed' ? 'Plain text (seed layout)' : f.toUpperCase())),
  );
  const fileInput = h('input', { type: 'file', multiple: true, class: 'visually-hidden', accept: '.txt,.md,.json,.jsonl,.ndjson,.html,.htm,.xml,.rss,.atom', 'aria-label': 'Files to ingest' });
  const files: File[] = [];
  const fileList = h('span', { class: 'file-list' });
  const drop = h('div', { class: 'drop-zone', tabindex: 0, role: 'button', 'aria-label': 'Drop files here or press Enter to choose files' }, 'Drop files here or ', h('span', { class: 'link-like' }, 'choose files'), ' ', fileList);
  const send = h('button', { type: 'button', class: 'button primary ingest-send' }, 'Ingest');
  const progress = h('progress', { class: 'ingest-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Ingest progress' });
  const keyBox = h('div', { class: 'key-box', hidden: true });
  const message = h('p', { class: 'ingest-message', role: 'status', 'aria-live': 'polite' });
  const report = h('div', { class: 'ingest-report' });
  replaceChildren(root, h('div', { class: 'ingest-input' }, text, h('div', { class: 'ingest-side' }, format, drop, fileInput, send, progress)), keyBox, message, report);

  const showFiles = (): void => {
    fileList.textContent = files.length ? `· ${files.map((f) => f.name).join(', ')}` : '';
  };
  const addFiles = (list: FileList | null): void => {
    for (const f of list ?? []) files.push(f);
    showFiles();
  };
  drop.addEventListener('click', () => fileInput.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fileInput.click();
    }
  });
  fileInput.addEventListener('change', () => addFiles(fileInput.files));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    addFiles(e.dataTransfer?.files ?? null);
  });

  const renderReport = (rows: readonly ReportRow[]): void => {
    if (rows.length === 0) {
      replaceChildren(report);
      return;
    }
    const counts = (['NEW', 'UPDATED', 'UNCHANGED', 'FAILED'] as const).map((s) => `${rows.filter((r) => r.status === s).length} ${STATUS_WORDS[s]}`).join(' · ');
    replaceChildren(
      report,
      h('p', { class: 'report-summary' }, counts),
      h(
        'table',
        { class: 'report-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Article'), h('th', { scope: 'col' }, 'Result'), h('th', { scope: 'col' }, 'New entities'))),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              { class: `report-row status-${r.status.toLowerCase()}`, 'data-status': r.status },
              h('td', {}, h('span', { class: 'report-title' }, r.title), h('span', { class: 'report-origin' }, r.origin)),
              h('td', {}, h('span', { class: `status-badge badge-${r.status.toLowerCase()}` }, STATUS_WORDS[r.status]), r.error ? h('span', { class: 'report-error' }, r.error) : null),
              h('td', { class: 'report-entities' }, ...r.newEntities.map((e) => entityChip(e, (id) => void focusEntity(store, id)))),
            ),
          ),
        ),
      ),
    );
  };

  const askForKey = (why: string, retry: () => void): void => {
    const input = h('input', { type: 'password', class: 'key-input', autocomplete: 'off', 'aria-label': 'API key', placeholder: 'DIPLOGRAPH_API_KEY' });
    const use = (): void => {
      const value = input.value.trim();
      if (!value) return;
      apiKey = value;
      keyBox.hidden = true;
      retry();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') use();
    });
    replaceChildren(keyBox, h('p', { class: 'key-why', role: 'alert' }, `🔑 ${why}`), h('label', {}, 'API key ', input), h('button', { type: 'button', class: 'button use-key', onclick: use }, 'Use key'), h('span', { class: 'muted small' }, ' kept in this tab’s memory only'));
    keyBox.hidden = false;
    input.focus();
  };

  let running = false;
  const run = async (): Promise<void> => {
    if (running) return;
    const parsed: { articles: ParsedArticle[]; problems: InputProblem[] } = { articles: [], problems: [] };
    const chosen = format.value === 'auto' ? undefined : (format.value as InputFormat);
    if (text.value.trim()) {
      const p = parseInput(text.value, 'pasted text', null, chosen);
      parsed.articles.push(...p.articles);
      parsed.problems.push(...p.problems);
    }
    for (const file of files) {
      const p = parseInput(await file.text(), file.name, file.name);
      parsed.articles.push(...p.articles);
      parsed.problems.push(...p.problems);
    }
    if (parsed.articles.length === 0 && parsed.problems.length === 0) {
      message.textContent = 'Paste an article or drop a file first.';
      return;
    }
    running = true;
    send.disabled = true;
    const rows: ReportRow[] = parsed.problems.map((p) => ({ origin: p.origin, title: p.origin, status: 'FAILED', error: p.message, newEntities: [] }));
    const total = parsed.articles.length;
    progress.hidden = total === 0;
    progress.max = Math.max(1, total);
    progress.value = 0;
    message.textContent = total ? `Ingesting ${plural(total, 'article')}…` : 'Nothing could be read.';
    renderReport(rows);
    let done = 0;
    const pending = [...parsed.articles];
    const finish = (note: string | null): void => {
      running = false;
      send.disabled = false;
      const fresh = rows.flatMap((r) => r.newEntities.map((e) => e.id));
      if (note === null) {
        message.textContent = `Done: ${plural(done, 'article')} sent${fresh.length ? `, ${plural(fresh.length, 'new entity', 'new entities')} highlighted in the graph` : ''}.`;
        text.value = '';
        files.length = 0;
        showFiles();
      } else message.textContent = note;
      root.dataset.state = note === null ? 'done' : 'stopped';
      if (done > 0) {
        store.update(on('timeline', markFresh(fresh)));
        store.update(on('timeline', countIngest()));
        if (fresh.length > 0) void expandNodes(store, fresh.slice(0, 20)).then(() => store.update(on('timeline', markFresh(fresh))));
        onIngested();
      }
    };
    const next = async (): Promise<void> => {
      while (pending.length > 0) {
        const chunk = pending.slice(0, CHUNK);
        const input: ArticleInput[] = chunk.map((a) => a.input);
        try {
          const data = await request(IngestArticlesDocument, { input }, undefined, apiKey ? { authorization: `Bearer ${apiKey}` } : undefined);
          for (const result of data.ingestArticles.results) {
            const origin = chunk[result.index]?.origin ?? '';
            rows.push({ origin, title: result.title, status: result.status, error: result.error, newEntities: result.newEntities });
          }
        } catch (error) {
          if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
            const wrongKey = apiKey !== null;
            apiKey = null;
            renderReport(rows);
            finish(wrongKey ? 'The API key was refused. Enter the right key to continue.' : 'This server needs an API key to ingest. Enter it to continue.');
            askForKey(wrongKey ? 'That key was refused by the server.' : 'Ingesting needs the server’s API key (DIPLOGRAPH_API_KEY).', () => void run());
            return;
          }
          if (error instanceof ApiError && error.code === 'FORBIDDEN') {
            renderReport(rows);
            finish(`The server refuses ingests: ${error.message}`);
            return;
          }
          for (const a of chunk) rows.push({ origin: a.origin, title: a.input.title, status: 'FAILED', error: errorMessage(error), newEntities: [] });
        }
        pending.splice(0, chunk.length);
        done += chunk.length;
        progress.value = done;
        renderReport(rows);
      }
      finish(null);
    };
    await next();
  };
  send.addEventListener('click', () => void run());
  return () => {};
}
