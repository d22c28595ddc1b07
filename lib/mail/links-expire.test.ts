import { describe, expect, it } from "vitest";
import { customerPortalUrl, portalUrlForDataLink } from "../donations/donation-views";
import { getEnv } from "../env";
import { eraseSignatureByToken, isRemoveTokenKnown } from "../petition/erase-signature";
import { signPetition } from "../petition/sign-petition";
import { requestDataAccess } from "../privacy/data-access";
import { setUpDonationsHarness } from "../testing/donations-harness";
import { context, LINKS, signer } from "../testing/petition-fixtures";
import { newIds, stripeEvent, paidMonthlySession } from "../testing/stripe-events";
import { deliverDueEmails } from "./deliver-outbox";
import type { TMailTransport } from "./transport";

// Issue 27: a remove link works for 30 days after its email is sent, a monthly gift's manage link
// (which opens Stripe's customer portal) for 7; counted from sending, so mail held for a while
// does not arrive with a link already spent.

const h = setUpDonationsHarness();
const DAY = 86_400_000;
// The secret and address the donations harness queues with, for the jobs and the worker too.
const links = LINKS;
const env = { ...getEnv(), APP_URL: LINKS.appUrl, AUTH_SECRET: LINKS.secret };

async function sendAll(at: number, to: string) {
  const sent: { to: string; text: string }[] = [];
  const capture: TMailTransport = { send: async (mail) => void sent.push(mail), close: () => {} };
  while ((await deliverDueEmails(h.db, capture, links, () => at)) > 0);
  return sent.filter((m) => m.to === to);
}

const tokenIn = (text: string, path: string) => new RegExp(`${path}([A-Za-z0-9_-]+)`).exec(text)![1];

describe("links that expire", () => {
  it("a remove link works for 30 days from when its email is sent, then is refused", async () => {
    const signedAt = Date.now();
    const input = signer();
    await signPetition(h.db, input, context({ linkSecret: links.secret, now: signedAt }));
    // Mail was held for ten days, then sent.
    const sentAt = signedAt + 10 * DAY;
    const [mail] = await sendAll(sentAt, input.email);
    const token = tokenIn(mail.text, "/petition/remove/");
    expect(await isRemoveTokenKnown(h.db, token, sentAt + 29 * DAY)).toBe(true);
    expect(await isRemoveTokenKnown(h.db, token, sentAt + 31 * DAY)).toBe(false);
    expect(await eraseSignatureByToken(h.db, token, sentAt + 31 * DAY)).toBe("unknown");
    expect(await h.db.signature.count({ where: { email: input.email } })).toBe(1);
  });

  it("a manage link works 7 days from sending; later a data-access link reaches the donor's own gift", async () => {
    const now = Date.now();
    const { session, donation } = await h.newDonation("MONTHLY", "1000");
    const ids = newIds();
    const completed = paidMonthlySession({
      id: session.id,
      donationId: donation.id,
      amount: 1000,
      ids,
      email: "monthly-expiry@example.org",
      name: "Nan Donor",
    });
    await h.deliver(stripeEvent("checkout.session.completed", completed, Math.floor(now / 1000)));
    const sentAt = now + 2 * DAY;
    const [receipt] = await sendAll(sentAt, "monthly-expiry@example.org");
    const token = tokenIn(receipt.text, "/donate/manage/");
    const portal = (at: number) => customerPortalUrl(h.db, h.stripe(), token, env.APP_URL, "en", at);
    expect(await portal(sentAt + 6 * DAY)).toMatch(/\/portal\//);
    expect(await portal(sentAt + 8 * DAY)).toBeNull();

    // Later, the donor reaches the portal again from a data-access link to their address (asked for
    // at any time): for their own monthly gift only, and only while that link works.
    const askedAt = sentAt + 30 * DAY;
    await requestDataAccess(h.db, "Monthly-Expiry@example.org", links, askedAt);
    const [access] = await sendAll(askedAt, "Monthly-Expiry@example.org");
    const accessToken = tokenIn(access.text, "/privacy/my-data/");
    const fromData = (id: string, at: number) =>
      portalUrlForDataLink(h.db, h.stripe(), accessToken, id, env.APP_URL, "en", at);
    expect(await fromData(donation.id, askedAt + 3_600_000)).toMatch(/\/portal\//);
    expect(await fromData(donation.id, askedAt + 25 * 3_600_000)).toBeNull();
    const other = await h.newDonation("MONTHLY", "1000");
    await h.db.donation.update({
      where: { id: other.donation.id },
      data: { donorEmail: "someone-else@example.org", stripeCustomerId: "cus_someone_else" },
    });
    expect(await fromData(other.donation.id, askedAt + 3_600_000)).toBeNull();
  });
});
