import { z } from 'zod';

import { DEFAULT_RESILIENCE, type IntegrationSettings } from '@mpp/integrations';

/**
 * Every setting of both apps, read once from the environment at start. Nothing else in the
 * code base reads `process.env`: main.ts hands it to `loadConfig`, which either returns a
 * typed object or throws one ConfigError naming every bad variable.
 */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  apiPort: number;
  adminPort: number;
  logLevel: LogLevel;
  /** Folder of the deployment files and national templates (national/ inside it). */
  deploymentsDir: string;
  database: {
    /** Unset: the embedded PostgreSQL under `dataDir`. */
    url?: string;
    dataDir: string;
    migrateOnStart: boolean;
    poolSize: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    /** Client side: a statement without any answer in this time fails (a frozen server). */
    queryTimeoutMs: number;
    idleInTransactionTimeoutMs: number;
  };
  auth: {
    /** HS256 key of access tokens; unset outside production: a random key kept in the data folder. */
    jwtSecret?: string;
    accessTokenTtlSeconds: number;
    /** How long an instance trusts what it last read of an account's session version (ADR 0007). */
    sessionCheckMs: number;
    refreshTokenTtlDays: number;
    /** The first national admin, created on first start when no national admin exists. */
    bootstrapAdmin?: { email: string; password: string };
    /** Demo accounts with the README's passwords: the embedded demo only. */
    demoAccounts: boolean;
  };
  redis: {
    /** Unset: rate-limit counters live in each process. */
    url?: string;
    keyPrefix: string;
  };
  rateLimits: {
    loginPerMinute: number;
    publicPerMinute: number;
    apiKeyPerMinute: number;
    devicePerMinute: number;
  };
  http: {
    docsEnabled: boolean;
    /** The address integrators call (the OpenAPI documents' `servers`); unset: this process's own address. */
    publicBaseUrl?: string;
    corsOrigins: string[];
    trustProxy: boolean;
    bodyLimitBytes: number;
    shutdownTimeoutMs: number;
    /** Folder of the built web app (the mall's screens) that the API serves; absent: none served. */
    webDir: string;
    /** Where the API forwards `/admin/api/*` for the console it serves (decision 0060); unset: none. */
    adminUrl?: string;
  };
  /** Outbound integrations (Dukcapil, OSS, Samsat): limits, endpoints and credentials, never from files. */
  integrations: IntegrationsConfig;
  /**
   * Keys for personal data at rest (NIK): AES-256-GCM keys by id, the first sealing new values,
   * and the HMAC key of the blind index. Unset outside production: keys kept in the data folder.
   */
  personalData: { keys?: { id: string; key: Buffer }[]; indexKey?: Buffer };
  /** Application documents: limits, and where the bytes are kept. */
  documents: DocumentsConfig;
  /** Webhook delivery: the worker in each API process, its pace, retries and the SSRF guard. */
  webhooks: WebhooksConfig;
}

export interface WebhooksConfig {
  worker: boolean;
  /** Outside production by default: http and loopback targets, so tests and demos use a local receiver. */
  allowPrivateTargets: boolean;
  retryBaseMs: number;
  retryWindowMs: number;
  /** The longest wait between attempts (and at most a quarter of the window). */
  retryMaxWaitMs: number;
  pollMs: number;
  leaseMs: number;
  timeoutMs: number;
  batchSize: number;
  /** Delivered and failed deliveries, and outbox events with nothing left to deliver, are deleted this long after (decision 0035). */
  retentionMs: number;
  /** How often each worker prunes. */
  pruneEveryMs: number;
}

export interface DocumentsConfig {
  maxBytes: number;
  maxCount: number;
  /** `filesystem`: under MPP_DATA_DIR/documents; `s3`: an S3-compatible bucket. */
  storage: 'filesystem' | 's3';
  s3?: { bucket: string; region: string; endpoint?: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };
}

/**
 * The adapters' settings exactly as the integrations define them (resilience limits included),
 * so the two never drift, plus what only the platform reads. Unset `simulatorUrl`: the API starts
 * its own simulators on a loopback port when a region uses one.
 */
export interface IntegrationsConfig extends IntegrationSettings {
  oss: IntegrationSettings['oss'] & {
    /** What OSS hashes into the `Token` header of its callbacks; unset, callbacks are refused. */
    callback?: { username: string; password: string };
  };
  lapor: NonNullable<IntegrationSettings['lapor']>;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `  - ${problem.variable}: ${problem.message}`).join('\n') +
        '\nEvery setting is described in docs/settings.md.',
    );
    this.name = 'ConfigError';
  }
}

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });

const port = wholeNumber(1, 65535);

const flag = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }))
  .transform((value) => ['true', '1', 'yes'].includes(value));

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { error: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/mpp' },
);

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, { error: 'must list origins such as https://mpp.kotabogor.go.id, comma-separated' })),
  );

const httpUrl = z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, { error: 'must be an http(s) URL such as https://api-stg.oss.go.id/stg' });

const base64Key = (bytes: number) =>
  z
    .string()
    .transform((value) => Buffer.from(value, 'base64'))
    .refine((key) => key.length === bytes, { error: `must be ${bytes} random bytes in base64 (openssl rand -base64 ${bytes})` });

// `2026a:BASE64,2025b:BASE64`: id and 32-byte key, the first seals new values, the others only open old ones.
const keyRing = z
  .string()
  .transform((value) => value.split(',').map((entry) => entry.trim().split(':')))
  .pipe(
    z.array(
      z
        .tuple([z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), base64Key(32)], {
          error: 'must list id:base64key pairs, comma-separated, each key 32 random bytes (openssl rand -base64 32)',
        })
        .transform(([id, key]) => ({ id, key })),
    ),
  )
  .refine((ring) => new Set(ring.map((entry) => entry.id)).size === ring.length, {
    error: 'lists a key id twice; each key needs its own id',
  });

const transport = z.enum(['direct', 'splp'], { error: 'must be direct or splp' });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  ADMIN_PORT: port.default(3001),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DATABASE_URL: postgresUrl.optional(),
  MPP_DATA_DIR: z.string().min(1).default('.data'),
  MPP_DEPLOYMENTS_DIR: z.string().min(1).default('deployments'),
  DB_MIGRATE_ON_START: flag.default(true),
  DB_POOL_SIZE: wholeNumber(1, 500).default(10),
  // A database that is down or frozen answers 503 DATABASE_UNAVAILABLE within these, not after a
  // hang (ADR 0008): a request waiting for a connection gives up after the connect timeout.
  DB_CONNECT_TIMEOUT_MS: wholeNumber(100, 120_000).default(2_000),
  DB_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(15_000),
  DB_QUERY_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(16_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(30_000),
  DOCS_ENABLED: flag.optional(),
  PUBLIC_BASE_URL: httpUrl.optional(),
  MPP_WEB_DIR: z.string().min(1).default('dist/apps/web'),
  // The admin app as the API reaches it, for the console's calls (decision 0060); 'off' forwards nothing.
  MPP_ADMIN_URL: z.union([z.literal('off'), httpUrl]).optional(),
  WEBHOOK_WORKER: flag.default(true),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: flag.optional(),
  WEBHOOK_RETRY_BASE_MS: wholeNumber(10, 3_600_000).default(5_000),
  WEBHOOK_RETRY_WINDOW_MS: wholeNumber(100, 7 * 86_400_000).default(86_400_000),
  WEBHOOK_RETRY_MAX_WAIT_MS: wholeNumber(10, 86_400_000).default(1_800_000),
  WEBHOOK_POLL_MS: wholeNumber(10, 60_000).default(500),
  WEBHOOK_LEASE_MS: wholeNumber(100, 3_600_000).default(60_000),
  WEBHOOK_TIMEOUT_MS: wholeNumber(100, 60_000).default(10_000),
  WEBHOOK_BATCH_SIZE: wholeNumber(1, 500).default(100),
  WEBHOOK_RETENTION_MS: wholeNumber(60_000, 366 * 86_400_000).default(30 * 86_400_000),
  WEBHOOK_PRUNE_EVERY_MS: wholeNumber(1_000, 86_400_000).default(3_600_000),
  CORS_ORIGINS: origins.default([]),
  TRUST_PROXY: flag.default(false),
  BODY_LIMIT_BYTES: wholeNumber(1_024, 50 * 1024 * 1024).default(1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 300_000).default(10_000),
  AUTH_JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters of random text' }).optional(),
  AUTH_ACCESS_TOKEN_TTL_SECONDS: wholeNumber(60, 3_600).default(900),
  // At most this long may a disabled or changed account's token keep working on an instance
  // that missed the Redis notice (or runs without Redis); 0 reads the account on every request.
  AUTH_SESSION_CHECK_MS: wholeNumber(0, 10_000).default(5_000),
  AUTH_REFRESH_TOKEN_TTL_DAYS: wholeNumber(1, 90).default(14),
  MPP_BOOTSTRAP_ADMIN_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  MPP_BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters' }).optional(),
  MPP_DEMO_ACCOUNTS: flag.default(false),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, { error: 'must be a Redis URL such as redis://127.0.0.1:6379' })
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,40}$/, { error: 'must be 1 to 40 letters, digits, colons, dashes or underscores' })
    .default('mpp:'),
  RATE_LIMIT_LOGIN_PER_MINUTE: wholeNumber(1, 10_000).default(10),
  RATE_LIMIT_PUBLIC_PER_MINUTE: wholeNumber(1, 1_000_000).default(600),
  RATE_LIMIT_API_KEY_PER_MINUTE: wholeNumber(1, 1_000_000).default(1_200),
  // A kiosk issues a ticket every few seconds at opening time, and a board reconnects.
  RATE_LIMIT_DEVICE_PER_MINUTE: wholeNumber(1, 1_000_000).default(600),
  INTEGRATIONS_SIMULATOR_URL: httpUrl.optional(),
  // Unset, each limit is the integrations' own default (DEFAULT_RESILIENCE).
  INTEGRATIONS_ATTEMPT_TIMEOUT_MS: wholeNumber(50, 120_000).default(DEFAULT_RESILIENCE.attemptTimeoutMs),
  INTEGRATIONS_CALL_TIMEOUT_MS: wholeNumber(50, 300_000).default(DEFAULT_RESILIENCE.callTimeoutMs),
  INTEGRATIONS_RETRIES: wholeNumber(0, 5).default(DEFAULT_RESILIENCE.retries),
  INTEGRATIONS_BACKOFF_MS: wholeNumber(1, 60_000).default(DEFAULT_RESILIENCE.backoffMs),
  INTEGRATIONS_BREAKER_FAILURES: wholeNumber(1, 1_000).default(DEFAULT_RESILIENCE.breakerFailures),
  INTEGRATIONS_BREAKER_COOLDOWN_MS: wholeNumber(100, 3_600_000).default(DEFAULT_RESILIENCE.breakerCooldownMs),
  INTEGRATIONS_MAX_CONCURRENT: wholeNumber(1, 1_000).default(DEFAULT_RESILIENCE.maxConcurrent),
  INTEGRATIONS_MAX_QUEUED: wholeNumber(0, 10_000).default(DEFAULT_RESILIENCE.maxQueued),
  SPLP_API_KEY: z.string().min(1).optional(),
  SPLP_KEY_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,60}$/, { error: 'must be an HTTP header name' })
    .default('APIkey'),
  DUKCAPIL_BASE_URL: httpUrl.optional(),
  DUKCAPIL_TRANSPORT: transport.default('direct'),
  DUKCAPIL_CONSUMER: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,100}$/, { error: 'must be the consumer name Dukcapil issued' })
    .optional(),
  DUKCAPIL_USER_ID: z.string().min(1).optional(),
  DUKCAPIL_PASSWORD: z.string().min(1).optional(),
  DUKCAPIL_IP_USER: z.string().min(1).optional(),
  DUKCAPIL_THRESHOLD: wholeNumber(0, 100).default(90),
  OSS_BASE_URL: httpUrl.optional(),
  OSS_TRANSPORT: transport.default('direct'),
  OSS_USER_KEY: z.string().min(1).optional(),
  OSS_CALLBACK_USERNAME: z.string().min(1).optional(),
  OSS_CALLBACK_PASSWORD: z.string().min(8, { error: 'must be at least 8 characters' }).optional(),
  SAMSAT_BASE_URL: httpUrl.optional(),
  SAMSAT_TRANSPORT: transport.default('direct'),
  SAMSAT_API_KEY: z.string().min(1).optional(),
  LAPOR_BASE_URL: httpUrl.optional(),
  LAPOR_TRANSPORT: transport.default('splp'),
  LAPOR_AUTH_SECRET: z.string().min(1).optional(),
  LAPOR_TOKEN: z.string().min(1).optional(),
  PERSONAL_DATA_KEYS: keyRing.optional(),
  DOCUMENT_MAX_BYTES: wholeNumber(1_024, 50 * 1024 * 1024).default(5 * 1024 * 1024),
  DOCUMENT_MAX_COUNT: wholeNumber(1, 100).default(10),
  DOCUMENT_STORAGE: z.enum(['filesystem', 's3'], { error: 'must be filesystem or s3' }).default('filesystem'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'must be an S3 bucket name' })
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: httpUrl.optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: flag.default(true),
  PERSONAL_DATA_INDEX_KEY: base64Key(32).optional(),
});

/** Variables whose values never appear in an error message. */
const SECRET_VARIABLES = new Set([
  'DATABASE_URL',
  'AUTH_JWT_SECRET',
  'MPP_BOOTSTRAP_ADMIN_PASSWORD',
  'REDIS_URL',
  'SPLP_API_KEY',
  'DUKCAPIL_USER_ID',
  'DUKCAPIL_PASSWORD',
  'OSS_USER_KEY',
  'OSS_CALLBACK_PASSWORD',
  'SAMSAT_API_KEY',
  'LAPOR_AUTH_SECRET',
  'LAPOR_TOKEN',
  'PERSONAL_DATA_KEYS',
  'PERSONAL_DATA_INDEX_KEY',
  'S3_SECRET_ACCESS_KEY',
]);

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // An empty variable counts as unset, as in most shells' `VAR= command`.
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      const given = present[variable];
      const shown = given === undefined || SECRET_VARIABLES.has(variable) ? '' : ` (got "${given}")`;
      return { variable, message: `${issue.message}${shown}` };
    });
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  const problems: ConfigProblem[] = [];
  if (v.PORT === v.ADMIN_PORT) problems.push({ variable: 'ADMIN_PORT', message: `must differ from PORT (both are ${v.PORT})` });
  if (v.NODE_ENV === 'production' && !v.AUTH_JWT_SECRET) {
    problems.push({ variable: 'AUTH_JWT_SECRET', message: 'is required in production (at least 32 characters of random text)' });
  }
  if (Boolean(v.MPP_BOOTSTRAP_ADMIN_EMAIL) !== Boolean(v.MPP_BOOTSTRAP_ADMIN_PASSWORD)) {
    problems.push({
      variable: v.MPP_BOOTSTRAP_ADMIN_EMAIL ? 'MPP_BOOTSTRAP_ADMIN_PASSWORD' : 'MPP_BOOTSTRAP_ADMIN_EMAIL',
      message: 'must be set together with its pair',
    });
  }
  if (v.MPP_DEMO_ACCOUNTS && (v.DATABASE_URL || v.NODE_ENV === 'production')) {
    problems.push({ variable: 'MPP_DEMO_ACCOUNTS', message: 'is for the embedded demo only: not with DATABASE_URL or in production' });
  }
  if (Boolean(v.OSS_CALLBACK_USERNAME) !== Boolean(v.OSS_CALLBACK_PASSWORD)) {
    problems.push({
      variable: v.OSS_CALLBACK_USERNAME ? 'OSS_CALLBACK_PASSWORD' : 'OSS_CALLBACK_USERNAME',
      message: 'must be set together with its pair',
    });
  }
  if (v.DB_QUERY_TIMEOUT_MS <= v.DB_STATEMENT_TIMEOUT_MS) {
    // The server cancels a slow statement first (an ordinary error); the client's own timeout
    // only fires when the server does not answer at all.
    problems.push({ variable: 'DB_QUERY_TIMEOUT_MS', message: 'must be longer than DB_STATEMENT_TIMEOUT_MS' });
  }
  if (v.INTEGRATIONS_CALL_TIMEOUT_MS < v.INTEGRATIONS_ATTEMPT_TIMEOUT_MS) {
    problems.push({ variable: 'INTEGRATIONS_CALL_TIMEOUT_MS', message: 'must be at least INTEGRATIONS_ATTEMPT_TIMEOUT_MS' });
  }
  if (v.NODE_ENV === 'production') {
    for (const variable of ['PERSONAL_DATA_KEYS', 'PERSONAL_DATA_INDEX_KEY'] as const) {
      if (!v[variable]) problems.push({ variable, message: 'is required in production (NIKs are stored encrypted)' });
    }
  }
  if (Boolean(v.PERSONAL_DATA_KEYS) !== Boolean(v.PERSONAL_DATA_INDEX_KEY)) {
    problems.push({
      variable: v.PERSONAL_DATA_KEYS ? 'PERSONAL_DATA_INDEX_KEY' : 'PERSONAL_DATA_KEYS',
      message: 'must be set together with its pair',
    });
  }
  if (v.DOCUMENT_STORAGE === 's3') {
    for (const variable of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!v[variable]) problems.push({ variable, message: 'is required with DOCUMENT_STORAGE=s3' });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    apiPort: v.PORT,
    adminPort: v.ADMIN_PORT,
    logLevel: v.LOG_LEVEL,
    deploymentsDir: v.MPP_DEPLOYMENTS_DIR,
    database: {
      url: v.DATABASE_URL,
      dataDir: v.MPP_DATA_DIR,
      migrateOnStart: v.DB_MIGRATE_ON_START,
      poolSize: v.DB_POOL_SIZE,
      connectTimeoutMs: v.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: v.DB_STATEMENT_TIMEOUT_MS,
      queryTimeoutMs: v.DB_QUERY_TIMEOUT_MS,
      idleInTransactionTimeoutMs: v.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    auth: {
      jwtSecret: v.AUTH_JWT_SECRET,
      accessTokenTtlSeconds: v.AUTH_ACCESS_TOKEN_TTL_SECONDS,
      sessionCheckMs: v.AUTH_SESSION_CHECK_MS,
      refreshTokenTtlDays: v.AUTH_REFRESH_TOKEN_TTL_DAYS,
      bootstrapAdmin:
        v.MPP_BOOTSTRAP_ADMIN_EMAIL && v.MPP_BOOTSTRAP_ADMIN_PASSWORD
          ? { email: v.MPP_BOOTSTRAP_ADMIN_EMAIL.toLowerCase(), password: v.MPP_BOOTSTRAP_ADMIN_PASSWORD }
          : undefined,
      demoAccounts: v.MPP_DEMO_ACCOUNTS,
    },
    redis: { url: v.REDIS_URL, keyPrefix: v.REDIS_KEY_PREFIX },
    rateLimits: {
      loginPerMinute: v.RATE_LIMIT_LOGIN_PER_MINUTE,
      publicPerMinute: v.RATE_LIMIT_PUBLIC_PER_MINUTE,
      apiKeyPerMinute: v.RATE_LIMIT_API_KEY_PER_MINUTE,
      devicePerMinute: v.RATE_LIMIT_DEVICE_PER_MINUTE,
    },
    http: {
      docsEnabled: v.DOCS_ENABLED ?? v.NODE_ENV !== 'production',
      publicBaseUrl: v.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
      corsOrigins: v.CORS_ORIGINS,
      trustProxy: v.TRUST_PROXY,
      bodyLimitBytes: v.BODY_LIMIT_BYTES,
      shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
      webDir: v.MPP_WEB_DIR,
      adminUrl: adminUrlOf(v.MPP_ADMIN_URL, v.HOST, v.ADMIN_PORT),
    },
    integrations: {
      simulatorUrl: v.INTEGRATIONS_SIMULATOR_URL,
      resilience: {
        attemptTimeoutMs: v.INTEGRATIONS_ATTEMPT_TIMEOUT_MS,
        callTimeoutMs: v.INTEGRATIONS_CALL_TIMEOUT_MS,
        retries: v.INTEGRATIONS_RETRIES,
        backoffMs: v.INTEGRATIONS_BACKOFF_MS,
        breakerFailures: v.INTEGRATIONS_BREAKER_FAILURES,
        breakerCooldownMs: v.INTEGRATIONS_BREAKER_COOLDOWN_MS,
        maxConcurrent: v.INTEGRATIONS_MAX_CONCURRENT,
        maxQueued: v.INTEGRATIONS_MAX_QUEUED,
      },
      splp: { apiKey: v.SPLP_API_KEY, keyHeader: v.SPLP_KEY_HEADER },
      dukcapil: {
        baseUrl: v.DUKCAPIL_BASE_URL,
        transport: v.DUKCAPIL_TRANSPORT,
        consumer: v.DUKCAPIL_CONSUMER,
        userId: v.DUKCAPIL_USER_ID,
        password: v.DUKCAPIL_PASSWORD,
        ipUser: v.DUKCAPIL_IP_USER,
        threshold: v.DUKCAPIL_THRESHOLD,
      },
      oss: {
        baseUrl: v.OSS_BASE_URL,
        transport: v.OSS_TRANSPORT,
        userKey: v.OSS_USER_KEY,
        callback:
          v.OSS_CALLBACK_USERNAME && v.OSS_CALLBACK_PASSWORD
            ? { username: v.OSS_CALLBACK_USERNAME, password: v.OSS_CALLBACK_PASSWORD }
            : undefined,
      },
      samsat: { baseUrl: v.SAMSAT_BASE_URL, transport: v.SAMSAT_TRANSPORT, apiKey: v.SAMSAT_API_KEY },
      lapor: { baseUrl: v.LAPOR_BASE_URL, transport: v.LAPOR_TRANSPORT, secret: v.LAPOR_AUTH_SECRET, token: v.LAPOR_TOKEN },
    },
    personalData: { keys: v.PERSONAL_DATA_KEYS, indexKey: v.PERSONAL_DATA_INDEX_KEY },
    webhooks: {
      worker: v.WEBHOOK_WORKER,
      allowPrivateTargets: v.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? v.NODE_ENV !== 'production',
      retryBaseMs: v.WEBHOOK_RETRY_BASE_MS,
      retryWindowMs: v.WEBHOOK_RETRY_WINDOW_MS,
      retryMaxWaitMs: v.WEBHOOK_RETRY_MAX_WAIT_MS,
      pollMs: v.WEBHOOK_POLL_MS,
      leaseMs: v.WEBHOOK_LEASE_MS,
      timeoutMs: v.WEBHOOK_TIMEOUT_MS,
      batchSize: v.WEBHOOK_BATCH_SIZE,
      retentionMs: v.WEBHOOK_RETENTION_MS,
      pruneEveryMs: v.WEBHOOK_PRUNE_EVERY_MS,
    },
    documents: {
      maxBytes: v.DOCUMENT_MAX_BYTES,
      maxCount: v.DOCUMENT_MAX_COUNT,
      storage: v.DOCUMENT_STORAGE,
      s3:
        v.DOCUMENT_STORAGE === 's3' && v.S3_BUCKET && v.S3_ACCESS_KEY_ID && v.S3_SECRET_ACCESS_KEY
          ? {
              bucket: v.S3_BUCKET,
              region: v.S3_REGION,
              endpoint: v.S3_ENDPOINT,
              accessKeyId: v.S3_ACCESS_KEY_ID,
              secretAccessKey: v.S3_SECRET_ACCESS_KEY,
              forcePathStyle: v.S3_FORCE_PATH_STYLE,
            }
          : undefined,
    },
  };
}

/** The variables `loadConfig` reads, for the settings page's check (docs/settings.md) and `--help` style listings. */
export const CONFIG_VARIABLES = Object.keys(schema.shape);

/** By default the admin app of the same machine: its host (loopback when it listens everywhere) and port. */
function adminUrlOf(setting: string | undefined, host: string, adminPort: number): string | undefined {
  if (setting === 'off') return undefined;
  if (setting) return setting.replace(/\/+$/, '');
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachable}:${adminPort}`;
}
