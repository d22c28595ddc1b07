import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { requestDataAccess } from "../privacy/data-access";
import { context, LINKS, signer, withLinks } from "../testing/petition-fixtures";
import { canonicalEmail } from "../text/canonical-email";
import { eraseSignatureWithDataLink } from "./erase-signature";
import { signPetition } from "./sign-petition";

// A remove link works 30 days after its email (lib/mail/link-lifetimes.ts); after that a signer removes
// their signature from the page a data-access link opens. The link to their own address is the
// permission: not a stranger's signature, not a spent or made-up link.
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

async function signedWithDataLink(email: string) {
  await signPetition(db, signer({ email }), context());
  const signature = await db.signature.findFirstOrThrow({ where: { emailKey: canonicalEmail(email) } });
  await requestDataAccess(db, email, LINKS);
  const access = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: canonicalEmail(email), kind: "data-access" },
  });
  const token = /\/privacy\/my-data\/([A-Za-z0-9_-]+)/.exec(withLinks(access))![1];
  return { signatureId: signature.id, token };
}

describe("removing a signature from the data page", () => {
  it("erases the link holder's own signature, and nothing for another's or a made-up link", async () => {
    const mine = await signedWithDataLink(`mine-${Date.now()}@example.org`);
    const theirs = await signedWithDataLink(`theirs-${Date.now()}@example.org`);

    expect(await eraseSignatureWithDataLink(db, mine.token, theirs.signatureId)).toBe("unknown");
    expect(await eraseSignatureWithDataLink(db, "made-up-token-0123456789abcdef", mine.signatureId)).toBe("unknown");
    expect((await db.signature.findUniqueOrThrow({ where: { id: theirs.signatureId } })).status).not.toBe("ERASED");

    expect(await eraseSignatureWithDataLink(db, mine.token, mine.signatureId)).toBe("erased");
    const erased = await db.signature.findUniqueOrThrow({ where: { id: mine.signatureId } });
    expect(erased).toMatchObject({ status: "ERASED", email: null, firstName: null });
    // Its data link went with the address (lib/privacy/forget-address.ts): it works no more.
    expect(await eraseSignatureWithDataLink(db, mine.token, mine.signatureId)).toBe("unknown");
    expect(await db.auditLog.count({ where: { action: "remove-signature", target: mine.signatureId } })).toBe(1);
  });
});
