import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { ZDonationFilters } from "../donations/donation-filters";
import { searchDonations } from "../donations/donations-admin";
import { parseCsv } from "../testing/parse-csv";
import { countDonationRows, streamDonationsCsv } from "./export-donations";

const url = process.env.DATABASE_URL!;
let db: PrismaClient;
let campaignId: string;

beforeAll(async () => {
  db = createPrismaClient(url, 4);
  campaignId = (await db.campaign.findFirstOrThrow()).id;
});
afterAll(() => db.$disconnect());

async function addDonation(o: {
  name: string;
  email: string;
  frequency?: "ONE_OFF" | "MONTHLY";
  status?: "SUCCEEDED" | "REFUNDED" | "FAILED" | "ACTIVE";
  giftAid?: boolean;
  createdAt?: string;
}) {
  return db.donation.create({
    data: {
      id: randomUUID(),
      campaignId,
      frequency: o.frequency ?? "ONE_OFF",
      amount: 1250,
      currency: "gbp",
      status: o.status ?? "SUCCEEDED",
      amountRefunded: o.status === "REFUNDED" ? 1250 : 0,
      donorName: o.name,
      donorEmail: o.email,
      giftAid: o.giftAid ?? false,
      ...(o.giftAid ? { giftAidFirstName: o.name, giftAidLastName: "Donor", giftAidHouse: "1" } : {}),
      sourcePath: "/donate",
      createdAt: new Date(o.createdAt ?? "2026-03-10T12:00:00Z"),
    },
  });
}

async function exportRows(filters: object) {
  const stream = streamDonationsCsv(url, ZDonationFilters.parse(filters), async () => {});
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
  const [header, ...rows] = parseCsv(text.slice(1));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe("donations for organisers", () => {
  it("lists and exports the same donations for the same filters; the list holds no email", async () => {
    const a = await addDonation({ name: "Filter Ann", email: "ann@filters.example", giftAid: true });
    const b = await addDonation({ name: "Filter Bo", email: "bo@filters.example", status: "REFUNDED" });
    const c = await addDonation({
      name: "Filter Cy",
      email: "cy@filters.example",
      frequency: "MONTHLY",
      status: "ACTIVE",
      createdAt: "2026-04-01T12:00:00Z",
    });
    const cases: [object, string[]][] = [
      [{ q: "Filter" }, [c.id, b.id, a.id]],
      [{ q: "Filter", status: "REFUNDED" }, [b.id]],
      [{ q: "Filter", frequency: "MONTHLY" }, [c.id]],
      [{ q: "Filter", giftAid: "yes" }, [a.id]],
      [{ q: "Filter", giftAid: "no" }, [c.id, b.id]],
      [{ q: "Filter", from: "2026-03-11" }, [c.id]],
      [{ q: "Filter", to: "2026-03-10" }, [b.id, a.id]],
      // A whole address finds its gift; part of one finds nothing.
      [{ q: "BO@filters.example" }, [b.id]],
      [{ q: "filters.example" }, []],
      [{ q: c.id }, [c.id]],
    ];
    for (const [filters, ids] of cases) {
      const parsed = ZDonationFilters.parse(filters);
      const { rows, total } = await searchDonations(db, parsed, 1);
      const listed = rows.map((r) => r.id);
      expect([...listed].sort(), JSON.stringify(filters)).toEqual([...ids].sort());
      expect(listed[0], "newest first").toBe(ids.includes(c.id) ? c.id : listed[0]);
      expect(total).toBe(ids.length);
      expect(JSON.stringify(rows)).not.toMatch(/@filters\.example/);
      const exported = await exportRows(filters);
      expect(exported.map((r) => r.donation_id).sort(), JSON.stringify(filters)).toEqual([...ids].sort());
      expect(await countDonationRows(url, parsed)).toBe(ids.length);
    }
    const [row] = await exportRows({ q: "ann@filters.example" });
    expect(row).toMatchObject({
      email: "ann@filters.example",
      donor_name: "Filter Ann",
      amount: "12.50",
      currency: "gbp",
      frequency: "one_off",
      status: "succeeded",
      gift_aid: "yes",
      gift_aid_first_name: "Filter Ann",
      gift_aid_house: "1",
      created_at: "2026-03-10T12:00:00Z",
    });
  });

  it("neutralises donor text that a spreadsheet would run, and treats search text as text", async () => {
    await addDonation({ name: "=cmd|' /C calc'!A0", email: "+formula@hostile.example" });
    const [row] = await exportRows({ q: "+formula@hostile.example" });
    expect(row).toMatchObject({ donor_name: "'=cmd|' /C calc'!A0", email: "'+formula@hostile.example" });
    for (const q of ["%", "_", "\\", '\'; DROP TABLE "Donation"; --']) {
      const { total } = await searchDonations(db, ZDonationFilters.parse({ q }), 1);
      expect(total, q).toBe(0);
    }
    expect(ZDonationFilters.safeParse({ status: "STOLEN" }).success).toBe(false);
  });
});
