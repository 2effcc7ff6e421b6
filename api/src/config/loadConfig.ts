import path from 'node:path';
import { z } from 'zod';

/** Defaults for every setting, in one place (CONVENTIONS §7). */
export const CONFIG_DEFAULTS = Object.freeze({
  PORT: 4000,
  HOST: '127.0.0.1',
  NEO4J_BOLT_PORT: 7687,
  NEO4J_USER: 'neo4j',
  NEO4J_DATABASE: 'neo4j',
  NEO4J_HEAP: '1g',
  NEO4J_PAGECACHE: '512m',
  NEO4J_START_TIMEOUT_MS: 120_000,
  NEO4J_QUERY_TIMEOUT_MS: 5_000,
  NEO4J_WRITE_TIMEOUT_MS: 120_000,
  NEO4J_RETRY_TIME_MS: 3_000,
  NEO4J_ACQUISITION_TIMEOUT_MS: 3_000,
  DIPLOGRAPH_MAX_BODY_BYTES: 2 * 1024 * 1024,
  DIPLOGRAPH_RESPONSE_CACHE_MB: 64,
  DIPLOGRAPH_INTROSPECTION: true,
  LOG_LEVEL: 'info',
});

/** Where the embedded database is configured to come from. */
export type DatabaseMode =
  | { kind: 'embedded'; home: string; boltPort: number; heap: string; pageCache: string; startTimeoutMs: number }
  | { kind: 'external' };

/** The validated, frozen configuration of one Diplograph process. */
export interface Config {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  neo4j: {
    uri: string;
    user: string;
    /** Null means "read it from the embedded install's password file". */
    password: string | null;
    database: string;
    mode: DatabaseMode;
  };
  /** How `serve` talks to Neo4j: short timeouts so an API request fails cleanly instead of hanging. */
  api: {
    /** Transaction timeout of each API read (NEO4J_QUERY_TIMEOUT_MS). */
    queryTimeoutMs: number;
    /** Transaction timeout of each write, ingest batches included (NEO4J_WRITE_TIMEOUT_MS). */
    writeTimeoutMs: number;
    /** How long the driver retries a transient failure before the request fails with a retryable code (NEO4J_RETRY_TIME_MS). */
    retryTimeMs: number;
    /** How long a request waits for a database connection (NEO4J_ACQUISITION_TIMEOUT_MS). */
    acquisitionTimeoutMs: number;
    /** Key that mutations need as `Authorization: Bearer <key>` (DIPLOGRAPH_API_KEY); null: none configured. */
    apiKey: string | null;
    /** Key that every request needs when set (DIPLOGRAPH_READ_KEY); the API key is accepted too. */
    readKey: string | null;
    /** Largest accepted request body in bytes (DIPLOGRAPH_MAX_BODY_BYTES). */
    maxBodyBytes: number;
    /** Whether the schema can be introspected (DIPLOGRAPH_INTROSPECTION). */
    introspection: boolean;
    /** Size of the in-memory cache of query responses in MiB, 0 to turn it off (DIPLOGRAPH_RESPONSE_CACHE_MB). */
    responseCacheMb: number;
  };
  /** NODE_ENV=development: stack traces in error responses. */
  development: boolean;
  projectRoot: string;
}

/** A configuration mistake the user can fix; its message names the variable and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number between 1 and 65535` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`);

const memorySize = (name: string) =>
  z.string().regex(/^\d+[kmgKMG]$/, `${name} must look like 512m or 2g`);

const millis = (name: string, min: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(min, `${name} must be at least ${min}`);

// Keys are compared as SHA-256 hashes; a short key is guessable whatever the comparison.
const secretKey = (name: string) =>
  z.string().min(16, `${name} must be at least 16 characters; generate one with: openssl rand -hex 32`).optional();

const flag = (name: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: `${name} must be true or false` })
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const EnvSchema = z.object({
  PORT: port('PORT').default(CONFIG_DEFAULTS.PORT),
  HOST: z.string().min(1).default(CONFIG_DEFAULTS.HOST),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s/]+/,
      'NEO4J_URI must start with bolt://, neo4j:// or neo4j+s:// followed by a host, e.g. neo4j+s://xxxx.databases.neo4j.io',
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default(CONFIG_DEFAULTS.NEO4J_USER),
  NEO4J_PASSWORD: z.string().min(1, 'NEO4J_PASSWORD must not be empty').optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9.-]+$/, 'NEO4J_DATABASE must be a database name such as neo4j').default(CONFIG_DEFAULTS.NEO4J_DATABASE),
  NEO4J_BOLT_PORT: port('NEO4J_BOLT_PORT').default(CONFIG_DEFAULTS.NEO4J_BOLT_PORT),
  NEO4J_HOME: z.string().min(1).optional(),
  NEO4J_HEAP: memorySize('NEO4J_HEAP').default(CONFIG_DEFAULTS.NEO4J_HEAP),
  NEO4J_PAGECACHE: memorySize('NEO4J_PAGECACHE').default(CONFIG_DEFAULTS.NEO4J_PAGECACHE),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1000, 'NEO4J_START_TIMEOUT_MS must be at least 1000').default(CONFIG_DEFAULTS.NEO4J_START_TIMEOUT_MS),
  NEO4J_QUERY_TIMEOUT_MS: millis('NEO4J_QUERY_TIMEOUT_MS', 100).default(CONFIG_DEFAULTS.NEO4J_QUERY_TIMEOUT_MS),
  NEO4J_WRITE_TIMEOUT_MS: millis('NEO4J_WRITE_TIMEOUT_MS', 1000).default(CONFIG_DEFAULTS.NEO4J_WRITE_TIMEOUT_MS),
  NEO4J_RETRY_TIME_MS: millis('NEO4J_RETRY_TIME_MS', 0).default(CONFIG_DEFAULTS.NEO4J_RETRY_TIME_MS),
  NEO4J_ACQUISITION_TIMEOUT_MS: millis('NEO4J_ACQUISITION_TIMEOUT_MS', 100).default(CONFIG_DEFAULTS.NEO4J_ACQUISITION_TIMEOUT_MS),
  DIPLOGRAPH_API_KEY: secretKey('DIPLOGRAPH_API_KEY'),
  DIPLOGRAPH_READ_KEY: secretKey('DIPLOGRAPH_READ_KEY'),
  DIPLOGRAPH_MAX_BODY_BYTES: z.coerce
    .number({ error: 'DIPLOGRAPH_MAX_BODY_BYTES must be a number of bytes, e.g. 2097152 for 2 MB' })
    .int('DIPLOGRAPH_MAX_BODY_BYTES must be a whole number of bytes')
    .min(1024, 'DIPLOGRAPH_MAX_BODY_BYTES must be at least 1024')
    .default(CONFIG_DEFAULTS.DIPLOGRAPH_MAX_BODY_BYTES),
  DIPLOGRAPH_INTROSPECTION: flag('DIPLOGRAPH_INTROSPECTION').optional(),
  DIPLOGRAPH_RESPONSE_CACHE_MB: z.coerce
    .number({ error: 'DIPLOGRAPH_RESPONSE_CACHE_MB must be a number of MiB, e.g. 64, or 0 to turn the response cache off' })
    .int('DIPLOGRAPH_RESPONSE_CACHE_MB must be a whole number of MiB')
    .min(0, 'DIPLOGRAPH_RESPONSE_CACHE_MB must be 0 or more')
    .max(65536, 'DIPLOGRAPH_RESPONSE_CACHE_MB must be at most 65536')
    .default(CONFIG_DEFAULTS.DIPLOGRAPH_RESPONSE_CACHE_MB),
  NODE_ENV: z.string().optional(),
});

/** The repository root: two levels above api/src/config. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Reads and validates configuration from an environment; throws ConfigError with a one-line, fixable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`config: ${first?.message ?? 'invalid environment'}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('config: NEO4J_PASSWORD must be set when NEO4J_URI points at your own server');
  }
  const mode: DatabaseMode = e.NEO4J_URI
    ? { kind: 'external' }
    : {
        kind: 'embedded',
        home: path.resolve(PROJECT_ROOT, e.NEO4J_HOME ?? '.neo4j'),
        boltPort: e.NEO4J_BOLT_PORT,
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      };
  return deepFreeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? null,
      database: e.NEO4J_DATABASE,
      mode,
    },
    api: {
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      writeTimeoutMs: e.NEO4J_WRITE_TIMEOUT_MS,
      retryTimeMs: e.NEO4J_RETRY_TIME_MS,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
      apiKey: e.DIPLOGRAPH_API_KEY ?? null,
      readKey: e.DIPLOGRAPH_READ_KEY ?? null,
      maxBodyBytes: e.DIPLOGRAPH_MAX_BODY_BYTES,
      introspection: e.DIPLOGRAPH_INTROSPECTION ?? CONFIG_DEFAULTS.DIPLOGRAPH_INTROSPECTION,
      responseCacheMb: e.DIPLOGRAPH_RESPONSE_CACHE_MB,
    },
    development: e.NODE_ENV === 'development',
    projectRoot: PROJECT_ROOT,
  });
}

// An exported-but-empty variable (`NEO4J_URI=`) means "not set", as shells and .env files use it.
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

function deepFreeze<T extends object>(o: T): Readonly<T> {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(o);
}
