import { openEntity } from '../actions/graphActions';
import { retrySearch, searchAsYouType } from '../actions/searchActions';
import type { AppStore } from '../state/appState';
import { closeSearch, moveActive, type SearchHit, type SearchState } from '../state/search/index';
import { on } from '../state/store';
import { h, replaceChildren } from '../ui/dom';
import { kindIcon } from '../ui/entityChip';
import { formatCount } from '../ui/format';

/** The search box: an ARIA combobox whose suggestions show kind and mention count; arrows, Enter and Esc drive it. */
export function mountSearchPanel(root: HTMLElement, store: AppStore): () => void {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    class: 'search-input',
    placeholder: 'Search people, countries, organisations, treaties…  ( / )',
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-label': 'Search the graph',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-keyshortcuts': '/',
  });
  const list = h('ul', { id: 'search-results', class: 'search-results', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
  const note = h('div', { class: 'search-note', role: 'status', 'aria-live': 'polite' });
  replaceChildren(root, h('label', { class: 'visually-hidden', for: 'search-input' }, 'Search'), input, list, note);

  const pick = (hit: SearchHit): void => {
    input.value = hit.name;
    store.update(on('search', closeSearch()));
    // The graph takes focus, so Enter expands and ] [ walk the nodes right away.
    document.getElementById('graph')?.focus();
    void openEntity(store, hit.id);
  };

  input.addEventListener('input', () => searchAsYouType(store, input.value));
  input.addEventListener('keydown', (event) => {
    const state = store.get().search;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      store.update(on('search', moveActive(event.key === 'ArrowDown' ? 1 : -1)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (state.phase === 'ready') {
        const hit = state.hits[state.active];
        if (hit) pick(hit);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (state.phase === 'idle') input.blur();
      store.update(on('search', closeSearch()));
    }
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && store.get().search.phase === 'idle') searchAsYouType(store, input.value);
  });
  input.addEventListener('blur', () => {
    // Let a click on a suggestion land before the list closes.
    setTimeout(() => {
      if (document.activeElement !== input) store.update(on('search', closeSearch()));
    }, 150);
  });

  const render = (state: SearchState): void => {
    const open = state.phase !== 'idle';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    input.removeAttribute('aria-activedescendant');
    replaceChildren(note);
    if (state.phase === 'idle') return replaceChildren(list);
    if (state.phase === 'error') {
      replaceChildren(
        list,
        h('li', { class: 'search-state search-error', role: 'alert' }, `Search failed: ${state.message} `, h('button', { type: 'button', class: 'button small', onmousedown: (e: Event) => e.preventDefault(), onclick: () => retrySearch(store) }, 'Retry')),
      );
      return;
    }
    if (state.hits.length === 0) {
      replaceChildren(list, h('li', { class: 'search-state' }, state.phase === 'loading' ? 'Searching…' : `No match for “${state.query}”.`));
      return;
    }
    replaceChildren(
      list,
      ...state.hits.map((hit, index) => {
        const active = state.phase === 'ready' && index === state.active;
        const aliases = hit.aliases.filter((a) => a !== hit.name).slice(0, 2);
        return h(
          'li',
          {
            id: `search-hit-${index}`,
            class: `search-hit${active ? ' active' : ''}`,
            role: 'option',
            'aria-selected': String(active),
            'data-entity-id': hit.id,
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => pick(hit),
          },
          kindIcon(hit.kind),
          h('span', { class: 'hit-name' }, hit.name, aliases.length > 0 ? h('span', { class: 'hit-aliases' }, ` · ${aliases.join(', ')}`) : null),
          h('span', { class: 'hit-count', title: 'mentions' }, `${formatCount(hit.mentionCount)} mentions`),
        );
      }),
    );
    if (state.phase === 'ready') input.setAttribute('aria-activedescendant', `search-hit-${state.active}`);
    note.textContent = state.phase === 'ready' ? `${state.hits.length} suggestions` : '';
  };

  render(store.get().search);
  return store.subscribe((state, previous) => {
    if (state.search !== previous.search) render(state.search);
  });
}
