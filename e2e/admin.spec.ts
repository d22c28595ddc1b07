import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL } from "../playwright.config";
import { expectNoAxeViolations } from "./axe";
import { signInAs } from "./admin-session";
import { waitForMail } from "./mailbox";
import { untilHydrated } from "./hydrated";

test("an organiser signs in with a magic link, sees the dashboard, exports, and edits a country", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000); // sign-in by email, the dashboard, three exports and an edit: many round trips
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Your email address").fill(E2E_ADMIN_EMAIL);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByTestId("check-email")).toBeVisible();
  const [mail] = await waitForMail(E2E_ADMIN_EMAIL);
  const link = /https?:\/\/\S+\/admin\/sign-in\/confirm\?\S+/.exec(mail.text)![0];
  // Opening the link (as a mail scanner would) spends nothing: only the button signs in.
  await page.request.get(link);
  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("totals")).toContainText("Confirmed signatures");
  await expectNoAxeViolations(page);

  // Export downloads and parses.
  await page.goto("/admin/export?status=all&optIn=all");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-link").click()]);
  expect(download.suggestedFilename()).toMatch(/^signatures-burma-military-ties-crm-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString("utf8").slice(1).split("\r\n")[0]).toBe(
    "first_name,last_name,email,postcode,country,opted_in,unsubscribed_at,hand_in_consent,consent_version," +
      "signed_at,confirmed_at,source,utm_source,utm_medium,utm_campaign,embed_origin",
  );
  await page.getByRole("button", { name: "Download with progress" }).click();
  await expect(page.getByTestId("export-progress")).toContainText("Done:");

  // Edit a country's status; the public page shows it at once. Put it back afterwards.
  try {
    await page.goto("/admin/content/ukraine");
    const form = page.getByTestId("country-status");
    await form.getByLabel("Status").selectOption("REMOVED");
    await form.getByLabel(/Date of the change/).fill("2026-11-01");
    await form.getByLabel(/Why/).fill("Test: removed by an organiser in an end-to-end test.");
    await form.getByRole("button", { name: "Save status" }).click();
    await expect(form.getByRole("status")).toContainText("Saved");
    await page.goto("/countries/ukraine");
    await expect(page.getByTestId("removal")).toContainText("taken off the list on 1 November 2026");
    await expect(page.getByTestId("composer")).toHaveCount(0);
  } finally {
    await page.goto("/admin/content/ukraine");
    const form = page.getByTestId("country-status");
    await form.getByLabel("Status").selectOption("LISTED");
    await form.getByLabel(/Date of the change/).fill("");
    await form.getByLabel(/Why/).fill("");
    await form.getByRole("button", { name: "Save status" }).click();
    await expect(form.getByRole("status")).toContainText("Saved");
  }
  await page.goto("/countries/ukraine");
  await expect(page.getByTestId("composer")).toBeVisible();

  // The audit log has the sign-in, the export and the edit.
  await page.goto("/admin/audit");
  for (const action of ["sign-in", "export-signatures", "edit-country-status"])
    await expect(page.getByTestId("audit")).toContainText(action);

  // An export is on record before its first byte: one abandoned at once is there all the same
  // (as "started", or "completed" if the server finished first).
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(`${baseURL}/api/export/signatures?shape=delivery&status=all&optIn=all`, {
    headers: { cookie },
  });
  await response.body!.cancel();
  await page.goto("/admin/audit?action=export-signatures");
  const newest = page.getByTestId("audit").locator("tbody tr").first();
  await expect(newest).toContainText('"shape":"delivery"');
  await expect(newest).toContainText(/"state":"(started|completed)"/);
  await expect(newest).toContainText(/"expectedRows":\d+/);
});

test("a bad template merge field is refused at save time, with what was typed kept", async ({
  page,
  context,
  baseURL,
}) => {
  await signInAs(context, baseURL!, "ORGANISER");
  await page.goto("/admin/content/nepal");
  const form = page.getByTestId("letter-form").first();
  const body = form.getByLabel("Letter");
  await untilHydrated(body);
  await body.fill("Dear {{ambassador}}, please act.");
  await form.getByRole("button", { name: "Save letter" }).click();
  await expect(form.getByRole("alert")).toContainText("Unknown merge field {{ambassador}}");
  await expect(body).toHaveValue("Dear {{ambassador}}, please act.");
});

test("a contact marked verified shows as verified on the public page, and back", async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, "ORGANISER");
  await page.goto("/admin/content/north-korea");
  await page.getByTestId("verify-contact").getByRole("button", { name: "Mark verified" }).click();
  // The page refreshes with the stamp and offers the way back.
  await expect(page.getByText(/^Verified \d{4}-\d{2}-\d{2} by user-/)).toBeVisible();
  await expect(page.getByTestId("unverify-contact")).toBeVisible();
  await page.goto("/countries/north-korea");
  await expect(page.getByTestId("contact")).toContainText("Checked by the campaign team on");
  await expect(page.getByTestId("unverified-flag")).toHaveCount(0);

  await page.goto("/admin/content/north-korea");
  await page.getByTestId("unverify-contact").getByRole("button", { name: "Mark as not verified" }).click();
  await expect(page.getByTestId("verify-contact")).toBeVisible();
  await page.goto("/countries/north-korea");
  await expect(page.getByTestId("unverified-flag")).toContainText("Not yet verified");
});

test("axe finds nothing on the organiser pages", async ({ page, context, baseURL }) => {
  // Nine pages, each rendered fresh and read by axe: beside a second worker this passes 30 s.
  test.setTimeout(90_000);
  await signInAs(context, baseURL!, "ADMIN");
  for (const path of [
    "/admin",
    "/admin/signatures",
    "/admin/donations",
    "/admin/donations/gift-aid",
    "/admin/export",
    "/admin/content",
    "/admin/content/japan",
    "/admin/organisers",
    "/admin/audit",
  ]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
