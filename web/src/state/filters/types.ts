import type { EntityKind } from '../../api/generated';

/** Which kinds of node the graph hides (the legend's toggles). */
export interface FiltersState {
  hiddenKinds: readonly EntityKind[];
}
