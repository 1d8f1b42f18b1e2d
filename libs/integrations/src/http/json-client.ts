import { IntegrationError, UpstreamFailure } from '../errors/integration-error';

/**
 * How an adapter reaches its system: `direct` to the system's own base URL, or `splp` through
 * the national government API gateway (Perpres 95/2018), which takes its own subscription key
 * in a header and passes the system's own authentication through untouched.
 */
export interface HttpEndpoint {
  /** The system's base URL, or its path on the SPLP gateway when `transport` is `splp`. */
  baseUrl: string;
  transport: 'direct' | 'splp';
  /** SPLP subscription key (a JWT) and its header [I: `APIkey` seen in client code]. */
  splpKey?: string;
  splpKeyHeader?: string;
}

export interface JsonAnswer {
  status: number;
  body: unknown;
}

/** Upstream answers larger than this are refused: "unsafe consumption" (OWASP API10). */
const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * POSTs JSON with Node's own fetch (undici) and reads a JSON answer. Network errors, 5xx and
 * unreadable answers are UpstreamFailure (retried on idempotent calls, counted by the
 * breaker); every other status is handed to the adapter's mapping, which knows the contract.
 */
export async function postJson(
  endpoint: HttpEndpoint,
  path: string,
  body: unknown,
  options: { headers?: Record<string, string>; signal?: AbortSignal },
): Promise<JsonAnswer> {
  return requestJson(endpoint, 'POST', path, body, options);
}

/** GETs a JSON answer, with the same failure rules as `postJson`. */
export async function getJson(
  endpoint: HttpEndpoint,
  path: string,
  options: { headers?: Record<string, string>; signal?: AbortSignal },
): Promise<JsonAnswer> {
  return requestJson(endpoint, 'GET', path, undefined, options);
}

async function requestJson(
  endpoint: HttpEndpoint,
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  options: { headers?: Record<string, string>; signal?: AbortSignal },
): Promise<JsonAnswer> {
  const headers: Record<string, string> = {
    ...(method === 'POST' && { 'content-type': 'application/json' }),
    accept: 'application/json',
    ...options.headers,
  };
  if (endpoint.transport === 'splp') {
    if (!endpoint.splpKey) throw new IntegrationError('not-configured', 'SPLP transport chosen but SPLP_API_KEY is not set', 300);
    headers[endpoint.splpKeyHeader ?? 'APIkey'] = endpoint.splpKey;
  }
  let response: Response;
  try {
    response = await fetch(`${endpoint.baseUrl.replace(/\/+$/, '')}${path}`, {
      method,
      headers,
      body: method === 'POST' ? JSON.stringify(body) : undefined,
      signal: options.signal,
      redirect: 'error',
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    throw new UpstreamFailure(`cannot reach ${new URL(endpoint.baseUrl).host}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  const text = await readLimited(response, options.signal);
  if (response.status >= 500) throw new UpstreamFailure(`answered ${response.status}`);
  try {
    return { status: response.status, body: text.length === 0 ? undefined : JSON.parse(text) };
  } catch {
    throw new UpstreamFailure(`answered ${response.status} with a body that is not JSON`);
  }
}

async function readLimited(response: Response, signal?: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ANSWER_BYTES) throw new UpstreamFailure(`answer of ${declared} bytes is larger than allowed`);
  try {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > MAX_ANSWER_BYTES) throw new UpstreamFailure(`answer of ${buffer.byteLength} bytes is larger than allowed`);
    return new TextDecoder().decode(buffer);
  } catch (error) {
    if (error instanceof UpstreamFailure) throw error;
    if (signal?.aborted) throw signal.reason ?? error;
    throw new UpstreamFailure(`answer cut off: ${(error as Error).message}`);
  }
}

/** A required field of the contract is missing or of the wrong type. */
export function badAnswer(system: string, detail: string): IntegrationError {
  return new IntegrationError('bad-answer', `${system} answered outside its contract: ${detail}`, 60);
}
