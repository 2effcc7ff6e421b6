import type { EntityKind } from '../api/generated';
import type { AppState } from '../state/appState';
import { ENTITY_KINDS } from '../state/filters/index';

/** The part of the view a link carries: expanded and selected elements, hidden kinds, the time window, the renderer. */
export interface UrlView {
  expanded: string[];
  selected: string[];
  hidden: EntityKind[];
  since: string | null;
  until: string | null;
  webgl: boolean;
}

const list = (value: string | null): string[] => (value ? value.split(',').map(decodeURIComponent).filter((s) => s !== '') : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a view from a query string (`?x=…&s=…&hide=…&since=…&until=…&gl=1`); unknown kinds and bad dates are dropped. */
export function decodeUrlView(search: string): UrlView {
  const params = new URLSearchParams(search);
  const date = (key: string) => {
    const v = params.get(key);
    return v && DATE.test(v) ? v : null;
  };
  return {
    expanded: list(params.get('x')),
    selected: list(params.get('s')),
    hidden: list(params.get('hide')).filter((k): k is EntityKind => (ENTITY_KINDS as readonly string[]).includes(k)),
    since: date('since'),
    until: date('until'),
    webgl: params.get('gl') === '1',
  };
}

/** Writes the state's view as a query string ('' for the empty view); ids are comma-separated, commas in ids escaped. */
export function encodeUrlView(state: AppState): string {
  const params: string[] = [];
  const ids = (xs: readonly string[]) => xs.map((x) => encodeURIComponent(x)).join(',');
  if (state.graph.expanded.length > 0) params.push(`x=${ids(state.graph.expanded)}`);
  const selected = [...state.selection.nodes, ...state.selection.edges];
  if (selected.length > 0) params.push(`s=${ids(selected)}`);
  if (state.filters.hiddenKinds.length > 0) params.push(`hide=${state.filters.hiddenKinds.join(',')}`);
  if (state.timeWindow.since) params.push(`since=${state.timeWindow.since}`);
  if (state.timeWindow.until) params.push(`until=${state.timeWindow.until}`);
  if (state.view.webgl) params.push('gl=1');
  return params.length > 0 ? `?${params.join('&')}` : '';
}
