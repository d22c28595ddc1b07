import { randomUUID } from "node:crypto";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, newToken } from "../crypto/tokens";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { withHashedSessions } from "./hashed-sessions";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
});
afterAll(() => db.$disconnect());

describe("organiser sessions", () => {
  it("are stored as the SHA-256 of their token: a copy of the database holds no live session", async () => {
    const adapter = withHashedSessions(PrismaAdapter(db));
    const email = `org-${randomUUID().slice(0, 8)}@example.org`;
    const user = await db.user.create({ data: { email, role: "ADMIN" } });
    const token = newToken();
    const expires = new Date(Date.now() + 3_600_000);
    expect(await adapter.createSession!({ sessionToken: token, userId: user.id, expires })).toMatchObject({
      sessionToken: token,
    });
    const stored = await db.session.findMany({ where: { userId: user.id } });
    expect(stored.map((s) => s.sessionToken)).toEqual([hashToken(token)]);
    expect((await adapter.getSessionAndUser!(token))?.user.email).toBe(user.email);
    expect(await adapter.getSessionAndUser!(hashToken(token))).toBeNull();
    const later = new Date(Date.now() + 7_200_000);
    const updated = await adapter.updateSession!({ sessionToken: token, expires: later });
    expect(updated).toMatchObject({ sessionToken: token });
    await adapter.deleteSession!(token);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
