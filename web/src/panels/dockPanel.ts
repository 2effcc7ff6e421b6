import type { AppState, AppStore } from '../state/appState';
import { on } from '../state/store';
import { showDock, type DockTab } from '../state/timeline/index';
import { h, replaceChildren } from '../ui/dom';
import { bindDockSize } from './dockSize';
import { mountIngestPanel } from './ingestPanel';
import { mountRelationPanel } from './relationPanel';
import { mountTimelinePanel } from './timelinePanel';
import { mountToneMapPanel } from './toneMapPanel';

const TABS: readonly { tab: DockTab; label: string }[] = [
  { tab: 'timeline', label: 'Timeline' },
  { tab: 'relation', label: 'Relation' },
  { tab: 'toneMap', label: 'Tone map' },
  { tab: 'ingest', label: 'Ingest' },
];

/**
 * The dock under the graph: tabs for the statements timeline, the relation view, the tone map and the ingest panel, each
 * a panel of its own mounted once (hidden tabs keep their state). `onIngested` is passed to the ingest panel. Returns the unmount.
 */
export function mountDock(root: HTMLElement, store: AppStore, onIngested: () => void): () => void {
  const sections = new Map<DockTab, HTMLElement>();
  const buttons = new Map<DockTab, HTMLButtonElement>();
  const tabList = h('div', { class: 'dock-tabs', role: 'tablist', 'aria-label': 'Statements over time' });
  for (const { tab, label } of TABS) {
    const id = `dock-${tab}`;
    const button = h('button', { type: 'button', role: 'tab', id: `${id}-tab`, class: 'dock-tab', 'aria-controls': id, 'data-tab': tab, onclick: () => store.update(on('timeline', showDock(tab))) }, label);
    const section = h('section', { id, role: 'tabpanel', class: `dock-section dock-${tab}`, 'aria-labelledby': `${id}-tab` });
    buttons.set(tab, button);
    sections.set(tab, section);
    tabList.appendChild(button);
  }
  replaceChildren(root, tabList, ...sections.values());
  root.hidden = false;
  const unmounts = [
    bindDockSize(root, tabList),
    mountTimelinePanel(sections.get('timeline')!, store),
    mountRelationPanel(sections.get('relation')!, store),
    mountToneMapPanel(sections.get('toneMap')!, store),
    mountIngestPanel(sections.get('ingest')!, store, onIngested),
  ];
  const render = (state: AppState): void => {
    for (const { tab } of TABS) {
      const active = state.timeline.dock === tab;
      sections.get(tab)!.hidden = !active;
      buttons.get(tab)!.setAttribute('aria-selected', String(active));
      buttons.get(tab)!.tabIndex = active ? 0 : -1;
    }
    root.dataset.tab = state.timeline.dock;
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline.dock !== previous.timeline.dock) render(state);
  });
  tabList.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.tab === store.get().timeline.dock);
    const next = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.tab;
    store.update(on('timeline', showDock(next)));
    buttons.get(next)!.focus();
  });
  return () => {
    unsubscribe();
    for (const u of unmounts) u();
  };
}
