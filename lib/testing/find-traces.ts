import { createHash } from "node:crypto";
import type { PrismaClient } from "../db/client";
import { keyedHash } from "../crypto/keyed-hash";
import { canonicalEmail } from "../text/canonical-email";
import type { TRedis } from "../redis/get-redis";

/**
 * Every form in which an address could sit in a copy of the database: as typed, lower case, its
 * canonical form, the SHA-256 of each (hex and base64url), and the keyed hash of each under `secret`.
 */
export function tracesOf(address: string, secret: string): Record<string, string> {
  const forms = { typed: address, lower: address.toLowerCase(), canonical: canonicalEmail(address) };
  const traces: Record<string, string> = {};
  for (const [name, value] of Object.entries(forms)) {
    traces[name] = value;
    traces[`${name} sha256`] = createHash("sha256").update(value).digest("hex");
    traces[`${name} sha256 base64url`] = createHash("sha256").update(value).digest("base64url");
    traces[`${name} keyed hash`] = keyedHash(value, secret);
  }
  return traces;
}

/** Every row of every table (as JSON text) and every Redis key name holding one of the traces. */
export async function findTraces(
  db: PrismaClient,
  redis: TRedis | null,
  traces: Record<string, string>,
): Promise<string[]> {
  const needles = Object.entries(traces).map(([name, value]) => [name, value.toLowerCase()] as const);
  const found: string[] = [];
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS "name" FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS "row" FROM "${name}" t`);
    for (const { row } of rows) {
      const lower = row.toLowerCase();
      for (const [trace, needle] of needles) if (lower.includes(needle)) found.push(`${name}: ${trace}: ${row}`);
    }
  }
  if (redis) {
    for await (const keys of redis.scanIterator({ MATCH: "*", COUNT: 1000 })) {
      // Names only: the values this app keeps in Redis are counters and cached public pages.
      for (const key of keys) {
        const lower = key.toLowerCase();
        for (const [trace, needle] of needles) if (lower.includes(needle)) found.push(`redis: ${trace}: ${key}`);
      }
    }
  }
  return found;
}
