import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the API's resolvers (and, once it has operations, the web client) come from the SDL in graph-schema/graphql;
// nobody keeps a hand-written copy of the shapes. `npm run codegen` writes them; `npm run typecheck` fails when they are stale.
const config: CodegenConfig = {
  schema: 'graph-schema/graphql/*.graphql',
  generates: {
    'api/src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#GraphQLContext',
        scalars: { Date: 'string' },
        // Resolver parents are the query stage's rows (api/src/query/types.ts), not the GraphQL shapes: resolvers map them.
        mappers: {
          Entity: '../../query/types#EntityRow',
          Person: '../../query/types#EntityRow',
          Country: '../../query/types#EntityRow',
          Organization: '../../query/types#EntityRow',
          Treaty: '../../query/types#EntityRow',
          Statement: '../../query/types#StatementRow',
          Article: '../../query/types#ArticleRow',
          Mention: '../../query/types#MentionRow',
          Role: '../../query/types#RoleRow',
          Evidence: '../../query/types#EvidenceRow',
          Graph: '../../query/types#GraphRow',
          GraphNode: '../../query/types#GraphNodeRow',
          GraphEdge: '../../query/types#EdgeRow',
          TimelineBucket: '../../query/types#TimelineBucketRow',
        },
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // The web client's typed operations (web block, owned by the explorer): documents as plain strings, so the bundle needs no graphql-js.
    'web/src/api/generated.ts': {
      documents: 'web/src/api/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        documentMode: 'string',
        scalars: { Date: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: true,
      },
    },
  },
};

export default config;
