import type { RoleResolvers } from '../../generated/resolvers';
import { parseBound } from '../parseArgs';

/** Role: its evidence sentences through the per-request loader (one query for every role of a response). */
export const Role: RoleResolvers = {
  evidence: (row, args, ctx) =>
    ctx.loaders.roleEvidence.load({ personId: row.personId, titleKey: row.titleKey, targetId: row.of.id, first: parseBound(args.first, 'first', 1, 50, 5) }),
};
