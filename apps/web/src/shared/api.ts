import { type ApiErrorBody, createApiClient, isApiErrorBody, type Middleware } from '@mpp/api-client';

import { i18n } from '../app/i18n';

/** The API's answers come in the visitor's language (`Accept-Language`); codes stay the same. */
export const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language);
    return request;
  },
};

/** The API, on this page's own origin (decision 0020). */
export const api = createApiClient({ baseUrl: globalThis.location?.origin ?? '' });
api.use(languageMiddleware);

/** A refusal or failure from the API, carrying the body the API sent (its words, its code). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
  get code(): string | undefined {
    return this.body?.code;
  }
}

/** An openapi-fetch answer as a value, or an ApiFailure thrown: the shape TanStack Query expects. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiFailure(response.status, isApiErrorBody(error) ? error : undefined);
  return data as T;
}
