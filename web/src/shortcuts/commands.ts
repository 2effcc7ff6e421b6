import { clearView, collapse, expandNodes, pin, removeFromView, undo } from '../actions/graphActions';
import type { GraphView } from '../graph/graphView';
import type { AppStore } from '../state/appState';
import { selectElements } from '../state/appTransitions';
import { on } from '../state/store';
import { setHelp, showPanel } from '../state/view/index';

/** The explorer's commands, shared by the toolbar buttons and the keyboard shortcuts. */
export interface Commands {
  expand(): void;
  collapse(): void;
  remove(): void;
  pin(): void;
  undo(): void;
  clear(): void;
  fit(): void;
  relayout(): void;
  connect(): void;
  focusSearch(): void;
  help(): void;
  escape(): void;
  nextNode(delta: number): void;
}

/** Builds the commands over the store and the current graph view (the view is re-created when the renderer changes). */
export function createCommands(store: AppStore, view: () => GraphView | null): Commands {
  const selected = () => store.get().selection.nodes;
  return {
    expand: () => void expandNodes(store, selected()),
    collapse: () => selected().forEach((id) => collapse(store, id)),
    remove: () => removeFromView(store, selected()),
    pin: () => pin(store, selected()),
    undo: () => undo(store),
    clear: () => clearView(store),
    fit: () => view()?.fit(),
    relayout: () => void view()?.relayout(),
    connect: () => {
      const [from, to] = selected().slice(-2);
      if (from && to) store.update(on('view', showPanel({ kind: 'path', from, to })));
    },
    focusSearch: () => document.getElementById('search-input')?.focus(),
    help: () => store.update(on('view', setHelp(!store.get().view.help))),
    escape: () => {
      if (store.get().view.help) store.update(on('view', setHelp(false)));
      else store.update(selectElements([]));
    },
    nextNode: (delta) => {
      const { graph, filters } = store.get();
      const ids = Object.values(graph.nodes)
        .filter((n) => !filters.hiddenKinds.includes(n.kind))
        .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
        .map((n) => n.id);
      if (ids.length === 0) return;
      const current = ids.indexOf(selected()[selected().length - 1] ?? '');
      const next = ids[(current + delta + ids.length) % ids.length] as string;
      store.update(selectElements([next]));
      const node = view()?.cy.getElementById(next);
      if (node && node.nonempty()) view()?.cy.animate({ center: { eles: node }, duration: 200 });
    },
  };
}
