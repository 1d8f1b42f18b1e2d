import { connect, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'freeze' | 'cut';

export interface TcpProxy {
  /** host:port clients connect to. */
  port: number;
  /** pass: forward; freeze: accept and hold every byte (a server that stopped answering); cut: drop every connection and refuse new ones. */
  set(mode: ProxyMode): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy a test puts between an app and its PostgreSQL, to stop or freeze the database
 * for that app alone without touching the server the other tests share.
 */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let mode: ProxyMode = 'pass';
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  const server: Server = createServer((client) => {
    if (mode === 'cut') {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    const pair = { client, upstream };
    pairs.add(pair);
    const end = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === 'freeze') freeze(pair);
  });
  // Frozen, like a server stopped with SIGSTOP: bytes wait in the socket buffers, none are lost.
  const freeze = (pair: { client: Socket; upstream: Socket }) => {
    pair.client.pause();
    pair.upstream.pause();
  };
  const thaw = (pair: { client: Socket; upstream: Socket }) => {
    pair.client.resume();
    pair.upstream.resume();
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    set(next) {
      mode = next;
      for (const pair of [...pairs]) {
        if (next === 'cut') pair.client.destroy();
        else if (next === 'freeze') freeze(pair);
        else thaw(pair);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of [...pairs]) pair.client.destroy();
        server.close(() => resolve());
      }),
  };
}
