import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { ForbiddenError, UnauthenticatedError } from '../errors/index';

/** What the server was configured with, for deciding who may read and who may write. */
export interface AuthPolicy {
  /** DIPLOGRAPH_API_KEY: mutations need it. */
  apiKey: string | null;
  /** DIPLOGRAPH_READ_KEY: when set, every request needs it (or the API key). */
  readKey: string | null;
  /** Whether the server listens on a loopback address only (then mutations are open when no API key is set). */
  loopbackOnly: boolean;
}

/** What one request may do: decided once per request from its `Authorization` header. */
export type RequestAuth =
  | { phase: 'writer' }
  | { phase: 'reader'; writeRefusal: UnauthenticatedError | ForbiddenError }
  | { phase: 'refused'; error: UnauthenticatedError };

/** Whether `host` (as given to HOST) binds to loopback only: 127.0.0.0/8, ::1 or localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/** Reads the bearer token of an `Authorization` header; null when there is none or it is not a Bearer header. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1] ?? null;
}

/** Compares a presented key with the configured one in constant time (both hashed first, so their lengths leak nothing). */
export function keysMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * Decides what a request may do. Reads are open unless a read key is set; mutations need the API key, or, with no API key
 * configured, a server listening on loopback only. Never throws: refusals are returned, and raised by the caller when they apply.
 */
export function authorizeRequest(policy: AuthPolicy, authorization: string | undefined): RequestAuth {
  const token = bearerToken(authorization);
  const isWriter = token !== null && policy.apiKey !== null && keysMatch(token, policy.apiKey);
  if (isWriter) return { phase: 'writer' };
  if (policy.readKey !== null && (token === null || !keysMatch(token, policy.readKey))) {
    return {
      phase: 'refused',
      error: new UnauthenticatedError(
        token === null
          ? 'auth: this server needs a key for every request; send Authorization: Bearer <DIPLOGRAPH_READ_KEY>'
          : 'auth: the key in the Authorization header is wrong; send Authorization: Bearer <DIPLOGRAPH_READ_KEY>',
      ),
    };
  }
  if (policy.apiKey === null) {
    return policy.loopbackOnly
      ? { phase: 'writer' }
      : {
          phase: 'reader',
          writeRefusal: new ForbiddenError(
            'auth: mutations are disabled because the server listens beyond loopback (HOST) without DIPLOGRAPH_API_KEY; set DIPLOGRAPH_API_KEY and send Authorization: Bearer <key>, or listen on 127.0.0.1',
          ),
        };
  }
  return {
    phase: 'reader',
    writeRefusal: new UnauthenticatedError(
      token === null
        ? 'auth: mutations need a key; send Authorization: Bearer <DIPLOGRAPH_API_KEY>'
        : 'auth: the key in the Authorization header is wrong; send Authorization: Bearer <DIPLOGRAPH_API_KEY>',
    ),
  };
}
