import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';

// One multi-page build: every HTML page in web/ listed here becomes web/dist/<name>.html, and their scripts, styles and
// workers land in web/dist/assets/ with content hashes (the server caches those for a year). See web/README.md.
const WEB = path.resolve(import.meta.dirname, 'web');
const PAGES: Record<string, string> = {
  index: 'index.html',
  graphiql: 'graphiql.html',
};

// A page whose HTML file does not exist yet is skipped, so the build works while the web client is being written.
const input = Object.fromEntries(
  Object.entries(PAGES)
    .map(([name, file]) => [name, path.join(WEB, file)] as const)
    .filter(([, file]) => existsSync(file)),
);

// Where `npm run dev` sends API calls: the server started by `npm start` (PORT, default 4000).
const API_ORIGIN = process.env.DIPLOGRAPH_API_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root: WEB,
  base: '/',
  publicDir: false,
  build: {
    outDir: path.join(WEB, 'dist'),
    emptyOutDir: true,
    // Monaco is large by nature; it is loaded only by the GraphiQL page.
    chunkSizeWarningLimit: 5_000,
    rolldownOptions: {
      input,
      // React libraries mark files "use client", which means nothing outside a server-components bundler.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  // The dev server pre-bundles dependencies with Rolldown, which cannot load Vite's `?worker` imports: GraphiQL's Monaco
  // worker setup is served as it is (Vite's worker plugin handles it), everything else is pre-bundled as usual.
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    proxy: {
      '/graphql': API_ORIGIN,
      '/healthz': API_ORIGIN,
    },
  },
});
