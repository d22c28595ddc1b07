// Not CI. How long the signing challenge takes to solve in Chromium with CPU throttling ×4 (a
// phone-class CPU), at each difficulty step, and what verifying an answer costs the server.
//   npx tsx scripts/bench/challenge-solve.ts [solves per step, default 20]
// The page runs altcha-lib's own browser solver (the module the sign form loads), served from
// node_modules by a small static server on 127.0.0.1 (BENCH_PORT, default 4491).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { verifySolution, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/chromium";
import { CHALLENGE_STEPS } from "../../lib/challenge/difficulty";
import { challengeKeys } from "../../lib/challenge/challenge-keys";
import { issueChallenge } from "../../lib/challenge/issue-challenge";

const PER_STEP = Number(process.argv[2] ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 4491);
const ROOT = path.resolve("node_modules/altcha-lib/dist/esm/v2");
const SECRET = "bench-only-form-secret-0123456789abcdef";

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const server = createServer(async (req, res) => {
  if (req.url === "/")
    return void res.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>bench</title>");
  const file = path.join(ROOT, path.normalize(req.url ?? "").replace(/^(\.\.[/\\])+/, ""));
  try {
    const body = await readFile(file);
    res.writeHead(200, { "Content-Type": "text/javascript" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${PORT}/`);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

console.log(`Chromium, CPU throttling ×4, ${PER_STEP} challenges per step (counter drawn up to the step's maximum)`);
for (const step of CHALLENGE_STEPS) {
  const times: number[] = [];
  for (let i = 0; i < PER_STEP; i++) {
    const challenge = await issueChallenge(step, {
      formSecret: SECRET,
      ipHash: "bench",
      emailKey: `p${i}`,
      now: Date.now(),
    });
    const ms = await page.evaluate(async (c) => {
      const [index, sha]: string[] = ["/index.js", "/algorithms/web/sha.js"];
      const { solveChallenge } = await import(index);
      const { deriveKey } = await import(sha);
      const started = performance.now();
      const solution = await solveChallenge({ challenge: c, deriveKey });
      if (!solution) throw new Error("not solved");
      return performance.now() - started;
    }, challenge);
    times.push(ms);
  }
  console.log(
    `step ${step.step} (counter ≤ ${step.maxCounter}): median ${(quantile(times, 0.5) / 1000).toFixed(2)} s, ` +
      `p95 ${(quantile(times, 0.95) / 1000).toFixed(2)} s, max ${(Math.max(...times) / 1000).toFixed(2)} s`,
  );
}
await browser.close();
server.close();

// The server's side: checking an answer's signatures (the work verifyChallenge does before its one
// SET NX or insert), on a solved challenge of the top step.
const top = CHALLENGE_STEPS[CHALLENGE_STEPS.length - 1];
const challenge = await issueChallenge(top, { formSecret: SECRET, ipHash: "bench", emailKey: "v", now: Date.now() });
const solution = (await solveChallenge({ challenge, deriveKey }))!;
const keys = challengeKeys(SECRET);
const ROUNDS = 5000;
const started = performance.now();
for (let i = 0; i < ROUNDS; i++) {
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    hmacSignatureSecret: keys.signature,
    hmacKeySignatureSecret: keys.keySignature,
  });
  if (!result.verified) throw new Error("not verified");
}
const perMs = (performance.now() - started) / ROUNDS;
const issueStart = performance.now();
for (let i = 0; i < 200; i++)
  await issueChallenge(top, { formSecret: SECRET, ipHash: "bench", emailKey: "v", now: Date.now() });
const issueMs = (performance.now() - issueStart) / 200;
console.log(
  `verifying an answer: ${(perMs * 1000).toFixed(0)} µs of CPU (mean of ${ROUNDS}); ` +
    `issuing a challenge: ${(issueMs * 1000).toFixed(0)} µs`,
);
