import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../../web/src/state/appState';
import { panelForSelection, selectElements } from '../../../web/src/state/appTransitions';
import { noFilters, setHiddenKinds, toggleKind } from '../../../web/src/state/filters/index';
import { closeSearch, failSearch, idleSearch, moveActive, receiveHits, typeQuery } from '../../../web/src/state/search/index';
import { clearSelection, emptySelection, pruneSelection, selectOnly, toggleNode } from '../../../web/src/state/selection/index';
import { createStore, on } from '../../../web/src/state/store';
import { openWindow, setWindow } from '../../../web/src/state/timeWindow/index';
import { backFromArticle, initialView, showPanel } from '../../../web/src/state/view/index';

const hit = (id: string) => ({ id, kind: 'PERSON' as const, name: id, aliases: [], mentionCount: 1 });

describe('search transitions', () => {
  it('goes idle → loading → ready, wraps the highlighted hit, ignores stale answers and closes on Esc', () => {
    const loading = typeQuery('vol')(idleSearch);
    expect(loading).toEqual({ phase: 'loading', query: 'vol', hits: [], active: 0 });
    expect(receiveHits('vo', [hit('x')])(loading)).toBe(loading);
    const ready = receiveHits('vol', [hit('a'), hit('b'), hit('c')])(loading);
    expect(ready).toEqual({ phase: 'ready', query: 'vol', hits: [hit('a'), hit('b'), hit('c')], active: 0 });
    expect(moveActive(-1)(ready)).toMatchObject({ active: 2 });
    expect(moveActive(4)(ready)).toMatchObject({ active: 1 });
    expect(closeSearch()(ready)).toEqual({ phase: 'idle', query: 'vol' });
    expect(typeQuery('  ')(ready)).toEqual({ phase: 'idle', query: '  ' });
    expect(failSearch('vol', 'down')(loading)).toEqual({ phase: 'error', query: 'vol', message: 'down' });
  });
});

describe('selection, filters, window and view transitions', () => {
  it('selects, toggles, prunes and clears, keeping identity when nothing changes', () => {
    const s = selectOnly(['a', 'b', 'a'], ['e'])(emptySelection);
    expect(s).toEqual({ nodes: ['a', 'b'], edges: ['e'] });
    expect(selectOnly(['a', 'b'], ['e'])(s)).toBe(s);
    expect(toggleNode('a')(s).nodes).toEqual(['b']);
    expect(toggleNode('c')(s).nodes).toEqual(['a', 'b', 'c']);
    expect(pruneSelection((id) => id !== 'b', () => false)(s)).toEqual({ nodes: ['a'], edges: [] });
    expect(clearSelection()(emptySelection)).toBe(emptySelection);
  });

  it('toggles kinds in legend order and reads hidden kinds from a list', () => {
    const hidden = toggleKind('TREATY')(toggleKind('PERSON')(noFilters));
    expect(hidden.hiddenKinds).toEqual(['PERSON', 'TREATY']);
    expect(toggleKind('PERSON')(hidden).hiddenKinds).toEqual(['TREATY']);
    expect(setHiddenKinds(['TREATY', 'PERSON'])(hidden)).toBe(hidden);
  });

  it('sets a time window, swapping reversed ends', () => {
    expect(setWindow('2025-06-01', '2025-01-01')(openWindow)).toEqual({ since: '2025-01-01', until: '2025-06-01' });
    expect(setWindow(null, null)(openWindow)).toBe(openWindow);
  });

  it('remembers the panel before an article and goes back to it', () => {
    const entity = showPanel({ kind: 'entity', id: 'a' })(initialView);
    const article = showPanel({ kind: 'article', id: 'art:1', focus: null })(entity);
    expect(article.previous).toEqual({ kind: 'entity', id: 'a' });
    expect(backFromArticle()(article).panel).toEqual({ kind: 'entity', id: 'a' });
  });

  it('picks the panel for a selection: last node, else last edge, else the overview', () => {
    expect(panelForSelection(['a', 'b'], ['e'], { kind: 'overview' })).toEqual({ kind: 'entity', id: 'b' });
    expect(panelForSelection([], ['e'], { kind: 'overview' })).toEqual({ kind: 'edge', id: 'e' });
    expect(panelForSelection([], [], { kind: 'entity', id: 'a' })).toEqual({ kind: 'overview' });
    expect(panelForSelection([], [], { kind: 'path', from: 'a', to: 'b' })).toEqual({ kind: 'path', from: 'a', to: 'b' });
    const state = selectElements(['x'])(initialAppState);
    expect(state.selection.nodes).toEqual(['x']);
    expect(state.view.panel).toEqual({ kind: 'entity', id: 'x' });
  });
});

describe('store', () => {
  it('notifies listeners only on real changes, and stops after unsubscribe', () => {
    const store = createStore(initialAppState);
    const seen: string[] = [];
    const off = store.subscribe((s, prev) => seen.push(`${prev.search.query}→${s.search.query}`));
    store.update(on('search', typeQuery('a')));
    store.update(on('search', (s) => s));
    off();
    store.update(on('search', typeQuery('b')));
    expect(seen).toEqual(['→a']);
    expect(store.get().search.query).toBe('b');
  });
});
