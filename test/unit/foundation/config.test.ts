import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../../../api/src/config/index';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j under .neo4j and port 4000 on loopback', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      neo4j: {
        uri: 'bolt://127.0.0.1:7687',
        user: 'neo4j',
        password: null,
        database: 'neo4j',
        mode: { kind: 'embedded', home: `${PROJECT_ROOT}/.neo4j`, boltPort: 7687, heap: '1g', pageCache: '512m', startTimeoutMs: 120_000 },
      },
      api: {
        apiKey: null,
        readKey: null,
        introspection: true,
        maxBodyBytes: 2_097_152,
        queryTimeoutMs: 5000,
        writeTimeoutMs: 120_000,
        retryTimeMs: 3000,
        acquisitionTimeoutMs: 3000,
        responseCacheMb: 64,
      },
      development: false,
      projectRoot: PROJECT_ROOT,
    });
    expect(Object.isFrozen(config.neo4j)).toBe(true);
  });

  it('uses your own server when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'news', mode: { kind: 'external' } });
  });

  it.each([
    [{ NEO4J_URI: 'http://x:7474', NEO4J_PASSWORD: 'p' }, /NEO4J_URI must start with bolt:\/\/, neo4j:\/\/ or neo4j\+s:\/\//],
    [{ NEO4J_URI: 'bolt://x:7687' }, /NEO4J_PASSWORD must be set/],
    [{ PORT: 'eighty' }, /PORT must be/],
    [{ PORT: '70000' }, /PORT must be between 1 and 65535/],
    [{ NEO4J_HEAP: 'lots' }, /NEO4J_HEAP must look like 512m or 2g/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DIPLOGRAPH_RESPONSE_CACHE_MB: 'big' }, /DIPLOGRAPH_RESPONSE_CACHE_MB must be a number of MiB/],
    [{ DIPLOGRAPH_RESPONSE_CACHE_MB: '-1' }, /DIPLOGRAPH_RESPONSE_CACHE_MB must be 0 or more/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('turns the response cache off with DIPLOGRAPH_RESPONSE_CACHE_MB=0', () => {
    expect(loadConfig({ DIPLOGRAPH_RESPONSE_CACHE_MB: '0' }).api.responseCacheMb).toBe(0);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.mode.kind).toBe('embedded');
  });
});
