import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { saveMessageTemplate } from "./save-template";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

describe("message templates", () => {
  it("were seeded for the 12 listed countries and not for Australia", async () => {
    const rows = await db.messageTemplate.findMany({ include: { country: true } });
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.country.status === "LISTED")).toBe(true);
    // As seeded, except Nepal's, which a test of this file saves anew.
    const seeded = rows.filter((r) => r.country.slug !== "nepal");
    expect(seeded.every((r) => r.version === 1)).toBe(true);
    expect(seeded.every((r) => r.body.includes(r.country.name) || r.body.includes("{{country_name}}"))).toBe(true);
  });

  it("refuses an unknown merge field at save time and names it", async () => {
    const belarus = await db.country.findFirstOrThrow({ where: { slug: "belarus" } });
    const error = await saveMessageTemplate(db, belarus.id, {
      subject: "Hi {{first_name}}",
      body: "Dear {{ambassador}}",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.details.fields.subject).toMatch(/Unknown merge field \{\{first_name\}\}/);
    expect(error.details.fields.body).toMatch(/\{\{ambassador\}\}/);
  });

  it("saves a valid edit as a new version", async () => {
    const nepal = await db.country.findFirstOrThrow({ where: { slug: "nepal" }, include: { messageTemplate: true } });
    const saved = await saveMessageTemplate(db, nepal.id, {
      subject: "  {{country_name}} \u0000now ",
      body: "To the {{target_name}},\r\nPlease.",
    });
    expect([saved.subject, saved.body, saved.version]).toEqual([
      "{{country_name}} now",
      "To the {{target_name}},\nPlease.",
      nepal.messageTemplate!.version + 1,
    ]);
  });
});
