import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import type { AppState, AppStore } from '../state/appState';
import { toCyEdge, toCyNode } from './elementData';
import { registerExtensions } from './extensions';
import { planAddition, runFull, type AdditionPlan } from './layouts/graphLayout';
import { layoutRunner } from './layouts/layoutRunner';
import { buildStylesheet, LARGE_GRAPH_ELEMENTS } from './style';

/** The Cytoscape view of the store, and the renderer-side commands the toolbar and controllers call. */
export interface GraphView {
  cy: Core;
  /** Lays everything out again (pinned nodes stay). */
  relayout(): Promise<void>;
  fit(): void;
  /** Removes Cytoscape and unsubscribes from the store. */
  destroy(): void;
}

/**
 * Renders the store's graph into `container` with Cytoscape (canvas, or WebGL when `webgl`): adds and removes elements,
 * mirrors selection, filters, pins and path highlights as classes, and lays out what an expand added. The container's
 * `data-layout` is `running` or `settled` and `data-layout-seq` counts finished layouts (tests and the benchmark wait on them).
 */
export function createGraphView(container: HTMLElement, store: AppStore, options: { webgl: boolean; positions?: Map<string, { x: number; y: number }> }): GraphView {
  const cytoscape = registerExtensions();
  const cy = cytoscape({
    container,
    style: buildStylesheet(false),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
    // WebGL: 1,024 px texture atlases instead of 2,048 (bench:web, software GL: the first frame of 2,000 nodes in about half
    // the time; frame rates unchanged).
    ...({ renderer: { name: 'canvas', webgl: options.webgl, webglTexSize: 1024 } } as object),
  });
  let simple = false;
  let layoutSeq = 0;
  let layoutChain: Promise<void> = Promise.resolve();
  let syncingSelection = false;
  const runner = layoutRunner();
  container.dataset.layout = 'settled';
  container.dataset.layoutSeq = '0';
  container.dataset.renderer = options.webgl ? 'webgl' : 'canvas';

  // `after` (a fit) runs inside the chain, so "settled" means the nodes and the viewport have stopped moving.
  const layout = (run: () => Promise<void>, after?: () => Promise<void>): Promise<void> => {
    container.dataset.layout = 'running';
    layoutChain = layoutChain
      .then(run)
      .then(() => after?.())
      .catch((error: unknown) => console.warn('graph: layout failed', error))
      .then(() => {
        layoutSeq += 1;
        container.dataset.layoutSeq = String(layoutSeq);
        container.dataset.layout = 'settled';
      });
    return layoutChain;
  };

  const syncElements = (state: AppState, previous: AppState | null, seeds?: Map<string, { x: number; y: number }>): void => {
    const { nodes, edges } = state.graph;
    const before = previous?.graph;
    if (before && before.nodes === nodes && before.edges === edges) return;
    // The stylesheet is chosen before the elements arrive, so a large graph is styled once, not twice.
    const large = Object.keys(nodes).length + Object.keys(edges).length > LARGE_GRAPH_ELEMENTS;
    if (large !== simple) {
      simple = large;
      cy.style(buildStylesheet(simple));
      setViewportShortcuts(cy, simple);
    }
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const id = ele.id();
        if (ele.isNode() ? !nodes[id] : !edges[id]) ele.remove();
      });
      const added: ElementDefinition[] = [];
      for (const node of Object.values(nodes)) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          if (before?.nodes[node.id] !== node) existing.data(toCyNode(node));
        } else {
          added.push({ group: 'nodes', data: toCyNode(node), position: options.positions?.get(node.id) ?? seeds?.get(node.id) ?? { x: 0, y: 0 } });
        }
      }
      for (const edge of Object.values(edges)) {
        const existing = cy.getElementById(edge.id);
        if (existing.nonempty()) {
          if (before?.edges[edge.id] !== edge) existing.data(toCyEdge(edge));
        } else added.push({ group: 'edges', data: toCyEdge(edge) });
      }
      if (added.length > 0) cy.add(added);
    });
  };

  const syncClasses = (state: AppState): void => {
    const hidden = new Set(state.filters.hiddenKinds);
    const pinned = new Set(state.graph.pinned);
    const expanded = new Set(state.graph.expanded);
    const path = state.view.path;
    const onPath = path ? new Set([...path.nodes, ...path.edges]) : null;
    // Only what changes is touched: a class toggled on thousands of elements restyles every one of them.
    const setClass = (ele: SingularElementArgument, name: string, on: boolean): void => {
      if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
    };
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        setClass(node, 'filtered', hidden.has(node.data('kind')));
        setClass(node, 'pinned', pinned.has(id));
        setClass(node, 'expanded', expanded.has(id));
        if (pinned.has(id) !== node.locked()) {
          if (pinned.has(id)) node.lock();
          else node.unlock();
        }
      });
      cy.elements().forEach((ele) => {
        setClass(ele, 'on-path', onPath?.has(ele.id()) ?? false);
        setClass(ele, 'faded', onPath ? !onPath.has(ele.id()) : false);
      });
    });
  };

  const syncSelection = (state: AppState): void => {
    syncingSelection = true;
    const wanted = new Set([...state.selection.nodes, ...state.selection.edges]);
    cy.batch(() => {
      cy.elements(':selected').forEach((ele) => {
        if (!wanted.has(ele.id())) ele.unselect();
      });
      for (const id of wanted) {
        const ele = cy.getElementById(id);
        if (ele.nonempty() && !ele.selected()) ele.select();
      }
    });
    syncingSelection = false;
  };

  const render = (state: AppState, previous: AppState | null): void => {
    const added = state.graph.lastAdded;
    // An addition is planned before its nodes reach Cytoscape: they are added where the layout starts them.
    const plan: AdditionPlan | null =
      previous && added && added !== previous.graph.lastAdded && added.nodeIds.length > 0
        ? planAddition(cy, state.graph, added, new Set(state.filters.hiddenKinds), runner)
        : null;
    syncElements(state, previous, plan?.seeds);
    if (!previous || previous.filters !== state.filters || previous.graph !== state.graph || previous.view.path !== state.view.path) syncClasses(state);
    if (!previous || previous.selection !== state.selection || previous.graph !== state.graph) syncSelection(state);
    if (plan && added) {
      // A fresh neighbourhood is fitted on its rings before it is first drawn; the refinement then moves nodes and view together.
      if (plan.viewport) cy.viewport(plan.viewport(cy));
      const after = plan.kind === 'incremental' ? () => ensureVisible(added.nodeIds) : plan.kind === 'fresh' ? () => fitAll(false) : undefined;
      void layout(() => plan.run(cy), after);
    }
    if (previous && state.filters !== previous.filters) void layout(() => runFull(cy, state.graph.pinned, runner), () => fitAll(true));
  };

  /** Fits the visible elements without zooming in past 1.2, so a small graph is not blown up. */
  const fitAll = (animate: boolean): Promise<void> => {
    const eles = cy.elements(':visible');
    if (eles.empty()) return Promise.resolve();
    cy.maxZoom(1.2);
    if (!animate) {
      cy.fit(eles, 48);
      cy.maxZoom(4);
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      cy.animate({
        fit: { eles, padding: 48 },
        duration: 250,
        complete: () => {
          cy.maxZoom(4);
          resolve();
        },
      }),
    );
  };

  const ensureVisible = (ids: readonly string[]): Promise<void> => {
    const eles = cy.collection();
    for (const id of ids) eles.merge(cy.getElementById(id));
    const ext = cy.extent();
    const box = eles.boundingBox();
    return box.x1 < ext.x1 || box.x2 > ext.x2 || box.y1 < ext.y1 || box.y2 > ext.y2 ? fitAll(true) : Promise.resolve();
  };

  const unsubscribe = store.subscribe((state, previous) => render(state, previous));
  render(store.get(), null);
  if (cy.nodes().nonempty() && !options.positions) void layout(() => runFull(cy, store.get().graph.pinned, runner), () => fitAll(false));

  return {
    cy,
    relayout: () => layout(() => runFull(cy, store.get().graph.pinned, runner), () => fitAll(true)),
    fit: () => void fitAll(true),
    destroy() {
      unsubscribe();
      cy.destroy();
    },
    get syncingSelection() {
      return syncingSelection;
    },
  } as GraphView & { readonly syncingSelection: boolean };
}

/**
 * While the user drags or wheels a large graph, Cytoscape's canvas renderer shows a snapshot of the graph moved and scaled
 * instead of redrawing every element each frame (`textureOnViewport`; it redraws once the gesture stops). These are init options
 * of the renderer; the renderer reads them as fields, so a view that grows past LARGE_GRAPH_ELEMENTS switches them on in place.
 */
function setViewportShortcuts(cy: Core, on: boolean): void {
  const renderer = (cy as unknown as { renderer?: () => Record<string, unknown> | undefined }).renderer?.();
  if (renderer && 'textureOnViewport' in renderer) renderer.textureOnViewport = on;
}

/** Whether the view is applying the store's selection itself (controllers ignore the select events it causes). */
export function isSyncingSelection(view: GraphView): boolean {
  return (view as GraphView & { syncingSelection?: boolean }).syncingSelection === true;
}
