import pg from "pg";
import { describe, expect, it } from "vitest";
import { EMBEDDED_SHARES_ONE_BACKEND, onEmbeddedDatabase } from "../testing/database-kind";
import { createPrismaClient } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

// Real errors from the real driver and Prisma, not hand-made look-alikes.
describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection, through pg and through Prisma", async () => {
    const client = new pg.Client({
      connectionString: "postgresql://nobody@127.0.0.1:1/none",
      connectionTimeoutMillis: 2000,
    });
    const viaPg = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(viaPg)).toBe(true);
    const prisma = createPrismaClient("postgresql://nobody@127.0.0.1:1/none", 1);
    const viaPrisma = await prisma.$queryRaw`SELECT 1`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(viaPrisma)).toBe(true);
    await prisma.$disconnect();
  });

  it("recognises a connection the server terminated", async ({ skip }) => {
    skip(onEmbeddedDatabase, EMBEDDED_SHARES_ONE_BACKEND);
    const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
    const killer = createPrismaClient(process.env.DATABASE_URL!, 1);
    try {
      const [{ pid }] = await prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      const sleeping = prisma.$queryRaw`SELECT pg_sleep(5)`.then(
        () => null,
        (e: unknown) => e,
      );
      await new Promise((r) => setTimeout(r, 300));
      await killer.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
      expect(isDatabaseUnavailable(await sleeping)).toBe(true);
    } finally {
      await prisma.$disconnect();
      await killer.$disconnect();
    }
  });

  it("recognises a statement the server cancelled on its timeout", async ({ skip }) => {
    skip(
      onEmbeddedDatabase,
      "the embedded database (PGlite, in wasm) has no timer signal: it enforces no statement_timeout",
    );
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const onServer = await client.query("SET statement_timeout = 50; SELECT pg_sleep(1)").then(
        () => null,
        (e: unknown) => e,
      );
      expect((onServer as { code?: string }).code).toBe("57014");
      expect(isDatabaseUnavailable(onServer)).toBe(true);
    } finally {
      await client.end().catch(() => {});
    }
  });

  it("recognises a statement the driver gave up waiting for", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const inDriver = await client.query({ text: "SELECT pg_sleep(1)", query_timeout: 50 } as pg.QueryConfig).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(inDriver)).toBe(true);
    } finally {
      await client.end().catch(() => {});
    }
  });

  it("does not mistake a bug for an outage", async () => {
    const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
    const syntax = await prisma.$queryRawUnsafe("SELEC 1").then(
      () => null,
      (e: unknown) => e,
    );
    const missing = await prisma.$queryRawUnsafe('SELECT * FROM "NoSuchTable"').then(
      () => null,
      (e: unknown) => e,
    );
    await prisma.$disconnect();
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(missing)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });
});
