import { request } from '../api/client';
import { StatsDocument, type StatsQuery } from '../api/generated';
import { h } from '../ui/dom';
import { entityChip } from '../ui/entityChip';
import { formatCount, formatDate } from '../ui/format';
import { loadInto } from '../ui/resource';

/**
 * The panel when nothing is selected: what the database holds, the most-mentioned entities to start from (a click opens one
 * as a search pick would), and how to go on; or first-run guidance when the database is empty.
 */
export function showOverviewPanel(region: HTMLElement, onStats: (stats: StatsQuery['stats']) => void, onPick: (id: string) => void): void {
  loadInto(
    region,
    'the database summary',
    (signal) => request(StatsDocument, {}, signal),
    ({ stats, topEntities }) => {
      onStats(stats);
      return stats.articles === 0 ? firstRun() : overview(stats, topEntities, onPick);
    },
  );
}

function code(text: string): HTMLElement {
  return h('code', {}, text);
}

/** First-run guidance: the database is empty, here is how to fill it. */
export function firstRun(): HTMLElement {
  return h(
    'article',
    { class: 'first-run', 'data-state': 'empty-database' },
    h('h2', { class: 'panel-title' }, 'The database is empty'),
    h('p', {}, 'Diplograph draws its graph from news articles. Load some, then search for a name here.'),
    h(
      'ol',
      {},
      h('li', {}, 'Load the bundled sample corpus: ', code('npx diplograph ingest samples/')),
      h('li', {}, 'Or your own files (text, JSON, JSONL, HTML, RSS): ', code('npx diplograph ingest path/to/articles/')),
      h('li', {}, 'Or send articles to the ', code('ingestArticles'), ' mutation in the ', h('a', { href: '/graphiql' }, 'GraphQL console'), '.'),
    ),
    h('p', {}, 'Then reload this page.'),
  );
}

function overview(stats: StatsQuery['stats'], top: StatsQuery['topEntities'], onPick: (id: string) => void): HTMLElement {
  const row = (label: string, n: number) => h('li', {}, h('strong', {}, formatCount(n)), ` ${label}`);
  return h(
    'article',
    { class: 'overview' },
    h('h2', { class: 'panel-title' }, 'Explore the graph'),
    stats.sampleData ? h('p', { class: 'notice' }, 'Sample data: the bundled corpus is fictional (invented people and events).') : null,
    h('ul', { class: 'stat-list' }, row('people', stats.persons), row('countries', stats.countries), row('organisations', stats.organizations), row('treaties', stats.treaties), row('statements', stats.statements), row('articles', stats.articles)),
    h('p', { class: 'muted' }, `Articles from ${formatDate(stats.firstDate)} to ${formatDate(stats.lastDate)}.`),
    top.length > 0 ? h('h3', {}, 'Most mentioned') : null,
    top.length > 0 ? h('div', { class: 'chip-list', 'data-role': 'top-entities' }, ...top.map((e) => entityChip(e, onPick))) : null,
    h('h3', {}, 'Start'),
    h(
      'ul',
      { class: 'howto' },
      h('li', {}, 'Type a name in the search box (press ', h('kbd', {}, '/'), ') and pick a suggestion.'),
      h('li', {}, 'Click a node or edge for its details and evidence; double-click or ', h('kbd', {}, 'Enter'), ' to expand.'),
      h('li', {}, 'Select two nodes (', h('kbd', {}, 'Shift'), '+click) and ask “How are these connected?”.'),
      h('li', {}, 'Press ', h('kbd', {}, '?'), ' for every shortcut.'),
    ),
  );
}
