import type { AppState, AppStore } from '../state/appState';
import type { Commands } from '../shortcuts/commands';
import { h, replaceChildren } from '../ui/dom';
import type { Exporter } from '../export/index';

/** The graph toolbar: every command as a labelled button with its shortcut, enabled only when it applies. */
export function mountToolbar(root: HTMLElement, store: AppStore, commands: Commands, exporters: readonly Exporter[], toggleRenderer: () => void): () => void {
  const button = (label: string, shortcut: string | null, run: () => void, enabled: (s: AppState) => boolean, extra: Record<string, string> = {}) => {
    const el = h('button', { type: 'button', class: 'tool', title: shortcut ? `${label} (${shortcut})` : label, 'aria-keyshortcuts': shortcut ?? undefined, onclick: run, ...extra }, label);
    return { el, enabled };
  };
  const hasNodes = (s: AppState) => Object.keys(s.graph.nodes).length > 0;
  const hasSelection = (s: AppState) => s.selection.nodes.length > 0;
  const buttons = [
    button('Expand', 'Enter', commands.expand, hasSelection, { 'data-command': 'expand' }),
    button('Collapse', 'C', commands.collapse, (s) => s.selection.nodes.some((id) => s.graph.expanded.includes(id)), { 'data-command': 'collapse' }),
    button('Remove', 'Delete', commands.remove, hasSelection, { 'data-command': 'remove' }),
    button('Pin', 'P', commands.pin, hasSelection, { 'data-command': 'pin' }),
    button('Undo', 'U', commands.undo, (s) => s.graph.undo !== null, { 'data-command': 'undo' }),
    button('Clear', null, commands.clear, hasNodes, { 'data-command': 'clear' }),
    button('Fit', 'F', commands.fit, hasNodes, { 'data-command': 'fit' }),
    button('Re-layout', 'L', commands.relayout, hasNodes, { 'data-command': 'relayout' }),
    button('How are these connected?', 'K', commands.connect, (s) => s.selection.nodes.length >= 2, { 'data-command': 'connect', class: 'tool primary' }),
  ];
  const exportButtons = exporters.map((ex) => button(ex.label, null, () => void ex.run(), hasNodes, { 'data-command': `export-${ex.id}` }));
  const renderer = h('button', { type: 'button', class: 'tool', 'aria-pressed': 'false', title: 'Draw with WebGL (faster on large graphs)', 'data-command': 'webgl', onclick: toggleRenderer }, 'WebGL');
  replaceChildren(
    root,
    h('div', { class: 'tool-group', role: 'group', 'aria-label': 'Graph' }, ...buttons.map((b) => b.el)),
    h('div', { class: 'tool-group', role: 'group', 'aria-label': 'Export and display' }, ...exportButtons.map((b) => b.el), renderer),
  );
  const render = (state: AppState): void => {
    for (const b of [...buttons, ...exportButtons]) b.el.disabled = !b.enabled(state);
    const pinLabel = state.selection.nodes.length > 0 && state.selection.nodes.every((id) => state.graph.pinned.includes(id)) ? 'Unpin' : 'Pin';
    const pinButton = buttons[3]?.el;
    if (pinButton && pinButton.textContent !== pinLabel) pinButton.textContent = pinLabel;
    const undoButton = buttons[4]?.el;
    if (undoButton) undoButton.title = state.graph.undo ? `Undo ${state.graph.undo.label} (U)` : 'Nothing to undo';
    renderer.setAttribute('aria-pressed', String(state.view.webgl));
  };
  render(store.get());
  return store.subscribe((state) => render(state));
}
