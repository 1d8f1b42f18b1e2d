import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

import { filteringLookup, isBlockedAddress } from './target-filter';

export interface WebhookAttempt {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** 2xx is delivered; anything else (or no answer) is a failure to retry. The receiver's body is never kept. */
export interface WebhookOutcome {
  delivered: boolean;
  statusCode?: number;
  error?: string;
}

/**
 * Posts one signed delivery. Keep-alive agents reuse connections to a receiver (most of the
 * throughput); outside `allowPrivate` the agents' lookup refuses blocked addresses at connect
 * time, and an IP literal (which skips lookup) is checked here.
 */
export class WebhookSender {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(private readonly options: { allowPrivate: boolean; timeoutMs: number; maxSockets?: number }) {
    const agentOptions = {
      keepAlive: true,
      maxSockets: options.maxSockets ?? 32,
      ...(options.allowPrivate ? {} : { lookup: filteringLookup as unknown as net.LookupFunction }),
    };
    this.httpAgent = new http.Agent(agentOptions);
    this.httpsAgent = new https.Agent(agentOptions);
  }

  send(attempt: WebhookAttempt): Promise<WebhookOutcome> {
    const url = new URL(attempt.url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!this.options.allowPrivate && (url.protocol !== 'https:' || (net.isIP(host) && isBlockedAddress(host))))
      return Promise.resolve({ delivered: false, error: 'target refused: not a public https address' });
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const request = client.request(
        url,
        {
          method: 'POST',
          agent: url.protocol === 'https:' ? this.httpsAgent : this.httpAgent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(attempt.body), ...attempt.headers },
          timeout: this.options.timeoutMs,
        },
        (response) => {
          // Drain without keeping: the answer's body is the receiver's business, and may be large.
          const statusCode = response.statusCode ?? 0;
          response.resume();
          response.on('end', () => {
            resolve({ delivered: statusCode >= 200 && statusCode < 300, statusCode });
          });
          response.on('error', (error) => resolve({ delivered: false, statusCode, error: error.message }));
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)));
      request.on('error', (error: NodeJS.ErrnoException) => resolve({ delivered: false, error: error.code ?? error.message }));
      request.end(attempt.body);
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
