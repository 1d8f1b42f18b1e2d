import { CONFIG_VARIABLES, ConfigError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      apiPort: 3000,
      adminPort: 3001,
      database: { url: undefined, dataDir: '.data', migrateOnStart: true, poolSize: 10 },
      http: { docsEnabled: true, corsOrigins: [] },
    });
  });

  it('reads every setting it is given', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      ADMIN_PORT: '8081',
      DATABASE_URL: 'postgresql://mpp:secret@db.internal:5432/mpp',
      DB_MIGRATE_ON_START: 'false',
      DB_STATEMENT_TIMEOUT_MS: '2000',
      CORS_ORIGINS: 'https://mpp.kotabogor.go.id, https://mpp.tangerangselatankota.go.id',
      TRUST_PROXY: 'yes',
      AUTH_JWT_SECRET: 'k'.repeat(48),
      PERSONAL_DATA_KEYS: `2026a:${Buffer.alloc(32, 1).toString('base64')},2025b:${Buffer.alloc(32, 2).toString('base64')}`,
      PERSONAL_DATA_INDEX_KEY: Buffer.alloc(32, 3).toString('base64'),
    });
    expect(config.apiPort).toBe(8080);
    expect(config.personalData.keys?.map((key) => key.id)).toEqual(['2026a', '2025b']);
    expect(config.personalData.indexKey).toEqual(Buffer.alloc(32, 3));
    expect(config.database).toMatchObject({
      url: 'postgresql://mpp:secret@db.internal:5432/mpp',
      migrateOnStart: false,
      statementTimeoutMs: 2000,
    });
    expect(config.http).toMatchObject({
      docsEnabled: false,
      trustProxy: true,
      corsOrigins: ['https://mpp.kotabogor.go.id', 'https://mpp.tangerangselatankota.go.id'],
    });
  });

  it('lists every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', DB_POOL_SIZE: '0', DB_MIGRATE_ON_START: 'maybe' });
    expect(problems.map((problem) => problem.variable).sort()).toEqual(['DB_MIGRATE_ON_START', 'DB_POOL_SIZE', 'LOG_LEVEL', 'PORT']);
    expect(problems.find((problem) => problem.variable === 'PORT')?.message).toBe('must be a whole number from 1 to 65535 (got "abc")');
  });

  it('never repeats the database URL, which holds a password', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/mpp' });
    expect(problems).toEqual([{ variable: 'DATABASE_URL', message: expect.stringContaining('PostgreSQL URL') }]);
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }).apiPort).toBe(3000);
  });

  it('refuses the same port for both apps', () => {
    expect(problemsOf({ PORT: '4000', ADMIN_PORT: '4000' })).toEqual([
      { variable: 'ADMIN_PORT', message: 'must differ from PORT (both are 4000)' },
    ]);
  });

  it('names the settings page in its message', () => {
    expect(() => loadConfig({ PORT: '0' })).toThrow(/docs\/settings\.md/);
  });

  it('publishes the list of variables it reads', () => {
    expect(CONFIG_VARIABLES).toContain('DATABASE_URL');
  });

  it('demands a token key in production and keeps it out of messages', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mpp' });
    expect(problems).toEqual([
      { variable: 'AUTH_JWT_SECRET', message: expect.stringContaining('required in production') },
      { variable: 'PERSONAL_DATA_KEYS', message: expect.stringContaining('required in production') },
      { variable: 'PERSONAL_DATA_INDEX_KEY', message: expect.stringContaining('required in production') },
    ]);
    const short = problemsOf({ AUTH_JWT_SECRET: 'tooshort-secret' });
    expect(JSON.stringify(short)).not.toContain('tooshort-secret');
  });

  it('takes personal-data keys only as 32-byte base64 keys with ids, in a pair, and never echoes them', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(problemsOf({ PERSONAL_DATA_KEYS: `2026a:${key}` })).toEqual([
      { variable: 'PERSONAL_DATA_INDEX_KEY', message: 'must be set together with its pair' },
    ]);
    const bad = problemsOf({ PERSONAL_DATA_KEYS: 'k1:c2hvcnQ=', PERSONAL_DATA_INDEX_KEY: key });
    expect(bad).toEqual([{ variable: 'PERSONAL_DATA_KEYS', message: expect.stringContaining('32 random bytes') }]);
    expect(JSON.stringify(bad)).not.toContain('c2hvcnQ=');
    const twice = problemsOf({
      PERSONAL_DATA_KEYS: `k1:${key},k1:${Buffer.alloc(32, 8).toString('base64')}`,
      PERSONAL_DATA_INDEX_KEY: key,
    });
    expect(twice).toEqual([{ variable: 'PERSONAL_DATA_KEYS', message: expect.stringContaining('key id twice') }]);
  });

  it('keeps documents on the filesystem unless told, and needs a bucket and credentials for S3', () => {
    expect(loadConfig({}).documents).toEqual({ maxBytes: 5 * 1024 * 1024, maxCount: 10, storage: 'filesystem', s3: undefined });
    expect(problemsOf({ DOCUMENT_STORAGE: 's3' }).map((problem) => problem.variable)).toEqual([
      'S3_BUCKET',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ]);
    const s3 = loadConfig({
      DOCUMENT_STORAGE: 's3',
      S3_BUCKET: 'mpp-documents',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'minio',
      S3_SECRET_ACCESS_KEY: 'minio-secret',
    });
    expect(s3.documents.s3).toMatchObject({ bucket: 'mpp-documents', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
  });

  it('takes the first admin only as an email and password pair', () => {
    expect(problemsOf({ MPP_BOOTSTRAP_ADMIN_EMAIL: 'kepala@menpan.go.id' })).toEqual([
      { variable: 'MPP_BOOTSTRAP_ADMIN_PASSWORD', message: 'must be set together with its pair' },
    ]);
    expect(
      loadConfig({ MPP_BOOTSTRAP_ADMIN_EMAIL: 'Kepala@Menpan.go.id', MPP_BOOTSTRAP_ADMIN_PASSWORD: 'a long enough passphrase' }).auth
        .bootstrapAdmin,
    ).toEqual({
      email: 'kepala@menpan.go.id',
      password: 'a long enough passphrase',
    });
  });

  it('keeps the demo accounts to the embedded demo', () => {
    expect(problemsOf({ MPP_DEMO_ACCOUNTS: 'true', DATABASE_URL: 'postgres://db/mpp' })).toEqual([
      { variable: 'MPP_DEMO_ACCOUNTS', message: expect.stringContaining('embedded demo only') },
    ]);
  });
});

describe('integration settings', () => {
  it('start with safe limits, direct transports and no credentials', () => {
    const { integrations } = loadConfig({});
    expect(integrations).toMatchObject({
      simulatorUrl: undefined,
      resilience: { attemptTimeoutMs: 3_000, callTimeoutMs: 8_000, retries: 2, breakerFailures: 5, breakerCooldownMs: 30_000 },
      dukcapil: { transport: 'direct', threshold: 90, password: undefined },
      oss: { transport: 'direct', callback: undefined },
      samsat: { transport: 'direct' },
    });
  });

  it('list every bad value at once, and never repeat a credential', () => {
    const problems = problemsOf({
      DUKCAPIL_BASE_URL: 'ftp://dukcapil',
      OSS_TRANSPORT: 'vpn',
      INTEGRATIONS_RETRIES: '9',
      OSS_CALLBACK_PASSWORD: 'short',
      OSS_USER_KEY: '',
    });
    expect(problems.map((problem) => problem.variable).sort()).toEqual(
      ['DUKCAPIL_BASE_URL', 'INTEGRATIONS_RETRIES', 'OSS_CALLBACK_PASSWORD', 'OSS_TRANSPORT'].sort(),
    );
    expect(JSON.stringify(problems)).not.toContain('short');
  });

  it('want the OSS callback username and password together, and a call deadline no shorter than an attempt', () => {
    expect(problemsOf({ OSS_CALLBACK_USERNAME: 'oss-bogor' })).toEqual([
      { variable: 'OSS_CALLBACK_PASSWORD', message: 'must be set together with its pair' },
    ]);
    expect(problemsOf({ INTEGRATIONS_ATTEMPT_TIMEOUT_MS: '5000', INTEGRATIONS_CALL_TIMEOUT_MS: '1000' })).toEqual([
      { variable: 'INTEGRATIONS_CALL_TIMEOUT_MS', message: 'must be at least INTEGRATIONS_ATTEMPT_TIMEOUT_MS' },
    ]);
  });

  it('read credentials and SPLP transport from the environment', () => {
    const { integrations } = loadConfig({
      DUKCAPIL_BASE_URL: 'https://dukcapil.example.go.id:8443',
      DUKCAPIL_TRANSPORT: 'splp',
      DUKCAPIL_PASSWORD: 'rahasia',
      SPLP_API_KEY: 'jwt-token',
      OSS_CALLBACK_USERNAME: 'oss',
      OSS_CALLBACK_PASSWORD: 'callback-secret',
    });
    expect(integrations.dukcapil).toMatchObject({ baseUrl: 'https://dukcapil.example.go.id:8443', transport: 'splp', password: 'rahasia' });
    expect(integrations.splp).toEqual({ apiKey: 'jwt-token', keyHeader: 'APIkey' });
    expect(integrations.oss.callback).toEqual({ username: 'oss', password: 'callback-secret' });
  });
});
