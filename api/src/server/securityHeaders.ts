import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of every page: scripts, workers and connections only from this origin, no inline script and no
 * eval. Styles allow 'unsafe-inline' because GraphiQL's editor (Monaco) sets element styles at run time; workers allow blob:
 * because Monaco may start them from blob URLs. Verified in headless Chromium (test/int/api/serving.int.test.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries: no MIME sniffing, no framing, no referrer to other sites. */
export function securityHeaders() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    next();
  };
}

/** Sets the headers of an HTML page: the CSP above and no-cache (pages name the hashed assets, so they must be revalidated). */
export function setPageHeaders(res: Response): void {
  res.set({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache' });
}
