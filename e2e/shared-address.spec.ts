import { randomInt, randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { keyedHash } from "../lib/crypto/keyed-hash";
import { createPrismaClient } from "../lib/db/client";
import { E2E_IP_HASH_SECRET } from "../playwright.config";
import { waitForMails } from "./mailbox";

/*
 * Many supporters behind one address (a carrier's NAT, a VPN or Tor exit; issue 24), against the main
 * test server: its signing limits are npm start's defaults (10 a minute and 100 a day per address,
 * challenges on), and its TRUSTED_PROXIES=1 makes the X-Forwarded-For sent here the client's address,
 * as a proxy of ours would. Past the soft limit the page solves the server's proof of work by itself;
 * a script that does not is held to the limit.
 *
 * The limits count in windows aligned to the clock, which a test cannot hold still, so what is asserted
 * is counted per window the address touched (read back from the server's own counters).
 */

const PEOPLE = 30;
const PER_MINUTE = 10;
/** An address of the benchmarking range (RFC 2544) of this run's own, so no other spec's counts mix in. */
const freshAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

/** The per-minute windows the server counted for an address (lib/rate-limit/consume.ts keys them so). */
async function minuteWindows(address: string): Promise<number> {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return await db.rateLimitWindow.count({
      where: { key: `sign-ip-minute:${keyedHash(address, E2E_IP_HASH_SECRET)}` },
    });
  } finally {
    await db.$disconnect();
  }
}

async function spentChallenges(): Promise<number> {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return await db.rateLimitWindow.count({ where: { key: { startsWith: "challenge-used:" } } });
  } finally {
    await db.$disconnect();
  }
}

/** One person in a fresh browser context, on the petition page, ready to sign (its script running). */
async function openAsPerson(browser: Browser, address: string) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": address },
  });
  const page = await context.newPage();
  await page.goto("/petition");
  const form = page.getByTestId("sign-form");
  // Hydrated: the page can solve a challenge (before, the browser would post it as a no-JavaScript form).
  await expect(form.locator('input[name="client"]')).toHaveValue("js", { timeout: 60_000 });
  return { context, form, page, hydrated: Date.now() };
}

/** That person signs and waits for the answer. */
async function sign(person: Awaited<ReturnType<typeof openAsPerson>>, email: string, index: number) {
  const { context, form, page, hydrated } = person;
  try {
    await form.getByLabel("First name").fill(`Person${index}`);
    await form.getByLabel("Last name").fill("Shared");
    await form.getByLabel("Email address").fill(email);
    const clicked = Date.now();
    await form.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByTestId("sign-result")).toBeVisible({ timeout: 60_000 });
    return { hydrated, clicked, answered: Date.now() };
  } finally {
    await context.close();
  }
}

test("30 people sign through the page from one address within a minute: all recorded and mailed", async ({
  browser,
}) => {
  // A limit, not a wait: 30 browser pages on 2 cores, and a slower machine took over 150 s to load them.
  test.setTimeout(300_000);
  const address = freshAddress();
  const run = randomUUID().slice(0, 8);
  const emails = Array.from({ length: PEOPLE }, (_, i) => `shared${run}n${i}@gmail.com`);
  const spentBefore = await spentChallenges();

  // The 30 pages open six at a time (30 at once starved a 2-core machine's browser before anyone
  // could sign), then everyone signs at once: the minute the test holds is the signing, as it was.
  const started = Date.now();
  const people: Awaited<ReturnType<typeof openAsPerson>>[] = [];
  try {
    for (let i = 0; i < PEOPLE; i += 6)
      people.push(...(await Promise.all(emails.slice(i, i + 6).map(() => openAsPerson(browser, address)))));
  } catch (error) {
    await Promise.all(people.map((p) => p.context.close()));
    throw error;
  }
  const times = await Promise.all(people.map((person, i) => sign(person, emails[i], i)));

  const first = Math.min(...times.map((t) => t.clicked));
  const last = Math.max(...times.map((t) => t.answered));
  const waits = times.map((t) => t.answered - t.clicked).sort((a, b) => a - b);
  const lastReady = Math.max(...times.map((t) => t.hydrated)) - started;
  const windows = await minuteWindows(address);
  const solved = (await spentChallenges()) - spentBefore;
  console.log(
    `${PEOPLE} people from one address: last page ready ${(lastReady / 1000).toFixed(1)} s after the start; ` +
      `first click to last answer ${((last - first) / 1000).toFixed(1)} s; ` +
      `each from click to answer: median ${waits[PEOPLE >> 1]} ms, max ${waits[PEOPLE - 1]} ms; ` +
      `${solved} challenges solved by the page; ${windows} minute window(s)`,
  );
  expect(last - first).toBeLessThan(60_000);
  // No more than the limit a window went through unasked: everyone else's page solved a challenge.
  expect(windows).toBeGreaterThanOrEqual(1);
  expect(solved).toBeGreaterThanOrEqual(PEOPLE - PER_MINUTE * windows);

  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    expect(await db.signature.count({ where: { email: { in: emails } } })).toBe(PEOPLE);
  } finally {
    await db.$disconnect();
  }
  // Every mail at once: one look at the mailbox a poll, not one wait per person.
  const mailStarted = Date.now();
  const mails = await waitForMails(emails);
  for (const email of emails) expect(mails.get(email)?.text, email).toContain("/petition/confirm/");
  console.log(
    `all ${PEOPLE} confirmation emails in the sink ${Date.now() - mailStarted} ms after the last answer was checked`,
  );
});

test("a script that does not solve challenges is held to the limit of 10 a minute", async ({ request }) => {
  const address = freshAddress();
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) {
    const response = await request.post("/api/petition/sign", {
      data: { firstName: "Script", lastName: "Sender", email: `script-${randomUUID()}@gmail.com`, country: "GB" },
      headers: { "x-forwarded-for": address },
    });
    statuses.push(response.status());
    if (response.status() !== 202) {
      expect(response.status()).toBe(429);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("CHALLENGE_REQUIRED");
    }
  }
  const accepted = statuses.filter((s) => s === 202).length;
  const windows = await minuteWindows(address);
  console.log(`a script's 25 sign-ups from one address: ${accepted} accepted in ${windows} minute window(s)`);
  // The first ten of each window, never more (the requests take well under a minute: at most two windows).
  expect(statuses.slice(0, PER_MINUTE)).toEqual(Array(PER_MINUTE).fill(202));
  expect(windows).toBeLessThanOrEqual(2);
  expect(accepted).toBeLessThanOrEqual(PER_MINUTE * windows);
});
