import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "../db/get-db";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { findTraces } from "../testing/find-traces";

/*
 * Issue 26, organisers unseen by timing: asking for a sign-in link must do the same durable work in the
 * serving process whoever asks. The page's server action is run as a request would run it (Next's
 * request headers and redirect stood in for), once for an organiser and once for a stranger, and the
 * rows it leaves behind are counted table by table.
 */

let clientAddress = "198.51.100.1";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "app.test", [CLIENT_ADDRESS_HEADER]: clientAddress }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, has: () => false }),
}));

class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: (to: string) => {
    throw new Redirected(to);
  },
}));

const { requestSignInLinkAction } = await import("@/app/(organiser)/admin/actions/session");

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await getDb().$queryRaw<{ name: string }[]>`
    SELECT table_name AS "name" FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ n }] = await getDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS "n" FROM "${name}"`);
    counts[name] = n;
  }
  return counts;
}

/** Asks for a link from a connection of its own; returns where the page sent it and the rows it added. */
async function ask(email: string, from: string) {
  clientAddress = from;
  const form = new FormData();
  form.set("email", email);
  const before = await rowCounts();
  const to = await requestSignInLinkAction(form).then(
    () => "no redirect",
    (error: unknown) => (error instanceof Redirected ? error.to : Promise.reject(error)),
  );
  const after = await rowCounts();
  const added = Object.fromEntries(
    Object.keys(after)
      .filter((table) => after[table] !== before[table])
      .map((table) => [table, after[table] - before[table]]),
  );
  return { to, added };
}

beforeAll(async () => {
  process.env.AUTH_TRUST_HOST = "true";
});
afterAll(() => closeDb());

describe("asking for a sign-in link", () => {
  it("writes the same rows for an organiser as for a stranger, and no address in clear", async () => {
    const organiser = `organiser-${randomUUID().slice(0, 8)}@campaign.example`;
    const stranger = `stranger-${randomUUID().slice(0, 8)}@elsewhere.example`;
    await getDb().user.create({ data: { email: organiser, role: "ORGANISER" } });

    const asOrganiser = await ask(organiser, "198.51.100.7");
    const asStranger = await ask(stranger, "198.51.100.8");

    expect(asOrganiser.to).toBe("/admin/sign-in/check-email");
    expect(asStranger.to).toBe(asOrganiser.to);
    expect(Object.keys(asStranger.added).length).toBeGreaterThan(0);
    expect(asOrganiser.added).toEqual(asStranger.added);

    // The serving process mints no link (the worker, not it, finds organisers) and keeps no address in clear.
    expect(await findTraces(getDb(), null, { stranger })).toEqual([]);
    const [{ n }] = await getDb().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS "n" FROM "VerificationToken" WHERE "identifier" = $1`,
      organiser,
    );
    expect(n).toBe(0);
    const outbox = await getDb().outboxEmail.count({ where: { toAddress: { in: [organiser, stranger] } } });
    expect(outbox).toBe(0);
  });
});
