import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { getPetition } from "../petition/petition";
import { BLNS } from "../testing/blns";
import { parseCsv } from "../testing/parse-csv";
import { countExportRows, exportFilename, streamSignaturesCsv, ZExportFilters } from "./export-signatures";

const url = process.env.DATABASE_URL!;
let db: PrismaClient;
let petitionId: string;
let japanId: string;
const tag = `exp${Date.now()}`;

beforeAll(async () => {
  db = createPrismaClient(url, 4);
  petitionId = (await getPetition(db)).id;
  japanId = (await db.country.findFirstOrThrow({ where: { slug: "japan" } })).id;
});
afterAll(() => db.$disconnect());

async function addSignature(o: {
  first: string;
  last?: string;
  status?: "CONFIRMED" | "PENDING" | "INVALIDATED";
  optIn?: boolean;
  unsubscribedAt?: Date;
  handIn?: boolean;
  postcode?: string | null;
  country?: string | null;
  createdAt?: Date;
  utmSource?: string;
  embedOrigin?: string;
}) {
  await db.signature.create({
    data: {
      id: randomUUID(),
      petitionId,
      firstName: o.first,
      lastName: o.last ?? tag,
      email: `${randomUUID()}@${tag}.example`,
      emailKey: `${randomUUID()}@${tag}.example`,
      signerCountry: "GB",
      postcode: o.postcode ?? "SW1A 1AA",
      optIn: o.optIn ?? true,
      unsubscribedAt: o.unsubscribedAt ?? null,
      handInConsent: o.handIn ?? true,
      consentNoticeVersion: "2026-11-28",
      status: o.status ?? "CONFIRMED",
      confirmedAt: new Date(),
      sourceCountryId: o.country ?? null,
      sourcePath: "/petition",
      utmSource: o.utmSource ?? null,
      embedOrigin: o.embedOrigin ?? null,
      createdAt: o.createdAt ?? new Date(),
    },
  });
}

async function exportText(filters: object) {
  let rows = -1;
  const stream = streamSignaturesCsv(url, ZExportFilters.parse(filters), async (n) => {
    rows = n;
  });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { text, rows, lines: text.split("\r\n").filter(Boolean) };
}

describe("signature export", () => {
  it("writes a BOM, a header and the CRM columns, confirmed and opted-in by default", async () => {
    await addSignature({ first: "Crm", optIn: true });
    await addSignature({ first: "NoOptIn", optIn: false });
    await addSignature({ first: "Pending", status: "PENDING" });
    await addSignature({ first: "Bot", status: "INVALIDATED" });
    const { text, rows } = await exportText({});
    expect(
      text.startsWith(
        "\uFEFFfirst_name,last_name,email,postcode,country,opted_in,unsubscribed_at,hand_in_consent,consent_version," +
          "signed_at,confirmed_at,source,utm_source,utm_medium,utm_campaign,embed_origin\r\n",
      ),
    ).toBe(true);
    const added = ["Crm", "NoOptIn", "Pending", "Bot"];
    const mine = parseCsv(text.slice(1)).filter((r) => r[1] === tag && added.includes(r[0]));
    expect(mine.map((r) => r[0])).toEqual(["Crm"]);
    expect(mine[0]).toMatchObject({
      3: "SW1A 1AA",
      4: "GB",
      5: "yes",
      6: "",
      7: "yes",
      8: "2026-11-28",
      11: "/petition",
    });
    expect(rows).toBe(await countExportRows(url, ZExportFilters.parse({})));
    const all = parseCsv((await exportText({ status: "all", optIn: "all" })).text.slice(1))
      .filter((r) => r[1] === tag && added.includes(r[0]))
      .map((r) => r[0])
      .sort();
    expect(all).toEqual(["Crm", "NoOptIn", "Pending"]);
  });

  it("counts a signer who unsubscribed from updates as not opted in", async () => {
    await addSignature({ first: "Unsubscribed", optIn: true, unsubscribedAt: new Date() });
    const optedIn = parseCsv((await exportText({})).text.slice(1)).filter((r) => r[1] === tag);
    expect(optedIn.map((r) => r[0])).not.toContain("Unsubscribed");
    const all = parseCsv((await exportText({ optIn: "all" })).text.slice(1)).filter((r) => r[1] === tag);
    expect(all.find((r) => r[0] === "Unsubscribed")?.[5]).toBe("no");
  });

  it("delivery shape: full name and country, as the consent says — no postcode, date or email", async () => {
    await addSignature({ first: "Delivery", postcode: "M1 1AE" });
    const { lines } = await exportText({ shape: "delivery" });
    expect(lines[0]).toBe("\uFEFFfull_name,country");
    const row = lines.find((l) => l.startsWith(`Delivery ${tag},`))!;
    expect(row).toBe(`Delivery ${tag},GB`);
    expect(lines.join("")).not.toContain(`@${tag}.example`);
  });

  it("names on the hand-in list only the signers who ticked the box", async () => {
    await addSignature({ first: "Named", handIn: true });
    await addSignature({ first: "Unnamed", handIn: false });
    const { lines } = await exportText({ shape: "delivery", status: "all", optIn: "all" });
    expect(lines.some((l) => l.startsWith(`Named ${tag},`))).toBe(true);
    expect(lines.join("\n")).not.toContain(`Unnamed ${tag}`);
    // Signatures from before the box existed count as not named.
    expect(
      await db.$queryRaw<{ d: boolean }[]>`SELECT column_default = 'false' AS d FROM information_schema.columns
      WHERE table_name = 'Signature' AND column_name = 'handInConsent'`,
    ).toEqual([{ d: true }]);
  });

  it("names on the hand-in list exactly the confirmed signers who asked, whatever other filter is set", async () => {
    const named = `Hand${tag}`;
    await addSignature({ first: `${named}Quiet`, last: named, handIn: true, optIn: false });
    await addSignature({ first: `${named}Stopped`, last: named, handIn: true, unsubscribedAt: new Date() });
    await addSignature({ first: `${named}Early`, last: named, handIn: true, createdAt: new Date("2020-01-15") });
    await addSignature({ first: `${named}Opted`, last: named, handIn: true, optIn: true });
    await addSignature({ first: `${named}Pending`, last: named, handIn: true, status: "PENDING" });
    await addSignature({ first: `${named}Unnamed`, last: named, handIn: false, optIn: true });
    const today = new Date().toISOString().slice(0, 10);
    const filters = { shape: "delivery", optIn: "only", status: "all", from: today, to: today, country: "japan" };
    const { lines } = await exportText(filters);
    // What the consent says is printed: the name and the country, nothing else.
    expect(lines[0]).toBe("\uFEFFfull_name,country");
    const listed = lines.filter((l) => l.includes(` ${named},`)).sort();
    const expected = await db.signature.findMany({
      where: { lastName: named, status: "CONFIRMED", handInConsent: true },
      select: { firstName: true, lastName: true, signerCountry: true },
    });
    expect(listed).toEqual(expected.map((s) => `${s.firstName} ${s.lastName},${s.signerCountry}`).sort());
    expect(listed).toHaveLength(4);
  });

  it("filters by date range and by the country page signed from", async () => {
    await addSignature({ first: "Old", createdAt: new Date("2020-01-15T12:00:00Z") });
    await addSignature({ first: "FromJapan", country: japanId });
    const names = async (filters: object) =>
      parseCsv((await exportText(filters)).text.slice(1))
        .filter((r) => r[1] === tag)
        .map((r) => r[0]);
    expect(await names({ from: "2020-01-15", to: "2020-01-15" })).toEqual(["Old"]);
    expect(await names({ to: "2020-01-14" })).toEqual([]);
    expect(await names({ country: "japan" })).toEqual(["FromJapan"]);
  });

  it("neutralises every hostile name so no cell starts a formula, and keeps the text otherwise", async () => {
    const hostile = BLNS.filter((s) => s.length > 0 && s.length < 50)
      .slice(0, 200)
      .map((s) => s.replace(/\u0000/g, ""));
    for (const first of hostile) await addSignature({ first, last: `${tag}-blns` });
    const rows = parseCsv((await exportText({})).text.slice(1)).filter((r) => r[1] === `${tag}-blns`);
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const back = rows.map((r) => r[0].replace(/^'(?=[=+\-@\t\r])/, "")).sort();
    expect(back).toEqual([...hostile].sort());
  });

  it("carries where the signer came from, a hostile utm tag neutralised like any cell", async () => {
    await addSignature({ first: "Tagged", utmSource: "=HYPERLINK(1)", embedOrigin: "https://partner.example" });
    const row = parseCsv((await exportText({})).text.slice(1)).find((r) => r[1] === tag && r[0] === "Tagged")!;
    expect(row.slice(11)).toEqual(["/petition", "'=HYPERLINK(1)", "", "", "https://partner.example"]);
  });

  it("names the file after the campaign, shape and day", () => {
    expect(exportFilename("burma-military-ties", "crm", new Date("2026-11-28T23:00:00Z"))).toBe(
      "signatures-burma-military-ties-crm-2026-11-28.csv",
    );
  });

  it("streams 100,000 rows with flat memory", async () => {
    await db.$executeRawUnsafe(`
      INSERT INTO "Signature" ("id", "petitionId", "firstName", "lastName", "email", "emailKey", "signerCountry",
        "postcode", "optIn", "consentNoticeVersion", "status", "confirmedAt", "createdAt")
      SELECT 'bulk-' || g, '${petitionId}', 'Bulk', 'Signer ' || g, 'bulk' || g || '@${tag}.example',
        'bulk' || g || '@${tag}.example', 'GB', 'SW1A 1AA', true, '2026-11-28', 'CONFIRMED', now(), now()
      FROM generate_series(1, 100000) g`);
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error("run with --expose-gc (vitest.config.ts sets it)");
    gc();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    let bytes = 0;
    let newlines = 0;
    let chunks = 0;
    const started = Date.now();
    const stream = streamSignaturesCsv(url, ZExportFilters.parse({}), async () => {});
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) newlines++;
      // What survives a collection is what the export holds on to.
      if (++chunks % 10 === 0) {
        gc();
        const now = process.memoryUsage();
        peakHeap = Math.max(peakHeap, now.heapUsed);
        peakRss = Math.max(peakRss, now.rss);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    console.log(
      `100k export: ${newlines - 1} rows, ${mb(bytes)} MB in ${seconds.toFixed(1)} s (with a GC every 10 chunks); ` +
        `retained heap growth at most ${mb(peakHeap - before.heapUsed)} MB, ` +
        `RSS growth ${mb(peakRss - before.rss)} MB`,
    );
    expect(newlines - 1).toBeGreaterThanOrEqual(100_000);
    // The CSV is over 12 MB: an export that kept its rows would retain at least that much.
    expect(peakHeap - before.heapUsed).toBeLessThan(8 * 1048576);
    await db.$executeRawUnsafe(`DELETE FROM "Signature" WHERE "id" LIKE 'bulk-%'`);
  }, 120_000);
});
