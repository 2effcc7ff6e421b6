import type { GraphView } from '../graph/graphView';
import type { AppStore } from '../state/appState';
import { createJsonExporter } from './jsonExporter';
import { createPngExporter } from './pngExporter';

/** One way to export the view (a toolbar button). */
export interface Exporter {
  id: string;
  label: string;
  run(): Promise<void>;
}

/** Every exporter, in toolbar order. */
export function createExporters(store: AppStore, view: () => GraphView | null): Exporter[] {
  return [createPngExporter(view), createJsonExporter(store)];
}

/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stamped with today's date. */
export function exportName(ext: string): string {
  return `diplograph-${new Date().toISOString().slice(0, 10)}.${ext}`;
}
