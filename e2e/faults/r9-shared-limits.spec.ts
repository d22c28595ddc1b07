import { randomInt } from "node:crypto";
import { appUrls } from "./stack";
import { expect, test } from "./fixtures";

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
