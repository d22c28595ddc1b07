import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { parseEnv } from "../env";
import { signContextFrom } from "../petition/sign-context";
import { signPetition } from "../petition/sign-petition";
import { signer } from "../testing/petition-fixtures";
import { parseSourcePeriod } from "./source-period";
import { getSourceStats, NO_VALUE } from "./source-stats";
import { englishOf } from "../reasons/reason";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

const PARTNER = "https://partner.example";
const env = parseEnv({ DATABASE_URL: "postgres://x", PETITION_EMBED_ORIGINS: `${PARTNER},https://other.example` });
const FAR = new Date("2031-05-10T12:00:00Z"); // a period of its own: no other test writes there
const period = parseSourcePeriod({ from: "2031-05-01", to: "2031-05-31" }).period;

describe("where supporters came from", () => {
  it("signing records the listed partner and the page's utm tags, never an unlisted origin", async () => {
    const from = (referer: string) =>
      signContextFrom(
        new Headers({ referer, "x-campaign-client-address": `203.0.113.${Math.floor(Math.random() * 200)}` }),
        env,
      );
    const framed = signer();
    await signPetition(db, framed, {
      ...from(`http://app.test/embed/petition?origin=${encodeURIComponent(PARTNER)}&utm_source=news`),
      now: FAR.getTime(),
      minFillMs: 0,
    });
    const forged = signer();
    await signPetition(db, forged, {
      ...from("http://app.test/embed/petition?origin=https%3A%2F%2Fevil.example"),
      now: FAR.getTime(),
      minFillMs: 0,
    });
    const rows = await db.signature.findMany({
      where: { email: { in: [framed.email, forged.email] } },
      select: { email: true, embedOrigin: true, utmSource: true },
    });
    expect(rows.find((r) => r.email === framed.email)).toMatchObject({ embedOrigin: PARTNER, utmSource: "news" });
    expect(rows.find((r) => r.email === forged.email)).toMatchObject({ embedOrigin: null, utmSource: null });
  });

  it("counts messages, signatures, confirmed and completed gifts per partner, tags, page, country", async () => {
    const before = await getSourceStats(db, period);
    const japan = await db.country.findFirstOrThrow({ where: { slug: "japan" }, select: { id: true } });
    const petition = await db.petition.findFirstOrThrow({ select: { id: true, campaignId: true } });
    const tags = { utmSource: "tv", utmMedium: "email", utmCampaign: "may" };
    await db.action.createMany({
      data: [
        {
          countryId: japan.id,
          channel: "COPY" as const,
          sourcePath: "/countries/japan",
          embedOrigin: PARTNER,
          ...tags,
        },
        { countryId: japan.id, channel: "PRINT" as const, sourcePath: "/countries/japan", createdAt: FAR },
        // Outside the period: not counted.
        {
          countryId: japan.id,
          channel: "PRINT" as const,
          embedOrigin: PARTNER,
          createdAt: new Date("2031-06-01T00:00:00Z"),
        },
      ].map((a) => ({ createdAt: FAR, ...a })),
    });
    const signature = (status: "PENDING" | "CONFIRMED" | "INVALIDATED") => ({
      id: randomUUID(),
      petitionId: petition.id,
      status,
      consentNoticeVersion: "test",
      sourcePath: "/embed/countries/japan",
      sourceCountryId: japan.id,
      embedOrigin: PARTNER,
      createdAt: FAR,
      ...tags,
    });
    await db.signature.createMany({ data: [signature("CONFIRMED"), signature("PENDING"), signature("INVALIDATED")] });
    const donation = (completed: boolean) => ({
      id: randomUUID(),
      campaignId: petition.campaignId,
      frequency: "ONE_OFF" as const,
      amount: 2500,
      currency: "gbp",
      sourcePath: "/donate",
      embedOrigin: PARTNER,
      completedAt: completed ? FAR : null,
      createdAt: FAR,
    });
    await db.donation.createMany({ data: [donation(true), donation(false)] });

    const after = await getSourceStats(db, period);
    const grew = (rows: typeof after.byOrigin, was: typeof before.byOrigin, label: string) => {
      const [a, b] = [rows.find((r) => r.label === label), was.find((r) => r.label === label)];
      return {
        messages: (a?.messages ?? 0) - (b?.messages ?? 0),
        signatures: (a?.signatures ?? 0) - (b?.signatures ?? 0),
        confirmed: (a?.confirmed ?? 0) - (b?.confirmed ?? 0),
        gifts: (a?.gifts ?? 0) - (b?.gifts ?? 0),
        giftAmount: (a?.giftAmount ?? 0) - (b?.giftAmount ?? 0),
      };
    };
    expect(grew(after.byOrigin, before.byOrigin, PARTNER)).toEqual({
      messages: 1,
      signatures: 2,
      confirmed: 1,
      gifts: 1,
      giftAmount: 2500,
    });
    expect(grew(after.byOrigin, before.byOrigin, NO_VALUE)).toMatchObject({ messages: 1, signatures: 0 });
    expect(grew(after.byTags, before.byTags, "tv / email / may")).toMatchObject({ messages: 1, signatures: 2 });
    expect(grew(after.byPage, before.byPage, "/embed/countries/japan")).toMatchObject({ signatures: 2, confirmed: 1 });
    expect(grew(after.byPage, before.byPage, "/donate")).toMatchObject({ gifts: 1 });
    expect(grew(after.byCountry, before.byCountry, "Japan")).toMatchObject({ messages: 2, signatures: 2 });
    // Source by country: the partner's messages and signatures for Japan, and its gifts (no country).
    const crossed = (label: string) => grew(after.bySourceAndCountry, before.bySourceAndCountry, label);
    expect(crossed(`${PARTNER} → Japan`)).toMatchObject({ messages: 1, signatures: 2, confirmed: 1, gifts: 0 });
    expect(crossed(`${PARTNER} → ${NO_VALUE}`)).toMatchObject({ messages: 0, signatures: 0, gifts: 1 });
    expect(crossed("direct → Japan")).toMatchObject({ messages: 1, signatures: 0 });
    expect(after.total.signatures - before.total.signatures).toBe(2);
    // Nothing that could name a person: only labels and numbers.
    for (const row of after.byOrigin)
      expect(Object.keys(row).sort()).toEqual(["confirmed", "giftAmount", "gifts", "label", "messages", "signatures"]);
  });

  it("reads the period from the dashboard's form, refusing what is not a day in words", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(parseSourcePeriod({}, now)).toMatchObject({ period: { from: "2026-10-30", to: "2026-11-28" } });
    expect(parseSourcePeriod({ from: "2026-11-01", to: "2026-11-02" }, now).period).toMatchObject({
      fromDate: new Date("2026-11-01T00:00:00Z"),
      toExclusive: new Date("2026-11-03T00:00:00Z"),
    });
    expect(englishOf(parseSourcePeriod({ from: "2026-02-31" }, now).error!)).toMatch(/start date as a day/);
    expect(englishOf(parseSourcePeriod({ to: "'; DROP TABLE x" }, now).error!)).toMatch(/end date as a day/);
    expect(englishOf(parseSourcePeriod({ from: "2026-11-02", to: "2026-11-01" }, now).error!)).toMatch(/on or before/);
    expect(englishOf(parseSourcePeriod({ from: "2000-01-01", to: "2026-11-01" }, now).error!)).toMatch(/three years/);
    expect(parseSourcePeriod({ from: ["2026-11-01", "x"] }, now).period.from).toBe("2026-11-01");
  });
});
