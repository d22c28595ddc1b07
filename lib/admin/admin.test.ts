import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import {
  ZContactEdit,
  ZCountryStatus,
  updateContact,
  updateCountryStatus,
  verifyContact,
} from "../content/edit-content";
import { AppError } from "../errors";
import { signPetition } from "../petition/sign-petition";
import { context, signer } from "../testing/petition-fixtures";
import { getDashboardStats } from "./dashboard-stats";
import { inviteOrganiser, removeOrganiser } from "./organisers";
import {
  bulkInvalidate,
  eraseSignatureAsOrganiser,
  invalidateSignature,
  searchSignatures,
  undoBulkInvalidation,
  ZBulkInvalidate,
} from "./signatures-admin";
import { englishOfZod } from "../reasons/reason";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

const audit = (action: string) => db.auditLog.findFirst({ where: { action }, orderBy: { createdAt: "desc" } });

describe("signature administration", () => {
  it("finds signatures by name or email, a page at a time", async () => {
    const input = signer({ firstName: "Searchable", email: `find-me-${Date.now()}@example.org` });
    await signPetition(db, input, context());
    expect((await searchSignatures(db, "searchable", 1)).rows.map((r) => r.email)).toContain(input.email);
    expect((await searchSignatures(db, input.email.toUpperCase(), 1)).total).toBe(1);
  });

  it("invalidates one, erases one, and bulk-invalidates a bot domain, all audited", async () => {
    const domain = `bots${Date.now()}.example`;
    for (let i = 0; i < 3; i++) await signPetition(db, signer({ email: `b${i}@${domain}` }), context());
    const [one, two] = await db.signature.findMany({ where: { emailDomain: domain } });
    await invalidateSignature(db, "org@example.org", one.id);
    expect((await db.signature.findUniqueOrThrow({ where: { id: one.id } })).status).toBe("INVALIDATED");
    await expect(invalidateSignature(db, "org@example.org", one.id)).rejects.toBeInstanceOf(AppError);
    await eraseSignatureAsOrganiser(db, "org@example.org", two.id);
    expect(await db.signature.findUniqueOrThrow({ where: { id: two.id } })).toMatchObject({
      status: "ERASED",
      email: null,
    });
    expect(await audit("erase-signature")).toMatchObject({ actorEmail: "org@example.org", target: two.id });
    const input = ZBulkInvalidate.parse({ by: "domain", value: domain });
    expect(await bulkInvalidate(db, "org@example.org", input)).toEqual({ step: "preview", count: 1 });
    expect(await bulkInvalidate(db, "org@example.org", { ...input, confirmCount: 1 })).toEqual({
      step: "done",
      count: 1,
    });
    expect((await audit("bulk-invalidate"))?.details).toMatchObject({ rows: 1 });
  });

  it("bulk invalidate: counts first, refuses changed counts, public providers; undo restores each status", async () => {
    const domain = `wave${Date.now()}.example`;
    for (let i = 0; i < 4; i++) await signPetition(db, signer({ email: `w${i}@${domain}` }), context());
    const rows = await db.signature.findMany({ where: { emailDomain: domain }, orderBy: { email: "asc" } });
    await db.signature.updateMany({ where: { id: { in: [rows[0].id, rows[1].id] } }, data: { status: "CONFIRMED" } });
    const input = ZBulkInvalidate.parse({ by: "domain", value: domain.toUpperCase(), confirmCount: "" });
    expect(input.confirmCount).toBeUndefined(); // the form's first press counts
    expect((await bulkInvalidate(db, "admin@example.org", input)).count).toBe(4);
    await expect(bulkInvalidate(db, "admin@example.org", { ...input, confirmCount: 3 })).rejects.toThrow(
      /4 signatures match now, not 3/,
    );
    expect(await db.signature.count({ where: { emailDomain: domain, status: "INVALIDATED" } })).toBe(0);
    await bulkInvalidate(db, "admin@example.org", { ...input, confirmCount: 4 });
    expect(await db.signature.count({ where: { emailDomain: domain, status: "INVALIDATED" } })).toBe(4);

    const batch = await db.invalidationBatch.findFirstOrThrow({ where: { matchValue: domain } });
    expect(await undoBulkInvalidation(db, "admin@example.org", batch.id)).toBe(4);
    const after = await db.signature.findMany({ where: { emailDomain: domain }, orderBy: { email: "asc" } });
    expect(after.map((r) => r.status)).toEqual(["CONFIRMED", "CONFIRMED", "PENDING", "PENDING"]);
    await expect(undoBulkInvalidation(db, "admin@example.org", batch.id)).rejects.toThrow(/already undone/);
    expect(await audit("undo-bulk-invalidate")).toMatchObject({ target: batch.id, details: { rows: 4 } });

    const gmail = ZBulkInvalidate.safeParse({ by: "domain", value: "gmail.com" });
    expect(gmail.success ? null : englishOfZod(gmail.error.issues[0].message)).toMatch(/public mail provider/);
  });
});

describe("content editing", () => {
  it("requires a date and a reason to remove a country, and records who changed it", async () => {
    const refused = ZCountryStatus.safeParse({
      status: "REMOVED",
      statusDate: "",
      statusNote: "",
      statusSourceUrl: "",
    });
    expect(refused.success ? [] : refused.error.issues.map((i) => englishOfZod(i.message))).toEqual([
      "Give the date it was removed.",
      "Say why it was removed.",
    ]);
    await updateCountryStatus(
      db,
      "org@example.org",
      "belarus",
      ZCountryStatus.parse({ status: "REMOVED", statusDate: "2026-01-02", statusNote: "Test", statusSourceUrl: "" }),
    );
    // This file has a database of its own (lib/testing/isolated-database.ts): nothing to put back.
    expect(await db.country.findFirstOrThrow({ where: { slug: "belarus" } })).toMatchObject({
      status: "REMOVED",
      statusNote: "Test",
    });
    expect((await audit("edit-country-status"))?.actorEmail).toBe("org@example.org");
  });

  it("keeps a contact's sources, marks edits so the seed leaves them, and stamps verification", async () => {
    const contact = await db.contact.findFirstOrThrow({ where: { country: { slug: "pakistan" } } });
    const noSources = ZContactEdit.safeParse({
      name: "X",
      address: "",
      phone: "",
      website: "",
      emails: "",
      notes: "",
      sourceUrls: "",
    });
    expect(noSources.success).toBe(false);
    await updateContact(
      db,
      "org@example.org",
      contact.id,
      ZContactEdit.parse({
        name: contact.name,
        address: contact.address ?? "",
        phone: "020 7664 9276",
        website: "",
        emails: "a@example.org, b@example.org",
        notes: "",
        sourceUrls: contact.sourceUrls.join("\n"),
      }),
    );
    await verifyContact(db, "admin@example.org", contact.id);
    const after = await db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(after).toMatchObject({ emails: ["a@example.org", "b@example.org"], verifiedBy: "admin@example.org" });
    expect(after.editedAt).not.toBeNull();
    expect(after.verifiedAt).not.toBeNull();
    // Other test files check the seeded state: put the contact back as it was.
    const { name, address, phone, website, emails, notes, sourceUrls, editedAt, verifiedAt, verifiedBy } = contact;
    await db.contact.update({
      where: { id: contact.id },
      data: { name, address, phone, website, emails, notes, sourceUrls, editedAt, verifiedAt, verifiedBy },
    });
  });

  it("saves an organiser's Burmese typed in Zawgyi as Unicode", () => {
    // "ျမန္မာ" is Zawgyi for "မြန်မာ" (Myanmar).
    const status = ZCountryStatus.parse({
      status: "REMOVED",
      statusDate: "2026-01-02",
      statusNote: "ျမန္မာ ends the agreement",
      statusSourceUrl: "",
    });
    expect(status.statusNote).toBe("မြန်မာ ends the agreement");
  });
});

describe("organisers", () => {
  it("invites, refuses self-removal, and removing ends the person's sessions", async () => {
    const email = `new-${Date.now()}@example.org`;
    await inviteOrganiser(db, "admin@example.org", { email, role: "ORGANISER" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await db.session.create({
      data: { sessionToken: `t-${Date.now()}`, userId: user.id, expires: new Date(Date.now() + 60_000) },
    });
    await expect(removeOrganiser(db, email, email)).rejects.toThrow(/cannot remove yourself/);
    await removeOrganiser(db, "admin@example.org", email);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("dashboard", () => {
  it("counts signatures, messages and gifts, with 30 days of history", async () => {
    await signPetition(db, signer(), context());
    const stats = await getDashboardStats(db);
    expect(stats.signaturesPerDay).toHaveLength(30);
    expect(stats.signatures.pending).toBe(await db.signature.count({ where: { status: "PENDING" } }));
    expect(stats.actions.perCountry).toHaveLength(await db.country.count());
    expect(stats.signaturesPerDay.at(-1)!.n).toBeGreaterThan(0);
  });
});
