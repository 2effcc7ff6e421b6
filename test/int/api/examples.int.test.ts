import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config/index';
import { loadTypeDefs } from '../../../api/src/graphql/schema';
import { useApiCorpus } from '../../_utils/apiCorpus';

// The GraphiQL page opens with one tab per graph-schema/examples/*.graphql; each must be valid and run without errors.
const { gql } = useApiCorpus();
const dir = path.join(PROJECT_ROOT, 'graph-schema', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();

describe('graph-schema/examples', () => {
  it('has one example per main operation', () => {
    const operations = examples.map((f) => /^\d+-(\w+)\.graphql$/.exec(f)?.[1]);
    expect(operations).toEqual(['search', 'entity', 'neighborhood', 'path', 'statements', 'relationTimeline', 'toneMap', 'articles', 'stats']);
  });

  it.each(examples)('%s is valid against the schema and runs over HTTP without errors', async (file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    expect(validate(buildSchema(loadTypeDefs()), parse(source))).toEqual([]);
    const variables = JSON.parse(/^#\s*variables:\s*(\{.*\})\s*$/m.exec(source)?.[1] ?? '{}');
    const res = await gql.raw(source, variables);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });
});
