import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signInAs } from "./admin-session";
import { expectNoAxeViolations } from "./axe";
import { messagesFor } from "../lib/i18n/messages";
import { linkIn, mailTo, waitForMail } from "./mailbox";

// Signers living in Tuvalu: no other spec signs from there, so the update's filter picks exactly ours.
const COUNTRY = "TV";

const my = messagesFor("my");

// A sourcePath under /my/ is signing on the Burmese pages: that signer's emails are in Burmese.
async function sign(request: APIRequestContext, email: string, optIn: boolean, sourcePath?: string) {
  const response = await request.post("/api/petition/sign", {
    data: Buffer.from(JSON.stringify({ firstName: "Su", lastName: "Mon", email, country: COUNTRY, optIn, sourcePath })),
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
    },
  });
  expect(response.status()).toBe(202);
}

async function confirm(page: Page, email: string, button = "Confirm my signature") {
  const [mail] = await waitForMail(email);
  await page.goto(linkIn(mail, "confirm"));
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByTestId("confirmed")).toBeVisible();
}

/**
 * Writes an update for the Tuvalu signers (with a Burmese version, when given), starts it, and waits
 * until the page says all were sent.
 */
async function writeAndSend(
  page: Page,
  subject: string,
  expected: number,
  burmese?: { subject: string; body: string },
): Promise<string> {
  await page.goto("/admin/updates");
  const form = page.getByTestId("new-update");
  await form.getByLabel("Subject", { exact: true }).fill(subject);
  await form
    .getByLabel(/^The update \(/)
    .fill(`Japan suspended its training programme.\nSource: https://example.org/news`);
  if (burmese) {
    await form.getByLabel("Subject in Burmese").fill(burmese.subject);
    await form.getByLabel("The update in Burmese").fill(burmese.body);
  }
  await form.getByLabel("Only signers living in").selectOption(COUNTRY);
  await form.getByRole("button", { name: "Save draft and preview" }).click();
  await expect(page).toHaveURL(/\/admin\/updates\/[a-z0-9]+$/);
  await expect(page.getByTestId("update-preview")).toContainText("Japan suspended its training programme.");
  if (burmese) await expect(page.getByTestId("update-preview-my")).toContainText(burmese.body);
  await expect(page.getByTestId("audience")).toContainText(`It would go to ${expected} supporter`);
  const start = page.getByTestId("start-sending");
  await start.getByLabel(/enter the number of supporters/).fill(String(expected));
  await start.getByRole("button", { name: "Start sending" }).click();
  // The page now shows the progress in place of the draft's forms.
  await expect(page.getByTestId("update-status")).not.toContainText("Draft");
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("update-progress")).toContainText(
      `${expected} handed to the outbox, ${expected} sent`,
    );
  }).toPass({ timeout: 30_000, intervals: [1000] });
  await expect(page.getByTestId("update-status")).toContainText("All handed to the outbox");
  return page.url();
}

test("an update reaches opted-in signers once each, Burmese signers in Burmese; the unsubscribed get no more", async ({
  page,
  context,
  baseURL,
  browser,
}) => {
  test.setTimeout(120_000); // six signers, two sends at the configured pace
  const tag = randomUUID().slice(0, 8);
  const address = (name: string) => `upd-${name}-${tag}@example.org`;
  const [a, b, c, notOptedIn, unconfirmed, burmese] = ["a", "b", "c", "no", "pending", "my"].map(address);
  for (const email of [a, b, c, unconfirmed]) await sign(page.request, email, true);
  await sign(page.request, notOptedIn, false);
  await sign(page.request, burmese, true, "/my/petition");
  for (const email of [a, b, c, notOptedIn]) await confirm(page, email);
  await confirm(page, burmese, my.confirm.button);

  // Starting a send to supporters is an admin's power (issue 26).
  await signInAs(context, baseURL!, "ADMIN");
  await page.goto("/admin/updates");
  await expectNoAxeViolations(page);

  // A draft, its preview and a test copy to the organiser, before anyone gets it.
  const subject = `Campaign news ${tag}`;
  await page.getByTestId("new-update").getByLabel("Subject", { exact: true }).fill(subject);
  await page
    .getByTestId("new-update")
    .getByLabel(/^The update \(/)
    .fill("Short.");
  await page.getByTestId("new-update").getByRole("button", { name: "Save draft and preview" }).click();
  await expect(page.getByTestId("new-update").getByRole("alert")).toContainText("at least a sentence or two");
  const inBurmese = { subject: `လှုပ်ရှားမှု သတင်း ${tag}`, body: "ဂျပန်အစိုးရသည် လေ့ကျင့်ရေး အစီအစဉ်ကို ရပ်ဆိုင်းခဲ့သည်။" };
  const updateUrl = await writeAndSend(page, subject, 4, inBurmese);
  await expectNoAxeViolations(page);

  // Each opted-in, confirmed signer got it once; the others nothing.
  const received = await Promise.all([a, b, c].map((to) => waitForMail(to, 1, subject)));
  expect(received.map((mails) => mails.length)).toEqual([1, 1, 1]);
  expect(mailTo(notOptedIn, subject)).toEqual([]);
  expect(mailTo(unconfirmed, subject)).toEqual([]);
  // The Burmese signer got the Burmese version, ending in Burmese, once.
  const [mailMy] = await waitForMail(burmese, 1, inBurmese.subject);
  expect(mailMy.text).toContain(inBurmese.body);
  expect(mailMy.text).toContain(my.updateEmail.why);
  expect(mailMy.text).not.toContain("Japan suspended");
  expect(mailTo(burmese, subject)).toEqual([]);
  const [mailA] = received[0];
  expect(mailA.text).toContain("Japan suspended its training programme.");
  expect(mailA.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<(http:\/\/[^>]+\/api\/unsubscribe\/[A-Za-z0-9_-]+)>$/.exec(mailA.headers["list-unsubscribe"])![1];

  // A's mail program presses "Unsubscribe" (RFC 8058): the same answer as for a made-up token.
  const pressed = await page.request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  const madeUp = await page.request.post(`${baseURL}/api/unsubscribe/${"x".repeat(43)}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(pressed.status()).toBe(200);
  expect([madeUp.status(), await madeUp.text()]).toEqual([200, await pressed.text()]);

  await page.goto(`${baseURL}/unsubscribe/${"z".repeat(43)}`);
  await expectNoAxeViolations(page); // (axe needs JavaScript)

  // B opens the link in the email, without JavaScript: a page with a button, the same for any token.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await plain.newPage();
  const link = /https?:\/\/\S+\/unsubscribe\/[A-Za-z0-9_-]+/.exec(received[1][0].text)![0];
  await noJs.goto(`${baseURL}/unsubscribe/${"y".repeat(43)}`);
  const strangerPage = await noJs.locator("main").innerText();
  await noJs.goto(link);
  expect(await noJs.locator("main").innerText()).toBe(strangerPage);
  await noJs.getByRole("button", { name: "Stop sending me updates" }).click();
  await expect(noJs.getByTestId("unsubscribed")).toContainText("no more campaign updates");
  await plain.close();

  // The Burmese signer's link opens the Burmese page, and its button answers in Burmese.
  await page.goto(/https?:\/\/\S+\/my\/unsubscribe\/[A-Za-z0-9_-]+/.exec(mailMy.text)![0]);
  await expect(page.locator("html")).toHaveAttribute("lang", "my");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(my.unsubscribe.title);
  await page.getByRole("button", { name: my.unsubscribe.button }).click();
  await expect(page.getByTestId("unsubscribed")).toHaveText(my.unsubscribe.done);

  // The next update goes to C alone.
  const next = `More campaign news ${tag}`;
  await writeAndSend(page, next, 1);
  await waitForMail(c, 1, next);
  expect(mailTo(a, next)).toEqual([]);
  expect(mailTo(b, next)).toEqual([]);
  expect(mailTo(burmese, next)).toEqual([]);
  // And the first went to nobody twice.
  for (const to of [a, b, c]) expect(mailTo(to, subject)).toHaveLength(1);
  expect(mailTo(burmese, inBurmese.subject)).toHaveLength(1);
  await page.goto(updateUrl);
  await expect(page.getByTestId("update-progress")).toContainText("4 handed to the outbox, 4 sent");
});

test("an organiser previews, tests and edits a draft; an update for nobody does not start", async ({
  page,
  context,
  baseURL,
}) => {
  // Starting a send to supporters is an admin's power (issue 26).
  await signInAs(context, baseURL!, "ADMIN");
  await page.goto("/admin/updates");
  const subject = `Draft ${randomUUID().slice(0, 8)}`;
  const form = page.getByTestId("new-update");
  await form.getByLabel("Subject", { exact: true }).fill(subject);
  await form.getByLabel(/^The update \(/).fill("Our briefing is now in Burmese: https://example.org/briefing-my");
  // Signers in a country nobody signs from: nothing can go out while the test looks at it.
  await form.getByLabel("Only signers living in").selectOption("AQ");
  await form.getByRole("button", { name: "Save draft and preview" }).click();
  await expect(page.getByTestId("update-preview")).toContainText("now in Burmese");
  await expect(page.getByTestId("update-preview")).toContainText("To stop them, open this link");
  await expectNoAxeViolations(page);

  await page.getByTestId("send-test").getByRole("button", { name: "Send a test copy to me" }).click();
  const status = page.getByTestId("send-test").getByRole("status");
  await expect(status).toContainText("A test copy is on its way to");
  const organiser = /on its way to (\S+)\.$/.exec((await status.innerText()).trim())![1];
  const [copy] = await waitForMail(organiser, 1, `[Test] ${subject}`);
  expect(copy.headers["list-unsubscribe"]).toMatch(/^<http:\/\/.+\/api\/unsubscribe\/[A-Za-z0-9_-]+>$/);

  await expect(page.getByTestId("audience")).toContainText("It would go to 0 supporters");
  await page
    .getByTestId("start-sending")
    .getByLabel(/enter the number/)
    .fill("0");
  await page.getByTestId("start-sending").getByRole("button", { name: "Start sending" }).click();
  await expect(page.getByTestId("start-sending").getByRole("alert")).toContainText("No supporter matches");

  await page.getByTestId("edit-update").getByLabel("Subject", { exact: true }).fill(`${subject} (edited)`);
  await page.getByTestId("edit-update").getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("edit-update").getByRole("status")).toContainText("Saved");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${subject} (edited)`);
});
