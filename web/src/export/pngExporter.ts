import type { GraphView } from '../graph/graphView';
import { download, exportName, type Exporter } from './index';

/** Exports the whole graph (not just the visible part) as a PNG at twice the screen resolution, on white. */
export function createPngExporter(view: () => GraphView | null): Exporter {
  return {
    id: 'png',
    label: 'PNG',
    async run() {
      const cy = view()?.cy;
      if (!cy) return;
      const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob;
      download(blob, exportName('png'));
    },
  };
}
