import type { AppStore } from '../state/appState';
import { SHORTCUTS } from '../shortcuts/shortcutList';
import { on } from '../state/store';
import { setHelp } from '../state/view/index';
import { h, replaceChildren } from '../ui/dom';

/** The `?` dialog listing every keyboard shortcut; a native <dialog>, so focus is trapped and Esc closes it. */
export function mountHelpDialog(dialog: HTMLDialogElement, store: AppStore): () => void {
  replaceChildren(
    dialog,
    h('h2', { id: 'help-title' }, 'Keyboard shortcuts'),
    h('table', { class: 'shortcut-table' }, h('tbody', {}, ...SHORTCUTS.map((s) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, s.keys)), h('td', {}, s.description))))),
    h('p', { class: 'muted small' }, 'Colour is never the only cue: kinds also differ by shape (● person, ■ country, ◆ organisation, ⬢ treaty), relationships by line style, and tone is written out in every panel.'),
    h('form', { method: 'dialog' }, h('button', { class: 'button', type: 'submit' }, 'Close')),
  );
  dialog.setAttribute('aria-labelledby', 'help-title');
  dialog.addEventListener('close', () => store.update(on('view', setHelp(false))));
  return store.subscribe((state, previous) => {
    if (state.view.help === previous.view.help) return;
    if (state.view.help && !dialog.open) dialog.showModal();
    if (!state.view.help && dialog.open) dialog.close();
  });
}
