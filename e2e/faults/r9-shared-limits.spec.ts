import { randomInt } from "node:crypto";
import { COUNT_TOLERANCE } from "../../lib/rate-limit/consume";
import { appUrls } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { closeAgents, submitAll } from "./submit";

// R9: a rate limit holds across instances. One client's recorded actions (20 a minute, the limit in
// lib/letters/record-action.ts), sent alternately to the two instances, are counted once: 20 are
// accepted in all, not 20 by each. The instances count in the store they share (Redis when the
// stack has it, else PostgreSQL), so the same run shows both.

test("R9: one client's actions alternating between two instances meet one limit, not one per instance", async ({
  stack,
}) => {
  expect(stack).toBeTruthy();
  // A fixed window: start clear of the minute's end, so all 30 fall in one window.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
  const client = `198.51.${randomInt(0, 255)}.${randomInt(1, 255)}`;
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    const response = await fetch(`${appUrls[i % 2]}/api/actions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client },
      body: JSON.stringify({ country: "japan", channel: "COPY", sourcePath: "/countries/japan" }),
    });
    statuses.push(response.status);
  }
  expect(
    statuses.filter((s) => s === 201),
    statuses.join(" "),
  ).toHaveLength(20);
  expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  // Both instances turned the client away once its limit was reached.
  expect(new Set(statuses.slice(20).map((s, i) => `${(20 + i) % 2}:${s}`))).toEqual(new Set(["0:429", "1:429"]));
});

// Signing's own limits on the PostgreSQL fallback (no Redis), where each instance counts a window in
// memory far below its limit and writes behind (lib/rate-limit/near-counts.ts): many sign-ups at once
// from one address, spread over both instances, are let through up to the daily limit, and at most
// COUNT_TOLERANCE past it. Both instances are restarted without REDIS_URL and with a daily limit per
// address of 200 (the rest of the suite opens the limits), and restarted as before at the end.
const DAY_LIMIT = 200;
const SIGN_UPS = 600;

test("R9: sign-ups at once from one address over two instances without Redis meet one daily limit", async ({
  stack,
}) => {
  test.setTimeout(240_000);
  const restart = (overrides: Record<string, string | undefined> = {}) =>
    Promise.all(
      stack.instances.map(async (instance) => {
        await instance.kill("SIGTERM");
        await instance.start(overrides);
      }),
    );
  await restart({ REDIS_URL: undefined, SIGN_LIMIT_IP_PER_DAY: String(DAY_LIMIT) });
  try {
    // A day's window: start clear of midnight UTC, so all of them fall in one window.
    const intoDay = Date.now() % 86_400_000;
    if (intoDay > 86_340_000) await new Promise((r) => setTimeout(r, 86_400_000 - intoDay + 100));
    const client = `198.18.${randomInt(0, 255)}.${randomInt(1, 255)}`;
    const emails = Array.from({ length: SIGN_UPS }, (_, i) => `r9-${runTag}-${i}@example.org`);
    const answers = await submitAll(
      emails.map((email, i) => ({
        url: appUrls[i % 2],
        path: "/api/petition/sign",
        body: { firstName: "Ada", lastName: "Limit", email, country: "GB" },
        headers: { "x-forwarded-for": client },
      })),
      40,
    );
    closeAgents();
    const accepted = answers.filter((a) => a.status === 202).length;
    test.info().annotations.push({ type: "accepted", description: `${accepted} of ${SIGN_UPS} (limit ${DAY_LIMIT})` });
    const others = answers.filter((a) => a.status !== 202 && a.status !== 429).map((a) => a.status);
    expect(others, "every answer is 202 or 429").toEqual([]);
    expect(accepted).toBeGreaterThanOrEqual(DAY_LIMIT);
    expect(accepted).toBeLessThanOrEqual(DAY_LIMIT * (1 + COUNT_TOLERANCE));
    // Both instances turned the address away, and every one accepted is stored, no more.
    expect(new Set(answers.map((a, i) => `${i % 2}:${a.status}`))).toEqual(
      new Set(["0:202", "1:202", "0:429", "1:429"]),
    );
    await expect
      .poll(() => stack.db.signature.count({ where: { email: { in: emails } } }), { timeout: 10_000 })
      .toBe(accepted);
  } finally {
    await restart();
  }
});
