import type { Core, EventObject } from 'cytoscape';

/**
 * Hovering a node marks it and its edges (`hovered` class: edges show their labels); the canvas's title names the node,
 * its kind and its mentions, as a tooltip. Purely visual: the store does not change.
 */
export function bindHoverController(cy: Core, container: HTMLElement): () => void {
  const over = (event: EventObject): void => {
    const ele = event.target;
    ele.addClass('hovered');
    if (ele.isNode()) ele.connectedEdges().addClass('hovered');
    const d = ele.data();
    container.title = ele.isNode() ? `${d.label} (${String(d.kind).toLowerCase()}, ${d.weight} mentions)` : `${d.label}: ${d.count} ${d.type === 'SPOKE_ABOUT' ? 'statements' : 'articles'}`;
  };
  const out = (event: EventObject): void => {
    const ele = event.target;
    ele.removeClass('hovered');
    if (ele.isNode()) ele.connectedEdges().removeClass('hovered');
    container.title = '';
  };
  cy.on('mouseover', 'node, edge', over);
  cy.on('mouseout', 'node, edge', out);
  return () => {
    cy.off('mouseover', 'node, edge', over);
    cy.off('mouseout', 'node, edge', out);
  };
}
