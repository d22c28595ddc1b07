import { randomUUID } from "node:crypto";
import { DEAD_LETTER_AFTER } from "../../lib/mail/deliver-outbox";
import { addDraft, addSigners } from "../../lib/testing/update-fixtures";
import { FULL, proxyUrl } from "./stack";
import { expect, runTag, test } from "./fixtures";
import { closeAgents, submitAll } from "./submit";

// R10: background work that cannot jam (issue 28). While people sign through nginx, the database
// holds an update the pacer cannot write (a constraint it cannot satisfy: every pacing turn throws)
// and outbox emails no worker can render (a kind this version has no renderer for). Every new
// signer's confirmation still arrives, once; the bad emails are set aside (DEAD) with their error
// after DEAD_LETTER_AFTER tries, and the pacer's heartbeat shows its failure. (The file sorts, and
// runs, right after R1: it starts once R1's confirmations have gone, and leaves nothing behind that
// R2b's count of unsent emails would see.)
const SIGNERS = FULL ? 2000 : 300;
const BAD_ROWS = FULL ? 100 : 20;
const CONSTRAINT = "r10_update_the_pacer_cannot_write";

test("R10: a poisoned update and unrenderable emails during sign-ups: every confirmation arrives once", async ({
  stack,
}) => {
  test.setTimeout(FULL ? 600_000 : 120_000);
  const { db } = stack;
  // After R1 thousands of confirmations are on their way; ours would queue behind them. The suite's
  // connection may be one a database restart cut (57P01): that try counts as unknown.
  const unsent = () => db.outboxEmail.count({ where: { status: { not: "SENT" } } }).catch(() => -1);
  const drain = Date.now();
  await expect.poll(unsent, { timeout: FULL ? 800_000 : 200_000, intervals: [1000] }).toBe(0);
  const drained = (Date.now() - drain) / 1000;
  const started = Date.now();

  // The poisoned update: sending, to signers who asked for updates, and refused every write.
  const readers = await addSigners(
    db,
    Array.from({ length: 3 }, () => ({ country: "KI" })),
  );
  const poisoned = await addDraft(db, { signerCountry: "KI" });
  await db.campaignUpdate.update({
    where: { id: poisoned },
    data: {
      status: "SENDING",
      startedAt: new Date(),
      startedBy: "r10@faults.example",
      audience: 3,
      nextSlotAt: new Date(),
    },
  });
  // NOT VALID: the row is already there; any change to it (the pacer's cursor, its count) is refused.
  const literal = `'${poisoned.replace(/'/g, "")}'`; // a cuid; DDL takes no parameters
  await db.$executeRawUnsafe(
    `ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "${CONSTRAINT}" CHECK ("id" <> ${literal}) NOT VALID`,
  );

  // The unrenderable emails: written without text, as deferred confirmations are, of a kind with no renderer.
  const badIds = Array.from({ length: BAD_ROWS }, () => randomUUID());
  await db.outboxEmail.createMany({
    data: badIds.map((id, i) => ({
      id,
      kind: "r10-no-such-template",
      toAddress: `r10-bad-${runTag}-${i}@example.org`,
      subject: "Never rendered",
      text: "",
    })),
  });

  // Time is controlled, not waited for: as soon as a bad email is back off its lease, its backoff
  // (5 s, 10 s, 20 s …) is brought forward, so its next try comes at once, among the sign-ups'.
  let settled = false;
  const fastForward = (async () => {
    while (!settled) {
      await db.outboxEmail.updateMany({
        where: { id: { in: badIds }, status: "PENDING", lockedUntil: null, nextAttemptAt: { gt: new Date() } },
        data: { nextAttemptAt: new Date() },
      });
      await new Promise((r) => setTimeout(r, 200));
    }
  })();

  try {
    const bodies = Array.from({ length: SIGNERS }, (_, i) => ({
      firstName: "Poe",
      lastName: `Soned ${i}`,
      email: `r10-${runTag}-${i}@example.org`,
      country: "GB",
    }));
    const signing = Date.now();
    const answers = await submitAll(
      bodies.map((body) => ({ url: proxyUrl, path: "/api/petition/sign", body })),
      20,
    );
    closeAgents();
    const signedIn = (Date.now() - signing) / 1000;
    expect(answers.filter((a) => a.status !== 202)).toEqual([]);

    // Every confirmation arrives.
    const ours = (to: string) => to.startsWith(`r10-${runTag}-`);
    await expect
      .poll(() => new Set(stack.mail.filter((m) => ours(m.to)).map((m) => m.to)).size, {
        timeout: FULL ? 300_000 : 60_000,
        intervals: [500],
      })
      .toBe(SIGNERS);
    const allArrived = (Date.now() - signing) / 1000;

    // The bad emails are set aside, each with its error, after the set number of tries.
    await expect
      .poll(() => db.outboxEmail.count({ where: { id: { in: badIds }, status: "DEAD" } }), { timeout: 30_000 })
      .toBe(BAD_ROWS);
    settled = true;
    await fastForward;
    const dead = await db.outboxEmail.findMany({
      where: { id: { in: badIds } },
      select: { rowFailures: true, lastError: true },
    });
    for (const row of dead) {
      expect(row.rowFailures).toBe(DEAD_LETTER_AFTER);
      expect(row.lastError).toBe('Could not render: No renderer for an email of kind "r10-no-such-template"');
    }

    // None twice, and nothing for the bad emails or from the poisoned update.
    const perAddress = new Map<string, number>();
    for (const m of stack.mail.filter((m) => ours(m.to))) perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
    expect([...perAddress].filter(([, n]) => n !== 1)).toEqual([]);
    expect(stack.mail.filter((m) => m.to.startsWith(`r10-bad-${runTag}-`))).toEqual([]);
    const readerAddresses = new Set(readers.map((r) => r.email));
    expect(stack.mail.filter((m) => readerAddresses.has(m.to))).toEqual([]);
    expect(await db.updateDelivery.count({ where: { updateId: poisoned } })).toBe(0);

    // The pacer did try, and failed, while the confirmations went: its heartbeat says so.
    const pacing = await db.jobHeartbeat.findMany({
      where: { job: "update-pacing", lastErrorAt: { gte: new Date(started) } },
      select: { worker: true, failuresInARow: true, lastError: true },
    });
    // (Its count in a row may be back to 0 on a worker whose last turn found the other pacing.)
    expect(pacing.length).toBeGreaterThan(0);
    expect(pacing.every((p) => p.lastError?.includes("23514"))).toBe(true); // check_violation

    console.log(
      `R10 (after ${drained.toFixed(1)} s for earlier emails to go): ${SIGNERS} sign-ups through nginx ` +
        `in ${signedIn.toFixed(1)} s; every confirmation received, once, ` +
        `${allArrived.toFixed(1)} s after the sign-ups began; ${BAD_ROWS} unrenderable emails ` +
        `dead after ${DEAD_LETTER_AFTER} tries; the pacer failing meanwhile on ${pacing.length} worker(s) ` +
        `(${pacing.map((p) => `${p.failuresInARow} in a row`).join(", ")}; ` +
        `${pacing[0].lastError?.replace(/\s+/g, " ").slice(-160)})`,
    );
  } finally {
    settled = true;
    await fastForward;
    await db.$executeRawUnsafe(`ALTER TABLE "CampaignUpdate" DROP CONSTRAINT IF EXISTS "${CONSTRAINT}"`);
    // Finished, so the pacer never sends it once the constraint is gone; the bad emails go too.
    await db.campaignUpdate.update({ where: { id: poisoned }, data: { status: "SENT", finishedAt: new Date() } });
    await db.outboxEmail.deleteMany({ where: { id: { in: badIds } } });
  }
});
