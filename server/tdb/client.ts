// The EU Transparency Database's API (DSA Art. 24(5)) behind an interface: the submission job talks
// to `TdbClient` only, so tests use a local fake and a platform without API access uses none.
import { readAnswer, type TdbAnswer } from '../domain/dsa/tdbSubmission.ts';
import type { TdbStatement } from '../domain/dsa/tdbValidator.ts';

export interface TdbClient {
  /** `POST /api/v1/statements` with 1 to 100 statements; never throws: no answer is a `failed` answer. */
  submit(statements: TdbStatement[]): Promise<TdbAnswer>;
}

export interface TdbClientOptions {
  /** The database's base URL, the one the Digital Services Coordinator gives (sandbox first, then production). */
  baseUrl: string;
  token: string;
  /** A call that takes longer is abandoned (and retried later): 30 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The HTTP client: Bearer token, JSON in and out (the database's API documentation, "Creating Multiple Statements"). */
export function httpTdbClient(options: TdbClientOptions): TdbClient {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/api/v1/statements`;
  const doFetch = options.fetch ?? fetch;
  return {
    async submit(statements) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({ statements }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (err) {
        return { kind: 'failed', httpStatus: null, message: `No answer from the database: ${(err as Error).message}` };
      }
      const raw = await response.text().catch(() => '');
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = { message: raw.slice(0, 200) };
      }
      return readAnswer(response.status, body);
    },
  };
}

/** The client configured by TDB_API_URL and TDB_API_TOKEN, or null (submission off: the manual export remains). */
export function tdbClientFrom(config: { tdbApiUrl?: string; tdbApiToken?: string }): TdbClient | null {
  return config.tdbApiUrl && config.tdbApiToken ? httpTdbClient({ baseUrl: config.tdbApiUrl, token: config.tdbApiToken }) : null;
}
