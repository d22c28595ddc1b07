import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/client";
import { signInAs } from "./admin-session";

// The hand-in list goes to governments: it names exactly the confirmed signers who asked to be named,
// with what the consent says is printed (name and country), whatever other filter the export page
// shows (those are for the CRM shape). What it should hold is read from the database itself.

const tag = randomUUID().slice(0, 6);
const DAY = 86_400_000;
type TRow = { name: string; status: "CONFIRMED" | "PENDING" | "INVALIDATED"; consent: boolean; optIn?: boolean };
const ROWS: (TRow & { unsubscribed?: boolean; daysAgo?: number })[] = [
  { name: `Opted${tag}`, status: "CONFIRMED", consent: true, optIn: true },
  { name: `Quiet${tag}`, status: "CONFIRMED", consent: true, optIn: false },
  { name: `Stopped${tag}`, status: "CONFIRMED", consent: true, optIn: true, unsubscribed: true },
  { name: `Early${tag}`, status: "CONFIRMED", consent: true, optIn: true, daysAgo: 400 },
  { name: `Pending${tag}`, status: "PENDING", consent: true, optIn: true },
  { name: `Unnamed${tag}`, status: "CONFIRMED", consent: false, optIn: true },
  { name: `Invalid${tag}`, status: "INVALIDATED", consent: true, optIn: true },
];

test("the hand-in CSV names exactly the confirmed signers who asked to be named, whatever the other filters", async ({
  page,
  context,
  baseURL,
}) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const petition = await db.petition.findFirstOrThrow();
    for (const row of ROWS) {
      const email = `${row.name.toLowerCase()}@example.org`;
      await db.signature.create({
        data: {
          id: randomUUID(),
          petitionId: petition.id,
          status: row.status,
          firstName: row.name,
          lastName: "Tun",
          email,
          emailKey: email,
          signerCountry: "GB",
          postcode: "SW1A 1AA",
          handInConsent: row.consent,
          optIn: row.optIn ?? false,
          unsubscribedAt: row.unsubscribed ? new Date() : null,
          consentNoticeVersion: "2026-11-28.2",
          createdAt: new Date(Date.now() - (row.daysAgo ?? 0) * DAY),
          confirmedAt: row.status === "CONFIRMED" ? new Date() : null,
        },
      });
    }
    const expected = (
      await db.signature.findMany({
        where: { status: "CONFIRMED", handInConsent: true },
        select: { firstName: true, lastName: true, signerCountry: true },
      })
    ).map((s) => `${s.firstName} ${s.lastName},${s.signerCountry}`);

    await signInAs(context, baseURL!, "ADMIN");
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`/admin/export?shape=delivery&optIn=only&status=all&from=${today}&to=${today}&country=japan`);
    await expect(page.getByTestId("handin-filters-note")).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-link").click()]);
    const csv = (await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c))).toString("utf8");
    const [header, ...lines] = csv.slice(1).split("\r\n").filter(Boolean);
    expect(header).toBe("full_name,country");
    expect(lines.sort()).toEqual(expected.sort());
    for (const name of ["Opted", "Quiet", "Stopped", "Early"]) expect(lines).toContain(`${name}${tag} Tun,GB`);
    for (const name of ["Pending", "Unnamed", "Invalid"]) expect(csv).not.toContain(`${name}${tag}`);

    // The admin shows and filters who asked to be named, who gets updates and who stopped them.
    await page.goto(`/admin/signatures?q=${tag}&named=yes&status=CONFIRMED`);
    const results = page.getByTestId("signature-results");
    await expect(results.getByRole("row")).toHaveCount(5);
    await expect(results.getByRole("row", { name: new RegExp(`Stopped${tag}`) })).toContainText("Stopped");
    await expect(results.getByRole("row", { name: new RegExp(`Quiet${tag}`) })).toContainText("No");
    await page.goto(`/admin/signatures?q=${tag}&updates=stopped`);
    await expect(results.getByRole("row")).toHaveCount(2);
  } finally {
    await db.$disconnect();
  }
});
