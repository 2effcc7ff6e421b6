import type { Transition } from '../store';
import type { PanelView, ViewState } from './types';

export type * from './types';

/** The start view. */
export const initialView: ViewState = { panel: { kind: 'overview' }, previous: null, help: false, webgl: false, path: null };

function samePanel(a: PanelView, b: PanelView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Shows a panel; opening an article remembers where the user came from. Leaving a path drops its highlight. */
export function showPanel(panel: PanelView): Transition<ViewState> {
  return (state) => {
    if (samePanel(state.panel, panel)) return state;
    const previous = panel.kind === 'article' && state.panel.kind !== 'article' ? state.panel : state.previous;
    return { ...state, panel, previous, path: panel.kind === 'path' ? state.path : null };
  };
}

/** Goes back from the article view to the panel before it. */
export function backFromArticle(): Transition<ViewState> {
  return (state) => (state.panel.kind === 'article' ? { ...state, panel: state.previous ?? { kind: 'overview' }, previous: null } : state);
}

/** Highlights a path's elements (null clears). */
export function setPath(path: ViewState['path']): Transition<ViewState> {
  return (state) => ({ ...state, path });
}

/** Opens or closes the shortcuts dialog. */
export function setHelp(open: boolean): Transition<ViewState> {
  return (state) => (state.help === open ? state : { ...state, help: open });
}

/** Chooses Cytoscape's WebGL renderer (true) or the plain canvas one. */
export function setWebgl(webgl: boolean): Transition<ViewState> {
  return (state) => (state.webgl === webgl ? state : { ...state, webgl });
}
