import type { EntityRef } from '../types';
import type { EntityContext, OrganizationEntry, TreatyEntry } from './context';
import { organizationId, treatyId } from './ids';

/** Finds or creates an organisation by key and records the surface form as an alias; returns its reference. */
export function registerOrganization(
  ctx: EntityContext,
  key: string,
  name: string,
  type: OrganizationEntry['type'],
  country: string | null,
  surface?: string,
): EntityRef {
  const id = organizationId(key);
  let org = ctx.organizations.get(id);
  if (!org) {
    org = { id, name, aliases: new Set(), country, type };
    ctx.organizations.set(id, org);
  }
  if (!org.country && country) org.country = country;
  const alias = surface?.replace(/^(the|The)\s+/, '');
  if (alias && alias !== org.name) org.aliases.add(alias);
  return { kind: 'Organization', id, name: org.name };
}

/** Finds or creates a treaty by name; returns the entry. */
export function registerTreaty(ctx: EntityContext, name: string, named: boolean): TreatyEntry {
  const id = treatyId(name);
  let treaty = ctx.treaties.get(id);
  if (!treaty) {
    treaty = { id, name, aliases: new Set(), parties: new Set(), signedAt: null, status: null, named };
    ctx.treaties.set(id, treaty);
  }
  return treaty;
}

/** The reference to a treaty entry. */
export function treatyRef(treaty: TreatyEntry): EntityRef {
  return { kind: 'Treaty', id: treaty.id, name: treaty.name };
}
