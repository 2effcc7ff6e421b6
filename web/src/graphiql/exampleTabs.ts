import type { ComponentProps } from 'react';
import type { GraphiQL } from 'graphiql';

// @graphiql/react does not export its tab type; take it from GraphiQL's own props.
type TabDefinition = NonNullable<ComponentProps<typeof GraphiQL>['defaultTabs']>[number];

// One example per main operation lives in graph-schema/examples/*.graphql (checked against the schema by the API tests);
// each becomes a GraphiQL tab. A leading `# variables: {…}` comment line, when present, fills the variables editor.
const files = import.meta.glob<string>('../../../graph-schema/examples/*.graphql', { query: '?raw', import: 'default', eager: true });

const FALLBACK = `# Diplograph's GraphQL API. Press the run button (or Ctrl-Enter).
# The Docs panel on the left describes every type, field and argument.
query Stats {
  stats { persons countries organizations treaties statements articles firstDate lastDate sampleData }
}
`;

/** The example tabs, in file-name order; one fallback tab when there are none. */
export function exampleTabs(): TabDefinition[] {
  const tabs = Object.keys(files)
    .sort()
    .map((path) => toTab(files[path] ?? ''))
    .filter((tab) => (tab.query ?? '').trim() !== '');
  return tabs.length ? tabs : [{ query: FALLBACK }];
}

function toTab(source: string): TabDefinition {
  const m = /^#\s*variables:\s*(\{.*\})\s*$/im.exec(source);
  if (!m?.[1]) return { query: source };
  try {
    return { query: source, variables: JSON.stringify(JSON.parse(m[1]), null, 2) };
  } catch {
    return { query: source };
  }
}
