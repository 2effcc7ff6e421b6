import type { Resolvers } from '../../generated/resolvers';
import { Article } from './article';
import { Country } from './country';
import { DateScalar } from './dateScalar';
import { Entity } from './entity';
import { Evidence } from './evidence';
import { GraphEdge } from './graphEdge';
import { GraphNode } from './graphNode';
import { Organization } from './organization';
import { Person } from './person';
import { Role } from './role';
import { Statement } from './statement';
import { TimelineBucket } from './timelineBucket';
import { Treaty } from './treaty';

/** Resolvers of the object types, the Entity interface and the Date scalar; fields not listed resolve to the row's own field. */
export const typeResolvers: Omit<Resolvers, 'Query' | 'Mutation'> = {
  Date: DateScalar, Entity, Person, Country, Organization, Treaty, Role, Evidence, Statement, Article, GraphNode, GraphEdge, TimelineBucket,
};
