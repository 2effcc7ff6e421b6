import type { EntityKind } from '../../api/generated';
import type { Transition } from '../store';
import type { FiltersState } from './types';

export type * from './types';

/** Every kind of entity, in legend order. */
export const ENTITY_KINDS: readonly EntityKind[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'TREATY'];

/** Nothing hidden. */
export const noFilters: FiltersState = { hiddenKinds: [] };

/** Hides a kind, or shows it again. */
export function toggleKind(kind: EntityKind): Transition<FiltersState> {
  return (state) => ({
    hiddenKinds: state.hiddenKinds.includes(kind) ? state.hiddenKinds.filter((k) => k !== kind) : ENTITY_KINDS.filter((k) => k === kind || state.hiddenKinds.includes(k)),
  });
}

/** Sets the hidden kinds (from a URL). */
export function setHiddenKinds(kinds: readonly EntityKind[]): Transition<FiltersState> {
  return (state) => {
    const next = ENTITY_KINDS.filter((k) => kinds.includes(k));
    return next.length === state.hiddenKinds.length && next.every((k, i) => k === state.hiddenKinds[i]) ? state : { hiddenKinds: next };
  };
}
