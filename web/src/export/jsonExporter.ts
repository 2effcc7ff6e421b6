import { request } from '../api/client';
import { EdgeEvidenceDocument } from '../api/generated';
import type { AppStore } from '../state/appState';
import { download, exportName, type Exporter } from './index';

/** The exported document: the view's nodes and edges, each edge with up to three source sentences. */
export interface GraphExport {
  exportedAt: string;
  nodes: { id: string; kind: string; label: string; mentions: number }[];
  edges: { id: string; source: string; target: string; type: string; label: string; count: number; tone: number | null; firstSeen: string | null; lastSeen: string | null; evidence: { text: string; articleId: string; articleTitle: string; publishedAt: string | null }[] }[];
}

/** Exports the view as JSON with evidence; the evidence is fetched for the edges among up to 50 of the view's nodes at once. */
export function createJsonExporter(store: AppStore): Exporter {
  return {
    id: 'json',
    label: 'JSON',
    async run() {
      const { graph } = store.get();
      const ids = Object.keys(graph.nodes);
      const evidence = new Map<string, GraphExport['edges'][number]['evidence']>();
      for (let i = 0; i < ids.length; i += 50) {
        const chunk = ids.slice(i, i + 50);
        const data = await request(EdgeEvidenceDocument, { ids: chunk, limit: chunk.length, first: 3 });
        for (const edge of data.neighborhood.edges) {
          evidence.set(edge.id, edge.evidence.map((ev) => ({ text: ev.text, articleId: ev.article.id, articleTitle: ev.article.title, publishedAt: ev.article.publishedAt })));
        }
      }
      const doc: GraphExport = {
        exportedAt: new Date().toISOString(),
        nodes: Object.values(graph.nodes).map((n) => ({ id: n.id, kind: n.kind, label: n.label, mentions: n.weight })),
        edges: Object.values(graph.edges).map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, label: e.label, count: e.count, tone: e.tone, firstSeen: e.firstSeen, lastSeen: e.lastSeen, evidence: evidence.get(e.id) ?? [] })),
      };
      download(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }), exportName('json'));
    },
  };
}
