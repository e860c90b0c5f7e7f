import { ApiError, apiErrorOf } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The HTTP API of `API.md`, with the signed-in API key on every request. Answers are parsed JSON; an error
 * answer throws an `ApiError` with the server's code, message and problems.
 *
 * @example
 * const api = new ApiClient(token);
 * const page = await api.get<Page<Contact>>('/api/contacts', { search: 'Atlantis' });
 */
export class ApiClient {
  constructor(
    readonly token: string,
    private readonly base = '',
  ) {}

  /** The URL of `path` with `query` (undefined and empty values left out). */
  url(path: string, query: Record<string, string | number | undefined> = {}): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const search = params.toString();
    return `${this.base}${path}${search === '' ? '' : `?${search}`}`;
  }

  /** The headers every request carries. */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, ...extra };
  }

  /** Sends one request; `body` is sent as JSON unless it is a string (sent as CSV). */
  async request<T>(
    method: Method,
    path: string,
    body?: unknown,
    query?: Record<string, string | number | undefined>,
  ): Promise<T> {
    const init: RequestInit = { method, headers: this.headers() };
    if (typeof body === 'string') {
      init.headers = this.headers({ 'content-type': 'text/csv' });
      init.body = body;
    } else if (body !== undefined) {
      init.headers = this.headers({ 'content-type': 'application/json' });
      init.body = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetch(this.url(path, query), init);
    } catch {
      throw new ApiError(
        0,
        'NETWORK',
        'The Segmint server cannot be reached. Check that it is running, then try again.',
      );
    }
    if (!response.ok) throw await apiErrorOf(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  get<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
    return this.request<T>('GET', path, undefined, query);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body ?? {});
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  delete<T = void>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }
}
