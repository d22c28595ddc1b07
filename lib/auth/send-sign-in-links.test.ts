import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { requestSignInLink } from "./request-sign-in-link";
import { fillLinks } from "../mail/link-tokens";
import { sendSignInLinks } from "./send-sign-in-links";

const AUTH_SECRET = "test-auth-secret-0123456789abcdefghijklmnop";
const SETTINGS = { appUrl: "http://app.test", authSecret: AUTH_SECRET, organiserEmails: ["listed@campaign.example"] };
const T0 = Date.parse("2026-12-07T10:00:00Z");

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

const ask = (email: string, now = T0) =>
  requestSignInLink(db, {
    email,
    clientKey: randomUUID(),
    limitSecret: "test-ip-hash-secret-0123456789abcdefghijk",
    authSecret: AUTH_SECRET,
    now,
  });

const linksTo = (address: string) =>
  db.outboxEmail.findMany({
    where: { toAddress: address, kind: "organiser-sign-in" },
    select: { id: true, signatureId: true, text: true },
  });

describe("the worker's half of a sign-in request", () => {
  it("mails an organiser a link Auth.js accepts, a stranger nothing, and keeps no request", async () => {
    const withRole = `role-${randomUUID().slice(0, 8)}@campaign.example`;
    await db.user.create({ data: { email: withRole, role: "ORGANISER" } });
    const stranger = `stranger-${randomUUID().slice(0, 8)}@elsewhere.example`;
    // As typed, in capitals: the form lowers it, and so does the match.
    await ask("Listed@Campaign.example");
    await ask(withRole);
    await ask(stranger);

    expect(await sendSignInLinks(db, SETTINGS, T0 + 1000)).toEqual({ claimed: 3, sent: 2 });
    expect(await db.signInRequest.count()).toBe(0);
    expect(await linksTo(stranger)).toEqual([]);
    expect(await db.verificationToken.count({ where: { identifier: stranger } })).toBe(0);

    for (const address of ["listed@campaign.example", withRole]) {
      const [mail] = await linksTo(address);
      // The outbox holds a slot where the token goes (issue 27); the worker fills it as it sends.
      expect(mail.text).toContain("{{token:organiser-sign-in}}");
      const text = fillLinks(mail.text!, AUTH_SECRET, mail, new Map());
      const link = new URL(/http:\/\/app\.test\/admin\/sign-in\/confirm\?\S+/.exec(text)![0]);
      expect(link.searchParams.get("email")).toBe(address);
      expect(link.searchParams.get("callbackUrl")).toBe("/admin");
      // What Auth.js's email callback looks up: the SHA-256 of the token and the secret, for 15 minutes.
      const token = link.searchParams.get("token")!;
      const stored = await db.verificationToken.findUniqueOrThrow({
        where: {
          identifier_token: {
            identifier: address,
            token: createHash("sha256").update(`${token}${AUTH_SECRET}`).digest("hex"),
          },
        },
      });
      expect(stored.expires.getTime()).toBe(T0 + 1000 + 15 * 60_000);
    }
    expect(await sendSignInLinks(db, SETTINGS, T0 + 2000)).toEqual({ claimed: 0, sent: 0 });
  });

  it("drops a request older than a link's life (the worker was away) without mailing", async () => {
    await ask("listed@campaign.example", T0);
    const before = (await linksTo("listed@campaign.example")).length;
    expect(await sendSignInLinks(db, SETTINGS, T0 + 16 * 60_000)).toEqual({ claimed: 1, sent: 0 });
    expect((await linksTo("listed@campaign.example")).length).toBe(before);
  });

  it("keeps the address only as a keyed hash while the request waits", async () => {
    const stranger = `waiting-${randomUUID().slice(0, 8)}@elsewhere.example`;
    await ask(stranger);
    const rows = await db.$queryRaw<{ row: string }[]>`SELECT row_to_json(r)::text AS "row" FROM "SignInRequest" r`;
    expect(rows).toHaveLength(1);
    expect(rows[0].row.toLowerCase()).not.toContain(stranger.split("@")[0]);
    await sendSignInLinks(db, SETTINGS, T0 + 1000);
  });
});
