/** Where a depeche queue lives: Redis connection settings and the queue's name. */
/**
 * Redis connection settings, as ioredis takes them (`host`, `port`, `username`, `password`, `db`, `tls`…).
 * @example
 * ```ts
 * const connection: RedisConnectionOptions = { host: '10.0.0.5', port: 6379, password: 's3cret' };
 * ```
 */
export interface RedisConnectionOptions {
  host?: string;
  port?: number;
  username?: string;
  password?: string;
  db?: number;
  /** TLS options (`rediss://` URLs set `{}`). */
  tls?: Record<string, unknown>;
  /** Any other ioredis option, passed through. */
  [option: string]: unknown;
}

/**
 * Where Redis is: a URL (`redis://[user:password@]host[:port][/db]`, `rediss://` for TLS) or options.
 * @example
 * ```ts
 * const connection: QueueConnection = 'redis://127.0.0.1:6379/0';
 * ```
 */
export type QueueConnection = string | RedisConnectionOptions;

/**
 * A depeche queue: the Redis server, the queue name and (rarely needed) the BullMQ key prefix.
 * @example
 * ```ts
 * const target: QueueTarget = { connection: 'redis://127.0.0.1:6379', queue: 'articles' };
 * ```
 */
export interface QueueTarget {
  connection: QueueConnection;
  /** Queue name; workers and producers of the same queue must use the same name. */
  queue: string;
  /** BullMQ key prefix (default `bull`). */
  prefix?: string;
}

/**
 * Turns a {@link QueueConnection} into ioredis options (a URL is parsed; options are copied).
 * @example
 * ```ts
 * connectionOptions('redis://:pw@10.0.0.5:6380/2'); // { host: '10.0.0.5', port: 6380, password: 'pw', db: 2 }
 * ```
 */
export function connectionOptions(connection: QueueConnection): RedisConnectionOptions {
  if (typeof connection !== 'string') {
    if (typeof connection !== 'object' || connection === null)
      throw new TypeError('depeche/queue: connection must be a redis:// URL or an options object');
    return { ...connection };
  }
  let url: URL;
  try {
    url = new URL(connection);
  } catch {
    throw new TypeError(`depeche/queue: "${connection}" is not a redis:// URL`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new TypeError(`depeche/queue: "${connection}" is not a redis:// or rediss:// URL`);
  const o: RedisConnectionOptions = { host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1' };
  o.port = url.port === '' ? 6379 : Number(url.port);
  if (url.username !== '') o.username = decodeURIComponent(url.username);
  if (url.password !== '') o.password = decodeURIComponent(url.password);
  const db = url.pathname.replace(/^\//, '');
  if (db !== '') {
    if (!/^\d+$/.test(db))
      throw new TypeError(`depeche/queue: database "${db}" in "${connection}" is not a number`);
    o.db = Number(db);
  }
  if (url.protocol === 'rediss:') o.tls = {};
  return o;
}
