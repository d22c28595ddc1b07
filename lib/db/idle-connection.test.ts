import { afterAll, expect, it } from "vitest";
import { EMBEDDED_SHARES_ONE_BACKEND, onEmbeddedDatabase } from "../testing/database-kind";
import { createPrismaClient, poolOf } from "./client";

// A database restart or PgBouncer closing an idle connection reaches the pool as an 'error' event
// with no query waiting; unheard, Node ends the process (vitest reports it as an unhandled error).
// Prisma's adapter listens only once Prisma has made its first query; the signing and rate-limit
// paths use the pool directly (poolOf), so a process can meet this before then.
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const other = createPrismaClient(process.env.DATABASE_URL!, 1);
afterAll(() => Promise.all([db.$disconnect(), other.$disconnect()]));

it("survives the server closing an idle connection of the pool, and the next query opens another", async ({ skip }) => {
  // On the embedded database the connection was not closed by the server at all: it left the pool
  // only when the pool's idle timeout (pg's default, 10 s) ran out, which proves nothing this test is about.
  skip(onEmbeddedDatabase, EMBEDDED_SHARES_ONE_BACKEND);
  const pool = poolOf(db);
  const { rows } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  expect(pool.idleCount).toBe(1);
  const removed = new Promise((resolve) => pool.once("remove", resolve));
  await other.$queryRaw`SELECT pg_terminate_backend(${rows[0].pid}::int)`;
  await removed;
  expect(pool.totalCount).toBe(0);
  // A connection of its own again: a new backend.
  const again = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  expect(again.rows[0].pid).not.toBe(rows[0].pid);
  expect(pool.totalCount).toBe(1);
});
