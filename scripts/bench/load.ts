import autocannon from "autocannon";

export type TLoadResult = { rps: number; p50: number; p99: number; total: number; non2xx: number; errors: number };

/** Runs autocannon against one URL and keeps the figures the benchmark table needs. */
export async function load(options: autocannon.Options): Promise<TLoadResult> {
  const result = await autocannon({ ...options });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Signing requests with a fresh email each time (autocannon calls this per request). */
export function signingRequests(prefix: string): autocannon.Request[] {
  let n = 0;
  return [
    {
      method: "POST",
      path: "/api/petition/sign",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.10" },
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          firstName: "Bench",
          lastName: "Signer",
          email: `${prefix}-${n++}@bench.example`,
          country: "GB",
        }),
      }),
    },
  ];
}
