import { z } from 'zod';

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
    idleInTransactionTimeoutMs: number;
  };
  auth: {
    /** HS256 key of access tokens; unset outside production: a random key kept in the data folder. */
    jwtSecret?: string;
    accessTokenTtlSeconds: number;
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
    corsOrigins: string[];
    trustProxy: boolean;
    bodyLimitBytes: number;
    shutdownTimeoutMs: number;
  };
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
        '\nEvery setting is described in README.md, section "Settings".',
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
  DB_CONNECT_TIMEOUT_MS: wholeNumber(100, 120_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(15_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(30_000),
  DOCS_ENABLED: flag.optional(),
  CORS_ORIGINS: origins.default([]),
  TRUST_PROXY: flag.default(false),
  BODY_LIMIT_BYTES: wholeNumber(1_024, 50 * 1024 * 1024).default(1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 300_000).default(10_000),
  AUTH_JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters of random text' }).optional(),
  AUTH_ACCESS_TOKEN_TTL_SECONDS: wholeNumber(60, 3_600).default(900),
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
});

/** Variables whose values never appear in an error message. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'AUTH_JWT_SECRET', 'MPP_BOOTSTRAP_ADMIN_PASSWORD', 'REDIS_URL']);

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
      idleInTransactionTimeoutMs: v.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    auth: {
      jwtSecret: v.AUTH_JWT_SECRET,
      accessTokenTtlSeconds: v.AUTH_ACCESS_TOKEN_TTL_SECONDS,
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
      corsOrigins: v.CORS_ORIGINS,
      trustProxy: v.TRUST_PROXY,
      bodyLimitBytes: v.BODY_LIMIT_BYTES,
      shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    },
  };
}

/** The variables `loadConfig` reads, for the README check and `--help` style listings. */
export const CONFIG_VARIABLES = Object.keys(schema.shape);
