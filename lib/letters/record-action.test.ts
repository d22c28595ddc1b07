import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { BLNS } from "../testing/blns";
import { recordAction, ZRecordActionInput } from "./record-action";

let db: PrismaClient;
let vietnamContact: string;
let japanContact: string;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
  const contact = (slug: string) => db.contact.findFirstOrThrow({ where: { country: { slug } } }).then((c) => c.id);
  [vietnamContact, japanContact] = await Promise.all([contact("vietnam"), contact("japan")]);
});
afterAll(() => db.$disconnect());

const key = () => `test-${randomUUID()}`;
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describe("recordAction", () => {
  it("records an action with no personal data and returns the target's new count", async () => {
    const input = ZRecordActionInput.parse({
      country: "vietnam",
      contactId: vietnamContact,
      channel: "EMAIL_APP",
      sourcePath: "/countries/vietnam",
      utmSource: "newsletter",
    });
    const first = await recordAction(db, input, key());
    const second = await recordAction(db, { ...input, channel: "PRINT" }, key());
    expect(second.count).toBe(first.count + 1);
    const row = await db.action.findFirstOrThrow({
      where: { contactId: vietnamContact, channel: "PRINT" },
      orderBy: { createdAt: "desc" },
    });
    expect(Object.keys(row).sort()).toEqual([
      "channel",
      "contactId",
      "countryId",
      "createdAt",
      "embedOrigin",
      "id",
      "sourcePath",
      "utmCampaign",
      "utmMedium",
      "utmSource",
    ]);
    expect(row.utmSource).toBe("newsletter");
  });

  it("keeps the partner origin the embed passed on only if it is listed", async () => {
    const listed = ["https://partner.example"];
    const record = async (embedOrigin: string) => {
      const input = ZRecordActionInput.parse({ country: "vietnam", channel: "COPY", embedOrigin });
      await recordAction(db, input, key(), Date.now(), listed);
      const row = await db.action.findFirstOrThrow({ where: { channel: "COPY" }, orderBy: { createdAt: "desc" } });
      return row.embedOrigin;
    };
    expect(await record("https://partner.example")).toBe("https://partner.example");
    expect(await record("https://evil.example")).toBeNull();
    expect(await record("https://partner.example.evil.example")).toBeNull();
  });

  it("refuses unknown countries, and a contact that belongs to another country", async () => {
    expect(await code(recordAction(db, { country: "atlantis", channel: "COPY" }, key()))).toBe("NOT_FOUND");
    expect(await code(recordAction(db, { country: "vietnam", contactId: japanContact, channel: "COPY" }, key()))).toBe(
      "NOT_FOUND",
    );
  });

  it("limits one client to 20 actions a minute, with a wait time", async () => {
    const client = key();
    // The middle of a minute window, on a clock of the test's own, so the 21 never straddle two windows.
    const now = Math.floor(Date.now() / 60_000) * 60_000 + 30_000;
    const results = [];
    for (let i = 0; i < 21; i++)
      results.push(
        await code(recordAction(db, { country: "japan", contactId: japanContact, channel: "COPY" }, client, now)),
      );
    expect(results.filter((r) => r === "ok")).toHaveLength(20);
    const error = await recordAction(db, { country: "japan", channel: "COPY" }, client, now).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(429);
    expect((error as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("validates hostile input into clear answers, and stores hostile tracking tags safely", async () => {
    for (const text of BLNS) {
      for (const field of ["country", "contactId", "channel", "sourcePath"]) {
        const parsed = ZRecordActionInput.safeParse({ country: "japan", channel: "COPY", [field]: text });
        if (!parsed.success) expect(parsed.error.issues[0].message.length).toBeGreaterThan(0);
      }
    }
    const tags = BLNS.filter((t) => t.length <= 100).slice(0, 60);
    for (const text of tags) {
      const input = ZRecordActionInput.parse({ country: "japan", channel: "COPY", utmCampaign: text });
      expect(await code(recordAction(db, input, key()))).toBe("ok");
    }
  });
});
