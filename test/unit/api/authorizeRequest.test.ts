import { describe, expect, it } from 'vitest';
import { authorizeRequest, bearerToken, isLoopbackHost, keysMatch } from '../../../api/src/graphql/auth';

const KEY = 'api-key-0123456789abcdef';
const READ = 'read-key-0123456789abcdef';

describe('isLoopbackHost', () => {
  it.each([['127.0.0.1', true], ['127.1.2.3', true], ['::1', true], ['[::1]', true], ['localhost', true], ['0.0.0.0', false], ['::', false], ['192.168.1.5', false], ['example.org', false]])(
    '%s → %s',
    (host, expected) => expect(isLoopbackHost(host)).toBe(expected),
  );
});

describe('bearerToken and keysMatch', () => {
  it('reads only Bearer headers', () => {
    expect(bearerToken(`Bearer ${KEY}`)).toBe(KEY);
    expect(bearerToken(`bearer   ${KEY}  `)).toBe(KEY);
    expect(bearerToken(`Basic ${KEY}`)).toBeNull();
    expect(bearerToken(`Bearer a b`)).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('compares keys of any length without throwing', () => {
    expect(keysMatch(KEY, KEY)).toBe(true);
    expect(keysMatch('x', KEY)).toBe(false);
    expect(keysMatch(`${KEY}x`, KEY)).toBe(false);
  });
});

describe('authorizeRequest', () => {
  it('lets everyone write on loopback with no key configured', () => {
    expect(authorizeRequest({ apiKey: null, readKey: null, loopbackOnly: true }, undefined)).toEqual({ phase: 'writer' });
  });

  it('refuses writes beyond loopback with no key configured, as FORBIDDEN whatever the header', () => {
    for (const header of [undefined, `Bearer ${KEY}`]) {
      const auth = authorizeRequest({ apiKey: null, readKey: null, loopbackOnly: false }, header);
      expect(auth.phase).toBe('reader');
      if (auth.phase === 'reader') expect(auth.writeRefusal.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('needs the API key to write when one is configured, on loopback too', () => {
    expect(authorizeRequest({ apiKey: KEY, readKey: null, loopbackOnly: true }, `Bearer ${KEY}`)).toEqual({ phase: 'writer' });
    const wrong = authorizeRequest({ apiKey: KEY, readKey: null, loopbackOnly: true }, 'Bearer nope');
    expect(wrong.phase === 'reader' && wrong.writeRefusal.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses every request without the read key (or the API key) when a read key is set', () => {
    const policy = { apiKey: KEY, readKey: READ, loopbackOnly: true };
    expect(authorizeRequest(policy, undefined).phase).toBe('refused');
    expect(authorizeRequest(policy, 'Bearer nope').phase).toBe('refused');
    expect(authorizeRequest(policy, `Bearer ${READ}`).phase).toBe('reader');
    expect(authorizeRequest(policy, `Bearer ${KEY}`).phase).toBe('writer');
  });
});
