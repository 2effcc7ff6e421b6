import type { EdgeRow } from '../../../query/index';
import type { GraphEdgeResolvers } from '../../generated/resolvers';
import { parseBound } from '../parseArgs';

/** The stable id of an edge: `<type>:<source>-><target>`, a role adding `#<title key>`. */
export function edgeId(row: EdgeRow): string {
  return `${row.type}:${row.source}->${row.target}${row.type === 'HOLDS_ROLE' ? `#${row.titleKey ?? ''}` : ''}`;
}

function labelOf(row: EdgeRow): string {
  switch (row.type) {
    case 'HOLDS_ROLE':
      return row.title ?? 'role';
    case 'PARTY_TO':
      return 'party to';
    case 'PART_OF':
      return 'part of';
    case 'SPOKE_ABOUT':
      return `${row.count} statement${row.count === 1 ? '' : 's'}`;
  }
}

/** GraphEdge: id, label and weight from the row; evidence through the loader of its relationship type. */
export const GraphEdge: GraphEdgeResolvers = {
  id: edgeId,
  label: labelOf,
  weight: (row) => row.count,
  evidence: (row, args, ctx) => {
    const first = parseBound(args.first, 'first', 1, 50, 5);
    switch (row.type) {
      case 'HOLDS_ROLE':
        return ctx.loaders.roleEvidence.load({ personId: row.source, titleKey: row.titleKey ?? '', targetId: row.target, first });
      case 'PARTY_TO':
      case 'PART_OF':
        return ctx.loaders.linkEvidence.load({ type: row.type, source: row.source, target: row.target, first });
      case 'SPOKE_ABOUT':
        return ctx.loaders.spokeAboutEvidence.load({ source: row.source, target: row.target, first });
    }
  },
};
