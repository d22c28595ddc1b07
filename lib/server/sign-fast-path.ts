import type { IncomingMessage, ServerResponse } from "node:http";
import { processDb } from "../db/process-db";
import { getEnv } from "../env";
import { answerSignRequest } from "../petition/sign-endpoint";
import { NON_HTML_POLICY } from "./content-security-policy";
import { securityHeaders } from "./security-headers.js";

// POST /api/petition/sign is the one endpoint a spike hits, and Next's router costs about 0.8 ms of
// CPU per request here (a memoised JSON route tops out near 1,100/s on 2 cores). So the server layer
// answers it itself, with the same function the Next route calls and the same headers.
const MAX_BODY = 4096;
// Built once: this module is loaded after NODE_ENV is settled (scripts/start.ts).
const HEADERS: Record<string, string> = {
  "Content-Security-Policy": NON_HTML_POLICY,
  ...Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value])),
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      // Keep at most one byte past the limit, so the size check refuses the body (413); the rest is
      // read and dropped.
      const room = MAX_BODY + 1 - size;
      if (room > 0) chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      size += chunk.length;
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const headerGetter = (req: IncomingMessage) => ({
  get(name: string): string | null {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  },
});

export async function answerSignFast(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req).catch(() => "");
  const answer = await answerSignRequest(processDb(), getEnv(), { headers: headerGetter(req), text: async () => body });
  res.writeHead(answer.status, { ...HEADERS, ...answer.headers }).end(answer.body);
}
