/**
 * Server-sent events over fetch, so a request can carry a header (a board's X-Device-Token;
 * EventSource cannot). Reconnects by itself with backoff, and treats a stream silent for longer
 * than `silenceMs` (the server sends a heartbeat every 20 s) as lost: a cut cable is noticed
 * even when no error is raised.
 */
export interface StreamEvent {
  type: string;
  data: string;
}

export interface EventStreamOptions {
  url: string;
  headers?: Record<string, string>;
  onEvent: (event: StreamEvent) => void;
  /** true while connected, false from the moment it is lost until it is back. */
  onConnection: (connected: boolean) => void;
  /** The server refused the device (401/403: unpaired or revoked): the stream stops. */
  onRefused?: (status: number) => void;
  silenceMs?: number;
}

export function openEventStream(options: EventStreamOptions): () => void {
  let stopped = false;
  let controller: AbortController | undefined;
  let attempt = 0;
  let wake: (() => void) | undefined;
  const silenceMs = options.silenceMs ?? 45_000;
  // The browser knows first when the network goes: drop the stream at once, and try again the
  // moment it is back instead of waiting out the backoff.
  const onOffline = () => controller?.abort();
  const onOnline = () => wake?.();
  globalThis.addEventListener?.('offline', onOffline);
  globalThis.addEventListener?.('online', onOnline);

  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const current = controller;
      const feed = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => current.abort(), silenceMs);
      };
      try {
        feed();
        const response = await fetch(options.url, {
          headers: { accept: 'text/event-stream', ...options.headers },
          signal: current.signal,
          cache: 'no-store',
        });
        if ((response.status === 401 || response.status === 403) && options.onRefused) {
          stopped = true;
          options.onRefused(response.status);
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        attempt = 0;
        options.onConnection(true);
        await readEvents(response.body, (event) => {
          feed();
          options.onEvent(event);
        });
      } catch {
        // lost, refused or silent: try again below
      } finally {
        clearTimeout(watchdog);
      }
      if (stopped) return;
      options.onConnection(false);
      attempt += 1;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(1000 * 2 ** Math.min(attempt - 1, 4), 10_000));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
    wake?.();
    globalThis.removeEventListener?.('offline', onOffline);
    globalThis.removeEventListener?.('online', onOnline);
  };
}

/** Parses the text/event-stream format: `event:` and `data:` lines, a blank line ends an event. */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: StreamEvent) => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      let type = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) type = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onEvent({ type, data: data.join('\n') });
    }
  }
}
