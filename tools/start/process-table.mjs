// What the launcher needs to know about other processes: alive or not (a zombie, exited but not
// yet reaped, counts as gone), whose child it is, what it runs, and who listens on a port.
// Linux answers through /proc; elsewhere the answers degrade to what `kill(pid, 0)` can tell.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

const hasProc = (() => {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
})();

/** The fields of /proc/<pid>/stat after the command name (which may itself hold spaces). */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (hasProc) {
    const fields = statFields(pid);
    return fields !== undefined && fields[0] !== 'Z' && fields[0] !== 'X';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The parent's pid, or undefined where it cannot be read (no /proc, or the process is gone). */
export function parentOf(pid) {
  const fields = hasProc ? statFields(pid) : undefined;
  return fields ? Number(fields[1]) : undefined;
}

/** The process's command line, or undefined where it cannot be read. */
export function commandOf(pid) {
  if (!hasProc) return undefined;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
}

/** The program name of a process (`sh`, `node`, `npm`), or undefined. */
export function nameOf(pid) {
  if (!hasProc) return undefined;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** The pid of the process listening on a TCP port (IPv4 or IPv6), where /proc can tell. */
export function listenerOf(port) {
  if (!hasProc) return undefined;
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== '0A') continue; // 0A: LISTEN
      if (Number.parseInt(cols[1].split(':')[1], 16) === port) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (match && inodes.has(match[1])) return Number(entry);
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}
