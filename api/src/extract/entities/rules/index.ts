import type { EntityRule } from '../context';
import { capitalAsGovernment } from './capitalAsGovernment';
import { countryBodies } from './countryBodies';
import { countryNames } from './countryNames';
import { governments } from './governments';
import { knownOrganizations } from './knownOrganizations';
import { namedOrganizations } from './namedOrganizations';
import { organizationCues } from './organizationCues';
import { organizationDescriptions } from './organizationDescriptions';
import { personAliases } from './personAliases';
import { personDescriptions } from './personDescriptions';
import { personNames } from './personNames';
import { roleOwners } from './roleOwners';
import { treaties } from './treaties';

/** The entity rules in the order they run: places and bodies first, so persons never swallow them; coreference and treaties last. */
export const ENTITY_RULES: readonly EntityRule[] = [
  countryNames,
  capitalAsGovernment,
  knownOrganizations,
  countryBodies,
  namedOrganizations,
  organizationCues,
  personNames,
  personAliases,
  roleOwners,
  personDescriptions,
  governments,
  organizationDescriptions,
  treaties,
];
