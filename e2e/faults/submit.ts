import { Agent, request } from "node:http";

export type TSubmission = { url: string; path: string; body: unknown; headers?: Record<string, string> };
export type TAnswer = { status: number; retryAfter?: string; body: string; at: number; error?: string };

const agents = new Map<string, Agent>();

/** A random documentation-range client address, so per-address limits see many supporters. */
export const someAddress = () => `198.51.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/** One POST of JSON over a keep-alive connection; network failures become status 0, not throws. */
export function postJson(s: TSubmission, socketsPerHost: number): Promise<TAnswer> {
  let agent = agents.get(`${s.url}/${socketsPerHost}`);
  if (!agent)
    agents.set(`${s.url}/${socketsPerHost}`, (agent = new Agent({ keepAlive: true, maxSockets: socketsPerHost })));
  const payload = Buffer.from(JSON.stringify(s.body));
  return new Promise((resolve) => {
    const req = request(
      `${s.url}${s.path}`,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": payload.length,
          "x-forwarded-for": someAddress(),
          ...s.headers,
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        // A connection cut while the answer arrives is a failed request, not a crash of the suite.
        res.on("error", (error) => resolve({ status: 0, body, at: Date.now(), error: error.message }));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers["retry-after"] as string | undefined,
            body,
            at: Date.now(),
          }),
        );
      },
    );
    req.on("error", (error) => resolve({ status: 0, body: "", at: Date.now(), error: error.message }));
    req.end(payload);
  });
}

/** Sends every submission with `concurrency` in flight at once; answers come back in input order. */
export async function submitAll(submissions: TSubmission[], concurrency: number): Promise<TAnswer[]> {
  const answers: TAnswer[] = new Array(submissions.length);
  const hosts = new Set(submissions.map((s) => s.url)).size || 1;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < submissions.length) {
        const i = next++;
        answers[i] = await postJson(submissions[i], Math.ceil(concurrency / hosts));
      }
    }),
  );
  return answers;
}

export function closeAgents() {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
