import { createGraphView, isSyncingSelection, type GraphView } from './graph/graphView';
import { bindGraphControllers } from './graph/controllers/index';
import { createExporters } from './export/index';
import { mountHelpDialog } from './panels/helpDialog';
import { mountLegend } from './panels/legendPanel';
import { mountSearchPanel } from './panels/searchPanel';
import { mountSidePanel } from './panels/sidePanel';
import { mountStatusBanner } from './panels/statusBanner';
import { mountToolbar } from './panels/toolbarPanel';
import { createCommands } from './shortcuts/commands';
import { handleShortcut } from './shortcuts/shortcutList';
import { createAppStore } from './state/appState';
import { on } from './state/store';
import { setHelp, setWebgl } from './state/view/index';
import { bindUrlController } from './url/urlController';
import { decodeUrlView } from './url/urlState';
import { plural } from './ui/format';
import { mountDock } from './panels/dockPanel';
import { bindPlayController } from './timeline/playController';
import { bindTimelineLoader } from './timeline/timelineLoader';
import { markPosition } from './timeline/markProbe';
import { bindWindowFade, outsideIds } from './timeline/windowFadeController';
import './timeline/timeline.css';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`main: #${id} is missing from index.html`);
  return el as T;
}

/** Wires the one store to the Cytoscape view, its controllers, the panels, the shortcuts and the URL. */
function start(): void {
  const store = createAppStore();
  store.update(on('view', setWebgl(decodeUrlView(location.search).webgl)));
  const container = byId('graph');

  let view: GraphView | null = null;
  let unbindControllers = (): void => {};
  let unbindWindowFade = (): void => {};
  const mountView = (webgl: boolean): void => {
    const positions = view ? new Map(view.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const)) : undefined;
    const zoom = view ? { zoom: view.cy.zoom(), pan: { ...view.cy.pan() } } : null;
    unbindControllers();
    view?.destroy();
    container.replaceChildren();
    const created = createGraphView(container, store, { webgl, ...(positions ? { positions } : {}) });
    view = created;
    if (zoom) created.cy.viewport(zoom);
    unbindControllers = bindGraphControllers(created.cy, store, container, () => isSyncingSelection(created));
    unbindWindowFade();
    unbindWindowFade = bindWindowFade(created.cy, store);
  };
  mountView(store.get().view.webgl);
  store.subscribe((state, previous) => {
    if (state.view.webgl !== previous.view.webgl) mountView(state.view.webgl);
  });

  const commands = createCommands(store, () => view);
  const exporters = createExporters(store, () => view);
  mountSearchPanel(byId('search'), store);
  mountToolbar(byId('toolbar'), store, commands, exporters, () => store.update(on('view', setWebgl(!store.get().view.webgl))));
  mountLegend(byId('legend'), store);
  mountStatusBanner(byId('status'), byId('empty-prompt'), store);
  mountSidePanel(byId('side-panel'), store, (stats) => {
    byId('empty-prompt').dataset.articles = String(stats.articles);
  });
  mountHelpDialog(byId<HTMLDialogElement>('help'), store);
  byId('help-button').addEventListener('click', () => store.update(on('view', setHelp(true))));
  document.addEventListener('keydown', (event) => handleShortcut(event, commands));

  const summary = byId('graph-summary');
  store.subscribe((state, previous) => {
    if (state.graph.nodes === previous.graph.nodes && state.graph.edges === previous.graph.edges) return;
    summary.textContent = `The graph shows ${plural(Object.keys(state.graph.nodes).length, 'entity', 'entities')} and ${plural(Object.keys(state.graph.edges).length, 'relationship')}.`;
  });
  bindUrlController(store);

  // Statements over time (issue 9): the view's statements, Play, and the dock of timeline, relation, tone map and ingest.
  const timelineLoader = bindTimelineLoader(store);
  bindPlayController(store);
  mountDock(byId('timeline-slot'), store, () => timelineLoader.reload());
  // A read-only hook for the e2e tests and the benchmark: what the time window fades, and the window and Play state.
  (window as unknown as { diplographTimeline: object }).diplographTimeline = {
    outside: () => outsideIds(store.get()),
    window: () => ({ ...store.get().timeWindow, playing: store.get().timeline.play.playing }),
    /** The page position of the first timeline mark said on a day (the marks are painted on a canvas). */
    markAt: (day: string) => markPosition(day),
  };

  // A hook for the e2e tests and the benchmark: where an element is drawn (to click it on the canvas), and pan/zoom steps.
  (window as unknown as { diplograph: object }).diplograph = {
    renderedPosition: (id: string) => {
      const cy = view?.cy;
      if (!cy) return null;
      const node = cy.nodes().getElementById(id);
      if (node.nonempty()) return { ...node.renderedPosition() };
      const edge = cy.edges().getElementById(id);
      return edge.nonempty() ? { ...edge.renderedMidpoint() } : null;
    },
    nodeCount: () => view?.cy.nodes().length ?? 0,
    /** Pans and zooms the view as a user would (the benchmark drives it frame by frame). */
    panBy: (dx: number, dy: number) => view?.cy.panBy({ x: dx, y: dy }),
    zoomAround: (factor: number) => {
      const cy = view?.cy;
      if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
  };
}

start();
