import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { pdfLines } from "../lib/testing/pdf-text";
import { signInAs } from "./admin-session";
import { expectNoAxeViolations } from "./axe";
import { linkIn, waitForMail } from "./mailbox";

// A pack goes to a government: it must count every confirmed signature and name only the signers who
// ticked the box. What it should hold is read from the database itself, then compared with the text
// of the downloaded PDF as a reader (PDF.js) finds it.

const tag = randomUUID().slice(0, 6);
const SIGNERS = [
  { firstName: `Named${tag}`, lastName: "Win", country: "GB", postcode: "EH1 1YZ", handInConsent: true },
  { firstName: `Also${tag}`, lastName: "Aung", country: "MM", handInConsent: true },
  { firstName: `Counted${tag}`, lastName: "Only", country: "GB", postcode: "CF10 1AA", handInConsent: false },
];

async function signAndConfirm(page: Page, signer: (typeof SIGNERS)[number], i: number) {
  const email = `handin-${tag}-${i}@example.org`;
  const response = await page.request.post("/api/petition/sign", {
    data: Buffer.from(JSON.stringify({ ...signer, email })),
    headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${10 + i}` },
  });
  expect(response.status()).toBe(202);
  const [mail] = await waitForMail(email);
  await page.goto(linkIn(mail, "confirm"));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirmed")).toBeVisible();
}

/** What the pack must say, read from the database: the confirmed count and the named list, in signing order. */
async function expectedPack() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const countries = new Intl.DisplayNames(["en-GB"], { type: "region" });
  try {
    const where = { status: "CONFIRMED" as const };
    const named = await db.signature.findMany({
      where: { ...where, handInConsent: true, firstName: { not: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return {
      confirmed: await db.signature.count({ where }),
      names: named.map((s) => `${s.firstName} ${s.lastName} ${countries.of(s.signerCountry!)}`),
    };
  } finally {
    await db.$disconnect();
  }
}

async function auditOf(action: string) {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    return await db.auditLog.findFirstOrThrow({ where: { action }, orderBy: { createdAt: "desc" } });
  } finally {
    await db.$disconnect();
  }
}

test("an organiser downloads Japan's hand-in pack, marks it delivered, and sees the update on Japan's page", async ({
  page,
  context,
  baseURL,
}) => {
  for (const [i, signer] of SIGNERS.entries()) await signAndConfirm(page, signer, i);
  const expected = await expectedPack();
  expect(expected.names).toEqual(
    expect.arrayContaining([`Named${tag} Win United Kingdom`, `Also${tag} Aung Myanmar (Burma)`]),
  );

  await signInAs(context, baseURL!, "ORGANISER");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Organiser area" }).getByRole("link", { name: "Hand-in packs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hand-in packs");
  await expectNoAxeViolations(page);
  await page.getByTestId("handin-countries").getByRole("link", { name: "Japan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hand-in pack: Japan");
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Japan's pack (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hand-in-pack-japan-\d{4}-\d{2}-\d{2}\.pdf$/);
  const lines = await pdfLines(new Uint8Array(readFileSync((await download.path())!)));
  const text = lines.join(" ");
  expect(lines[0]).toBe("Embassy of Japan in the UK");
  expect(text).toContain(`We hand you a petition signed by ${expected.confirmed.toLocaleString("en-GB")} people`);
  expect(text).toContain(`${expected.confirmed.toLocaleString("en-GB")} people signed the petition and confirmed`);
  expect(text).toContain("Burma Campaign UK's briefing of March 2021");
  // The named list, page footers aside, is exactly the signers who asked to be named.
  const list = lines.slice(lines.indexOf("Name Lives in") + 1).filter((line) => !line.includes(" · page "));
  expect(list).toEqual(expected.names);
  expect(text).not.toContain(`Counted${tag}`);
  expect(await auditOf("export-handin-pack")).toMatchObject({
    target: "japan",
    details: { state: "completed", confirmed: expected.confirmed, named: expected.names.length },
  });

  // A fixed day in the past (the form refuses days to come), before keep-current.spec.ts's own update to
  // Japan, which expects to stay the newest on Japan's timeline.
  const deliveredOn = "2026-11-01";
  const form = page.getByTestId("mark-delivered");
  await form.getByLabel("Date handed in").fill(deliveredOn);
  await form.getByLabel("How", { exact: true }).selectOption("IN_PERSON");
  await form.getByLabel(/^To whom/).fill(`the Defence Attaché (${tag})`);
  await form.getByLabel(/^Signatures the pack counted/).fill(String(expected.confirmed));
  await form.getByLabel(/^Their reply/).fill("We will pass this on to Tokyo.");
  await form.getByRole("button", { name: "Mark delivered" }).click();
  await expect(form.getByRole("status")).toContainText("Recorded as delivered");
  expect((await auditOf("record-handin")).details).toMatchObject({ country: "japan", deliveredOn });

  await page.goto("/countries/japan");
  const entry = page.getByTestId("timeline").locator("li", { hasText: `the Defence Attaché (${tag})` });
  await expect(entry).toContainText("1 November 2026");
  await expect(entry).toContainText("Petition handed in to Embassy of Japan in the UK");
  await expect(entry).toContainText(`Handed in person to the Defence Attaché (${tag}): ${expected.confirmed}`);
  await expect(entry).toContainText("Their reply: We will pass this on to Tokyo.");
  await expect(entry.getByRole("link")).toHaveAttribute("href", `${baseURL}/petition`);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the covering letter refuses a merge field the pack cannot fill", async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, "ORGANISER");
    await page.goto("/admin/handin");
    const form = page.getByTestId("handin-letter");
    await form.getByLabel("Letter").fill("Dear {{ambassador_name}},\n\n{{signature_count}} people signed.");
    await form.getByRole("button", { name: "Save letter" }).click();
    await expect(page.getByTestId("handin-letter").getByRole("alert")).toContainText(
      "Unknown merge field {{ambassador_name}}",
    );
  });
});
