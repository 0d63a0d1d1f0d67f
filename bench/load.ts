// One load measurement with autocannon on loopback: every response's time is kept so the
// percentiles are exact (autocannon's own summary has no p95).
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  /** The next request's method, path, headers and body; called once per request. */
  next: () => { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export function measure(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let non2xx = 0;
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration ?? 10 }),
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, ...spec.next() }) }],
      } as autocannon.Options,
      (err, result) => {
        if (err) return reject(err);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        times.sort((a, b) => a - b);
        resolve({
          requests: times.length,
          rps: times.length / Math.min(seconds, (spec.amount ? seconds : (spec.duration ?? 10)) + 0.5),
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          non2xx,
          errors: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      times.push(ms);
      if (status < 200 || status > 299) non2xx++;
    });
  });
}
