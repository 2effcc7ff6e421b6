import type { EntityRule } from '../context';
import { anaphoricTitles } from './anaphoricTitles';
import { capitalAsGovernment } from './capitalAsGovernment';
import { companyLists } from './companyLists';
import { countryBodies } from './countryBodies';
import { countryNames } from './countryNames';
import { governmentOfCountry } from './governmentOfCountry';
import { governments } from './governments';
import { honorificAliases } from './honorificAliases';
import { knownOrganizations } from './knownOrganizations';
import { leaderOffices } from './leaderOffices';
import { ledCoalitions } from './ledCoalitions';
import { ministryNames } from './ministryNames';
import { namedOrganizations } from './namedOrganizations';
import { organizationCues } from './organizationCues';
import { organizationDescriptions } from './organizationDescriptions';
import { parliamentaryCommittees } from './parliamentaryCommittees';
import { personAliases } from './personAliases';
import { pronounOwners } from './pronounOwners';
import { qualifiedGovernments } from './qualifiedGovernments';
import { relativeClauseRoles } from './relativeClauseRoles';
import { personDescriptions } from './personDescriptions';
import { personNames } from './personNames';
import { placeFrameMinistries } from './placeFrameMinistries';
import { placeFrameOwners } from './placeFrameOwners';
import { pluralTitleLists } from './pluralTitleLists';
import { roleOwners } from './roleOwners';
import { contextOwners } from './contextOwners';
import { unOffices } from './unOffices';
import { transliterationVariants } from './transliterationVariants';
import { treaties } from './treaties';

/** The entity rules in the order they run: places and bodies first, so persons never swallow them; coreference and treaties last. */
export const ENTITY_RULES: readonly EntityRule[] = [
  countryNames,
  capitalAsGovernment,
  knownOrganizations,
  ministryNames,
  placeFrameMinistries,
  countryBodies,
  governmentOfCountry,
  namedOrganizations,
  organizationCues,
  companyLists,
  ledCoalitions,
  parliamentaryCommittees,
  qualifiedGovernments,
  personNames,
  personAliases,
  transliterationVariants,
  honorificAliases,
  relativeClauseRoles,
  pluralTitleLists,
  placeFrameOwners,
  pronounOwners,
  roleOwners,
  contextOwners,
  unOffices,
  leaderOffices,
  anaphoricTitles,
  personDescriptions,
  governments,
  organizationDescriptions,
  treaties,
];
