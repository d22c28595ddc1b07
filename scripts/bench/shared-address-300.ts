// `npx tsx scripts/bench/shared-address-300.ts`: 300 people sign through the petition page from one
// address in ten minutes (issue 24), against a server with npm start's default limits (10 a minute and
// 100 a day per address, challenges on), e.g. `scripts/start.ts --no-build` without TRUSTED_PROXIES, so
// every browser here is the one client address 127.0.0.1. One person starts every BENCH_SPACING_MS
// (2,000 ms: 300 in ten minutes), each in a fresh Chromium context: opens /petition, waits until the
// page can solve a challenge (hydrated), fills the form and signs. Reported: each answer's time, from
// the click to the answer on the page (a challenge, when asked for, is solved by the page within it),
// its outcome, and how many sign requests the page sent (2: it was asked for a challenge and solved it);
// then the distribution (median, p95, max) and the count by outcome. A measurement, not a test.
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/chromium";
import { loadAverages } from "./proc-cpu";

const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:3423";
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 300);
const SPACING_MS = Number(process.env.BENCH_SPACING_MS ?? 2000);
const OUT = process.env.BENCH_OUT ?? "bench/shared-address-300.json";

type TAnswer = {
  person: number;
  startedAt: number;
  ms: number | null;
  outcome: string;
  posts: number;
  statuses: number[];
};

async function signAsPerson(browser: Browser, person: number, email: string, started: number): Promise<TAnswer> {
  const context = await browser.newContext();
  const statuses: number[] = [];
  const startedAt = Date.now() - started;
  try {
    const page = await context.newPage();
    // The form's sign requests: server action POSTs to the page itself.
    page.on("response", (r) => {
      if (r.request().method() === "POST" && new URL(r.url()).pathname === "/petition") statuses.push(r.status());
    });
    await page.goto(`${BASE}/petition`, { timeout: 60_000 });
    const form = page.getByTestId("sign-form");
    await form.locator('input[name="client"][value="js"]').waitFor({ state: "attached", timeout: 60_000 });
    await form.getByLabel("First name").fill(`Person${person}`);
    await form.getByLabel("Last name").fill("Shared");
    await form.getByLabel("Email address").fill(email);
    // The server holds a form filled faster than a person could (SIGN_MIN_FILL_SECONDS, 2 s by default).
    await page.waitForTimeout(2_100);
    const clicked = Date.now();
    await form.getByRole("button", { name: "Sign the petition" }).click();
    const result = page.getByTestId("sign-result");
    const error = page.getByTestId("sign-error");
    await result.or(error).first().waitFor({ timeout: 120_000 });
    const ms = Date.now() - clicked;
    const outcome = (await result.isVisible()) ? "recorded" : `refused: ${(await error.innerText()).slice(0, 80)}`;
    return { person, startedAt, ms, outcome, posts: statuses.length, statuses };
  } catch (e) {
    return {
      person,
      startedAt,
      ms: null,
      outcome: `failed: ${String(e).split("\n")[0].slice(0, 80)}`,
      posts: statuses.length,
      statuses,
    };
  } finally {
    await context.close();
  }
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  console.log(`load average before: ${loadAverages()}`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const run = randomUUID().slice(0, 8);
  const started = Date.now();
  const pending: Promise<TAnswer>[] = [];
  try {
    for (let person = 0; person < PEOPLE; person++) {
      const due = started + person * SPACING_MS;
      if (Date.now() < due) await new Promise((r) => setTimeout(r, due - Date.now()));
      pending.push(
        signAsPerson(browser, person, `p300-${run}-${person}@gmail.com`, started).then((a) => {
          console.log(
            `${String(a.person).padStart(3)} at ${(a.startedAt / 1000).toFixed(1)} s: ${a.ms ?? "–"} ms, ` +
              `${a.outcome}, ${a.posts} request(s) [${a.statuses.join(",")}]`,
          );
          return a;
        }),
      );
    }
    const answers = await Promise.all(pending);
    const total = (Date.now() - started) / 1000;
    const times = answers
      .map((a) => a.ms)
      .filter((ms): ms is number => ms !== null)
      .sort((a, b) => a - b);
    const byOutcome = new Map<string, number>();
    for (const a of answers) byOutcome.set(a.outcome, (byOutcome.get(a.outcome) ?? 0) + 1);
    const challenged = answers.filter((a) => a.posts > 1).length;
    const summary = [
      `${PEOPLE} people, one every ${SPACING_MS} ms, from one address, against ${BASE}: ` +
        `all answered within ${total.toFixed(0)} s`,
      `answer time (click to answer on the page): median ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms, ` +
        `max ${times.at(-1)} ms (${times.length} answers)`,
      `by outcome: ${[...byOutcome].map(([o, n]) => `${o} ${n}`).join("; ")}`,
      `pages asked for a challenge and solving it (2 sign requests): ${challenged}`,
      `load average after: ${loadAverages()}`,
    ];
    console.log(summary.join("\n"));
    writeFileSync(OUT, JSON.stringify({ base: BASE, spacingMs: SPACING_MS, summary, answers }, null, 1) + "\n");
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
