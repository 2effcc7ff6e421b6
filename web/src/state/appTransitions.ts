import type { AppState } from './appState';
import { selectOnly } from './selection/index';
import type { Transition } from './store';
import type { PanelView } from './view/index';

/** The panel a selection calls for: the last selected node's details, else the selected edge's evidence, else what was shown. */
export function panelForSelection(nodes: readonly string[], edges: readonly string[], current: PanelView): PanelView {
  const lastNode = nodes[nodes.length - 1];
  if (lastNode) return { kind: 'entity', id: lastNode };
  const lastEdge = edges[edges.length - 1];
  if (lastEdge) return { kind: 'edge', id: lastEdge };
  return current.kind === 'entity' || current.kind === 'edge' ? { kind: 'overview' } : current;
}

/** Selects exactly these elements and shows the panel that fits (entity details or edge evidence). */
export function selectElements(nodes: readonly string[], edges: readonly string[] = []): Transition<AppState> {
  return (state) => {
    const selection = selectOnly(nodes, edges)(state.selection);
    const panel = panelForSelection(selection.nodes, selection.edges, state.view.panel);
    const samePanel = JSON.stringify(panel) === JSON.stringify(state.view.panel);
    if (selection === state.selection && samePanel) return state;
    return { ...state, selection, view: samePanel ? state.view : { ...state.view, panel, path: null } };
  };
}
