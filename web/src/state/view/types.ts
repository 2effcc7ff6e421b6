/** What the side panel shows. */
export type PanelView =
  | { kind: 'overview' }
  | { kind: 'entity'; id: string }
  | { kind: 'edge'; id: string }
  | { kind: 'article'; id: string; focus: { start: number; end: number } | null }
  | { kind: 'path'; from: string; to: string };

/** The view concern: the side panel, the shortcuts dialog, the renderer choice, the path highlight. */
export interface ViewState {
  panel: PanelView;
  /** The panel before the article view, for its Back button. */
  previous: PanelView | null;
  help: boolean;
  webgl: boolean;
  /** Elements of the shown path, highlighted in the graph. */
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
}
