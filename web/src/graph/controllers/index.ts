import type { Core } from 'cytoscape';
import type { AppStore } from '../../state/appState';
import { bindExpandController } from './expandController';
import { bindHoverController } from './hoverController';
import { bindSelectionController } from './selectionController';

/** Binds every canvas controller (selection with box select, expand, hover); returns one function that unbinds them all. */
export function bindGraphControllers(cy: Core, store: AppStore, container: HTMLElement, isSyncing: () => boolean): () => void {
  const unbind = [bindSelectionController(cy, store, isSyncing), bindExpandController(cy, store), bindHoverController(cy, container)];
  return () => unbind.forEach((u) => u());
}
