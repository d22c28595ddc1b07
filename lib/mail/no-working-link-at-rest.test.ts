import { describe, expect, it } from "vitest";
import { queueSignInLink, signInTokenHash } from "../auth/sign-in-link";
import { customerPortalUrl } from "../donations/donation-views";
import { getEnv } from "../env";
import type { TJobContext } from "../jobs/job";
import { remindersJob } from "../jobs/reminders-job";
import { repeatSignersJob } from "../jobs/repeat-signers-job";
import { updatePacingJob } from "../jobs/update-pacing-job";
import { inspectConfirmToken } from "../petition/confirm-signature";
import { isRemoveTokenKnown } from "../petition/erase-signature";
import { signPetition } from "../petition/sign-petition";
import { emailForAccessToken, requestDataAccess } from "../privacy/data-access";
import { setUpDonationsHarness } from "../testing/donations-harness";
import { context, LINKS, signer } from "../testing/petition-fixtures";
import { newIds, stripeEvent, paidMonthlySession } from "../testing/stripe-events";
import { addDraft, addSigners } from "../testing/update-fixtures";
import { sendTestCopy, startSending } from "../updates/sending";
import { unsubscribeByToken } from "../updates/unsubscribe";
import { deliverDueEmails } from "./deliver-outbox";
import type { TMailTransport } from "./transport";

// Issue 27, "no working secret at rest": with mail held (no SMTP, as in a deployment without it or
// during an outage), every email kind waits in the outbox. A read-only copy of the database must then
// hold no working link: every token-shaped string in every table fails where it would be used.

const h = setUpDonationsHarness();
const DAY = 86_400_000;
// The secret and address the donations harness queues with, for the jobs and the worker too.
const links = LINKS;
const env = { ...getEnv(), APP_URL: LINKS.appUrl, AUTH_SECRET: LINKS.secret };
const sent: { kind?: string; to: string; subject: string; text: string; headers?: Record<string, string> }[] = [];
const capture: TMailTransport = { send: async (mail) => void sent.push(mail), close: () => {} };
const jobContext = (now: number): TJobContext => ({
  db: h.db,
  transport: capture,
  env,
  now: () => now,
  stopping: () => false,
});

/** The worker's half of an organiser's sign-in request (lib/auth/send-sign-in-links.ts). */
async function requestSignIn(identifier: string) {
  await queueSignInLink(h.db, identifier, env.APP_URL, env.AUTH_SECRET, Date.now());
}

/** Auth.js's stored form of a sign-in token (its callback looks the link's token up by this). */
const signInHash = (token: string) => signInTokenHash(token, env.AUTH_SECRET);

/** What each place a link leads to makes of a token: the kinds of link it works as (none, for a dead one). */
async function worksAs(token: string): Promise<string[]> {
  const works: string[] = [];
  if ((await inspectConfirmToken(h.db, token)) === "valid") works.push("confirm");
  if (await isRemoveTokenKnown(h.db, token)) works.push("remove");
  if (await emailForAccessToken(h.db, token)) works.push("data-access");
  if (await customerPortalUrl(h.db, h.stripe(), token, env.APP_URL)) works.push("manage-gift");
  const signIn = await h.db.verificationToken.findFirst({ where: { token: signInHash(token) } });
  if (signIn && signIn.expires.getTime() > Date.now()) works.push("sign-in");
  return works;
}

/** The candidates that work anywhere, tried a few at a time; unsubscribing is tried on all, then counted. */
async function workingTokens(candidates: string[]): Promise<string[]> {
  const working: string[] = [];
  for (let i = 0; i < candidates.length; i += 6) {
    await Promise.all(
      candidates.slice(i, i + 6).map(async (candidate) => {
        const works = await worksAs(candidate);
        if (works.length) working.push(`${works.join(", ")}: ${candidate}`);
      }),
    );
  }
  const unsubscribed = () => h.db.signature.count({ where: { unsubscribedAt: { not: null } } });
  const before = await unsubscribed();
  for (let i = 0; i < candidates.length; i += 6)
    await Promise.all(candidates.slice(i, i + 6).map((candidate) => unsubscribeByToken(h.db, candidate)));
  if ((await unsubscribed()) > before) working.push("unsubscribe: one of the candidates");
  return working;
}

/** Every row of every table, as text: what someone holding a copy of the database reads. */
async function dumpDatabase(): Promise<string> {
  const tables = await h.db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS "name" FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await h.db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS "row" FROM "${name.replaceAll('"', '""')}" t`,
    );
    parts.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return parts.join("\n");
}

/** Token-shaped strings (our tokens, Auth.js's, and any part of a URL that could be one), whole and in parts. */
function tokenCandidates(text: string): string[] {
  const found = new Set<string>();
  for (const [match] of text.matchAll(/[A-Za-z0-9_.~%-]{20,}/g)) {
    for (const piece of [match, ...match.split(/[.~%]/)]) if (piece.length >= 20) found.add(piece);
  }
  return [...found];
}

/** The token after a path in a sent email's text or headers. */
function tokenIn(text: string, before: RegExp): string {
  const match = new RegExp(`${before.source}([A-Za-z0-9_.-]+)`).exec(text);
  if (!match) throw new Error(`no link ${before} in: ${text}`);
  return decodeURIComponent(match[1]);
}

describe("no working secret at rest", () => {
  it("holds no working link in a dump while every kind of email waits; each link works once sent", async () => {
    const now = Date.now();
    // A new signer's confirmation; a pending signer who signs again (a confirmation sent again); a
    // confirmed one who signs again ("you had already signed"); a reminder to the first, a day on.
    const first = signer({ firstName: "Mya" });
    await signPetition(h.db, first, context({ linkSecret: links.secret }));
    const again = signer({ firstName: "Aung" });
    await signPetition(h.db, again, context({ linkSecret: links.secret }));
    await h.db.signature.updateMany({
      where: { email: again.email },
      data: { lastEmailedAt: new Date(now - 2 * DAY) },
    });
    await signPetition(h.db, again, context({ linkSecret: links.secret, now }));
    const [confirmed] = await addSigners(h.db, [{ status: "CONFIRMED", optIn: false }]);
    await signPetition(h.db, signer({ email: confirmed.email, firstName: "Zaw" }), context({ now }));
    await repeatSignersJob.run(jobContext(now));
    await remindersJob.run(jobContext(now + 2 * DAY));
    // A campaign update to a supporter who asked for them, and an organiser's test copy of it.
    await addSigners(h.db, [{ status: "CONFIRMED", optIn: true }]);
    const update = await addDraft(h.db);
    await sendTestCopy(h.db, "organiser@example.org", update, env.APP_URL);
    const audience = await h.db.signature.count({ where: { status: "CONFIRMED", optIn: true } });
    await startSending(h.db, "organiser@example.org", update, audience, now);
    await updatePacingJob.run(jobContext(now + 60_000));
    // A monthly gift's thank-you, with its manage link; a data-access request; an organiser's sign-in.
    const { session, donation } = await h.newDonation("MONTHLY", "1000");
    const ids = newIds();
    const completed = paidMonthlySession({
      id: session.id,
      donationId: donation.id,
      amount: 1000,
      ids,
      email: "donor@example.org",
      name: "Nan Donor",
    });
    expect((await h.deliver(stripeEvent("checkout.session.completed", completed, Math.floor(now / 1000)))).status).toBe(
      200,
    );
    await requestDataAccess(h.db, "reader@example.org", links, now);
    await requestSignIn("organiser@example.org");

    const waiting = await h.db.outboxEmail.findMany({ where: { status: "PENDING" }, select: { kind: true } });
    const kinds = [
      "signature-confirm",
      "signature-resend",
      "signature-reminder",
      "signature-already-signed",
      "campaign-update",
      "donation-receipt",
      "data-access",
      "organiser-sign-in",
    ];
    expect(new Set(waiting.map((w) => w.kind))).toEqual(new Set(kinds));

    const dump = await dumpDatabase();
    expect(dump).toContain("donor@example.org");
    const candidates = tokenCandidates(dump);
    expect(candidates.length).toBeGreaterThan(50);
    expect(await workingTokens(candidates)).toEqual([]);

    // Once sent, every link works: the dump held none because none was there, not because none works.
    while ((await deliverDueEmails(h.db, capture, links, () => now + 120_000)) > 0);
    const byKind = (kind: string) => sent.filter((m) => m.kind === kind);
    expect(new Set(sent.map((m) => m.kind))).toEqual(new Set(kinds));
    for (const kind of ["signature-confirm", "signature-resend", "signature-reminder"]) {
      for (const mail of byKind(kind)) {
        expect(await inspectConfirmToken(h.db, tokenIn(mail.text, /\/petition\/confirm\//))).toBe("valid");
        expect(await isRemoveTokenKnown(h.db, tokenIn(mail.text, /\/petition\/remove\//))).toBe(true);
      }
    }
    const [access] = byKind("data-access");
    expect(await emailForAccessToken(h.db, tokenIn(access.text, /\/privacy\/my-data\//))).toBe("reader@example.org");
    const [receipt] = byKind("donation-receipt");
    const manage = tokenIn(receipt.text, /\/donate\/manage\//);
    expect(await customerPortalUrl(h.db, h.stripe(), manage, env.APP_URL)).toMatch(/\/portal\//);
    const [signIn] = byKind("organiser-sign-in");
    expect(
      await h.db.verificationToken.count({ where: { token: signInHash(tokenIn(signIn.text, /[?&]token=/)) } }),
    ).toBe(1);
    const toSupporter = byKind("campaign-update").find((m) => !m.subject.startsWith("[Test]"))!;
    const oneClick = tokenIn(toSupporter.headers!["List-Unsubscribe"], /\/api\/unsubscribe\//);
    expect(tokenIn(toSupporter.text, /\/unsubscribe\//)).toBe(oneClick);
    await unsubscribeByToken(h.db, oneClick);
    expect(await h.db.signature.count({ where: { email: toSupporter.to, unsubscribedAt: { not: null } } })).toBe(1);
  });
});
