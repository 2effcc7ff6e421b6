// GraphiQL, bundled by Vite from the graphiql package: it runs offline, with no CDN (Apollo's landing page would load one).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './exampleTabs';

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql: the page has no #graphiql element');

// Same origin as the page: the API and GraphiQL are served on one port.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const tabs = exampleTabs();
// GraphiQL fills the first tab's query from defaultTabs but not its variables; give them on a first visit only, so that a
// returning user's saved tabs are left as they were.
const firstVisit = window.localStorage.getItem('graphiql:tabState') === null;

createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    ...(firstVisit && tabs[0]?.variables ? { initialVariables: tabs[0].variables } : {}),
    // A key typed into the headers editor stays in this browser only when the user asks for it.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'variables',
  }),
);
