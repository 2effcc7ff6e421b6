import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { setPageHeaders } from './securityHeaders';

/** Where `vite build` writes the pages (web/index.html → index.html, web/graphiql.html → graphiql.html) and their hashed assets. */
export interface WebBuild {
  distDir: string;
}

const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * Serves the built web pages: `/` (the web client, or a small page linking to GraphiQL until it is built), `/graphiql`, and the
 * hashed assets with year-long immutable caching. Pages are never cached without revalidation and carry the CSP.
 */
export function staticPages({ distDir }: WebBuild): Router {
  const router = express.Router();
  const page = (file: string) => path.join(distDir, file);

  router.get('/', (_req: Request, res: Response) => {
    setPageHeaders(res);
    if (existsSync(page('index.html'))) return res.sendFile(page('index.html'));
    res.type('html').send(FALLBACK_HOME);
  });
  router.get(['/graphiql', '/graphiql/'], (_req: Request, res: Response) => {
    setPageHeaders(res);
    if (existsSync(page('graphiql.html'))) return res.sendFile(page('graphiql.html'));
    res.status(503).type('html').send(NOT_BUILT);
  });
  router.use(
    express.static(distDir, {
      index: false,
      redirect: false,
      // Only hashed bundles are served from here; the HTML pages go through the routes above.
      setHeaders(res, file) {
        if (file.endsWith('.html')) setPageHeaders(res);
        else if (file.startsWith(path.join(distDir, 'assets') + path.sep)) res.set('Cache-Control', `public, max-age=${ONE_YEAR_S}, immutable`);
        else res.set('Cache-Control', 'no-cache');
      },
    }),
  );
  return router;
}

const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .2em}';

const FALLBACK_HOME = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diplograph</title><style>${STYLE}</style></head>
<body><h1>Diplograph</h1>
<p>The GraphQL API is at <code>/graphql</code>. Explore it in <a href="/graphiql">GraphiQL</a>, which comes with an example for each main operation.</p>
<p>Health: <a href="/healthz">/healthz</a>. The graph explorer will be served here once it is built.</p>
</body></html>
`;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphiQL is not built</title><style>${STYLE}</style></head>
<body><h1>GraphiQL is not built</h1><p>Run <code>npm run build</code> (or <code>npm start</code>, which builds it when needed) and reload.</p></body></html>
`;
