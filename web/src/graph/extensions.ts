import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers the Cytoscape extensions the explorer uses (fcose), once per page however often it is called. */
export function registerExtensions(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape;
}
