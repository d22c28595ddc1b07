import { execFileSync, spawn } from "node:child_process";
import { appUrls, FULL, proxyUrl } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { closeAgents, postJson, type TAnswer } from "./submit";

// R2: the local PostgreSQL cluster is restarted (pg_ctlcluster) while sign-ups keep coming through
// nginx, and the instances reach it through PgBouncer (which keeps their connections and opens new
// ones to the server once it is back). Those
// that meet the outage get 503 with Retry-After; the app recovers by itself within 5 s of the
// database being back; every acknowledged signature is there afterwards.
function localCluster(): string[] | null {
  const url = new URL(process.env.DATABASE_URL!);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return null;
  let clusters: string;
  try {
    clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  } catch {
    return null;
  }
  // "15 main 5432 online postgres /var/lib/…": the cluster listening on DATABASE_URL's port, if any
  // (the embedded database also listens on 127.0.0.1, on a port of its own).
  const line = clusters
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .find((f) => f[2] === (url.port || "5432") && f[3] === "online");
  return line ? [line[0], line[1]] : null;
}

test("R2: a database restart mid-load gives clear 503s, then recovery, and loses no acknowledged signature", async ({
  stack,
}) => {
  test.setTimeout(120_000);
  const cluster = localCluster();
  test.skip(!cluster, "needs a local PostgreSQL cluster to restart (pg_ctlcluster); the embedded database has none");
  const concurrency = FULL ? 64 : 16;
  let n = 0;
  let running = true;
  const sent: { email: string; answer: TAnswer }[] = [];
  const loop = async () => {
    while (running) {
      const email = `r2-${runTag}-${n++}@example.org`;
      const answer = await postJson(
        {
          url: proxyUrl,
          path: "/api/petition/sign",
          body: { firstName: "Rae", lastName: "Restart", email, country: "GB" },
        },
        concurrency,
      );
      sent.push({ email, answer });
      if (answer.status !== 202) await new Promise((r) => setTimeout(r, 50));
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  // Conditions, not times: the load is under way before the restart, and goes on until enough
  // sign-ups have been answered after the database is back to see recovery.
  const answered = () => sent.filter((s) => s.answer.status === 202).length;
  await expect.poll(answered, { timeout: 30_000 }).toBeGreaterThanOrEqual(concurrency * 10);
  const restartStarted = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn("pg_ctlcluster", [...cluster!, "restart", "--", "-m", "fast"], { stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctlcluster exited ${code}`))));
  });
  const databaseBack = Date.now();
  const answeredAfter = () => sent.filter((s) => s.answer.status === 202 && s.answer.at > databaseBack).length;
  await expect.poll(answeredAfter, { timeout: 60_000 }).toBeGreaterThanOrEqual(concurrency * 20);
  running = false;
  await Promise.all(loops);
  closeAgents();

  const failed = sent.filter((s) => s.answer.status !== 202);
  const unavailable = failed.filter((s) => s.answer.status === 503);
  const lastFailure = Math.max(0, ...failed.map((s) => s.answer.at));
  console.log(
    `R2 (through PgBouncer): ${sent.length} sign-ups; restart took ${databaseBack - restartStarted} ms; ` +
      `${unavailable.length} answered 503, ` +
      `${failed.length - unavailable.length} other non-202; ` +
      `last failure ${lastFailure ? lastFailure - databaseBack : "-"} ms after the database was back`,
  );
  // Only 202 or a clear 503 with Retry-After and words: no 500, no dropped connection.
  expect(
    failed
      .filter((s) => s.answer.status !== 503)
      .map((s) => `${s.answer.status} ${s.answer.error ?? s.answer.body.slice(0, 200)}`),
  ).toEqual([]);
  for (const s of unavailable) {
    expect(Number(s.answer.retryAfter)).toBeGreaterThan(0);
    expect(JSON.parse(s.answer.body).error.message).toMatch(/try again/);
  }
  expect(lastFailure === 0 || lastFailure - databaseBack <= 5000).toBe(true);
  for (const url of appUrls) expect((await fetch(`${url}/api/health`)).status).toBe(200);

  const acknowledged = sent.filter((s) => s.answer.status === 202).map((s) => s.email);
  const stored = new Set(
    (await stack.db.signature.findMany({ where: { email: { in: acknowledged } }, select: { email: true } })).map(
      (s) => s.email,
    ),
  );
  expect(acknowledged.filter((e) => !stored.has(e))).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(0);
});
