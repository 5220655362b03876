/**
 * A throw-away real `redis-server` for the queue tests and bench: on a free loopback port (127.0.0.1 only),
 * in a temporary directory, optionally with the append-only file on, stopped and removed afterwards.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The redis-server command, or null when it is not installed. */
export function redisServerPath(): string | null {
  const r = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? 'redis-server' : null;
}

/** A free TCP port on 127.0.0.1 (asked of the OS). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function pingOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection({ host: '127.0.0.1', port });
    let buf = '';
    c.setTimeout(500, () => {
      c.destroy();
      resolve(false);
    });
    c.on('error', () => resolve(false));
    c.on('connect', () => c.write('PING\r\n'));
    c.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('\r\n')) {
        c.destroy();
        resolve(buf.startsWith('+PONG'));
      }
    });
  });
}

/** CPU seconds (user + system, all threads) used so far by process `pid` (Linux /proc). */
export function procCpuSeconds(pid: number): number {
  // fields 14 and 15 of /proc/<pid>/stat: utime, stime in clock ticks (100 per second on Linux)
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** A running redis-server. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** CPU seconds (user + system) used by the current redis-server process so far (Linux /proc). */
  cpuSeconds(): number;
  /** The current redis-server process id (undefined while it is stopped). */
  pid(): number | undefined;
  /** Stops it (`signal` SIGKILL to crash it) and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and directory (the append-only file is read back). */
  restart(signal?: NodeJS.Signals): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

/** Starts redis-server on a free loopback port; `appendonly` turns persistence on (fsync at every write). */
export async function startRedis(options: { appendonly?: boolean } = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'depeche-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--protected-mode',
    'yes',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    options.appendonly ? 'yes' : 'no',
    '--appendfsync',
    'always',
    '--daemonize',
    'no',
    '--loglevel',
    'warning',
  ];
  let child: ChildProcess | null = null;
  const launch = async () => {
    const c = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child = c;
    const deadline = Date.now() + 10_000;
    while (!(await pingOnce(port))) {
      if (c.exitCode !== null) throw new Error(`redis-server exited with code ${c.exitCode}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const c = child as ChildProcess | null;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    c.kill(signal);
    await exited;
  };
  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    cpuSeconds() {
      const pid = (child as ChildProcess | null)?.pid;
      return pid === undefined ? 0 : procCpuSeconds(pid);
    },
    pid: () => (child as ChildProcess | null)?.pid,
    stop,
    async restart(signal) {
      await stop(signal);
      await launch();
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
