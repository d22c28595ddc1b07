import { englishOf, saidOf } from "../reasons/reason";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchSignatures } from "../admin/signatures-admin";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { streamSignaturesCsv, ZExportFilters } from "../export/export-signatures";
import { parseCsv } from "../testing/parse-csv";
import { context, LINKS, signer, tokenFromOutbox } from "../testing/petition-fixtures";
import { renderDeferredConfirmations } from "./confirmation-links";
import { confirmSignature } from "./confirm-signature";
import { ZSignPetitionInput } from "./sign-input";
import { signPetition } from "./sign-petition";

const url = process.env.DATABASE_URL!;
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(url, 4);
});
afterAll(() => db.$disconnect());

async function crmExport() {
  const stream = streamSignaturesCsv(url, ZExportFilters.parse({ shape: "crm" }), async () => {});
  return parseCsv((await new Response(stream).text()).replace(/^\uFEFF/, ""));
}

describe("a signer who types in Zawgyi", () => {
  it("is stored, emailed, exported and found by the admin in Unicode", async () => {
    // "မ္း" and "ေအာင္" are Zawgyi; in Unicode they are "မ်း" and "အောင်".
    const input = signer({ firstName: "မ္း", lastName: "ေအာင္", optIn: "on" });
    expect(await signPetition(db, input, context())).toBe("signed");

    const row = await db.signature.findFirstOrThrow({ where: { email: input.email } });
    expect(row).toMatchObject({ firstName: "မ်း", lastName: "အောင်" });

    // Rendered by the worker's own step when it sends it.
    const email = await db.outboxEmail.findFirstOrThrow({ where: { signatureId: row.id } });
    await renderDeferredConfirmations(db, [email], LINKS);
    expect(email.text).toContain("Hello မ်း,");
    expect(email.text).not.toContain("မ္း");

    await confirmSignature(db, await tokenFromOutbox(db, row.id, "confirm"));
    const exported = (await crmExport()).find((cells) => cells[2] === input.email);
    expect(exported?.slice(0, 2)).toEqual(["မ်း", "အောင်"]);

    // An organiser searching in Zawgyi finds the Unicode name too.
    expect((await searchSignatures(db, "မ္း", 1)).rows.map((r) => r.id)).toContain(row.id);
  });

  it("refuses a raw name over 200 characters before cleaning it, even one cleaning would shorten", () => {
    // Converting Zawgyi costs the square of the length and a form's body may be a megabyte, so the
    // length is checked first. Cleaning would make this name "Aung"; it is refused all the same.
    const input = { firstName: `Aung${"\u0007".repeat(197)}`, lastName: "Kyaw", email: "a@example.org", country: "GB" };
    const result = ZSignPetitionInput.safeParse(input);
    expect(result.error?.issues.map((i) => englishOf(saidOf(i.message)))).toEqual([
      "Your first name can be at most 50 characters.",
    ]);
    expect(ZSignPetitionInput.parse({ ...input, firstName: `Aung${"\u0007".repeat(196)}` }).firstName).toBe("Aung");
  });
});
