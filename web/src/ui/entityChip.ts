import type { EntityKind } from '../api/generated';
import { KIND_LOOKS } from '../graph/kinds';
import { h } from './dom';

/** A kind glyph (shape and colour) with the kind in words for screen readers. */
export function kindIcon(kind: EntityKind): HTMLElement {
  const look = KIND_LOOKS[kind];
  return h('span', { class: `kind-icon kind-${kind}`, role: 'img', 'aria-label': look.label, title: look.label }, look.glyph);
}

/** A clickable entity name with its kind icon; `onpick` selects it in the graph. */
export function entityChip(entity: { id: string; kind: EntityKind; name: string }, onpick: (id: string) => void): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'entity-chip', 'data-entity-id': entity.id, title: `Show ${entity.name} in the graph`, onclick: () => onpick(entity.id) },
    kindIcon(entity.kind),
    entity.name,
  );
}
