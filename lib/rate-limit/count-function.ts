// The SQL function behind the PostgreSQL fallback of the rate limits (lib/rate-limit/consume.ts, issue
// 30). It adds p_uses[i] to the window (p_keys[i], p_starts[i]), one row each, and returns each
// window's total after, in the order given; the windows must be distinct (./count-batches.ts sums a
// batch's uses per window first). Rows are locked in one order (key, start) whatever the batch holds,
// so concurrent calls cannot deadlock, and each row's lock orders the additions of every instance. No
// row is hot: a process sends one addition per window at a time, carrying all its uses
// (./near-counts.ts). PL/pgSQL because its statement's plan is kept per connection: the same SQL sent
// unnamed (PgBouncer in transaction mode keeps no prepared statement) was parsed and planned for every
// use, which cost several times the work itself. A lost addition costs nothing, so the transaction
// does not wait for the disk.
//
// Created by the app when missing, not by a migration: the migration runner (Prisma's engine through
// the pg adapter) splits a script on every ";", which a function body is full of. (rate_limit_count,
// its sharded predecessor, may still be in an older database; nothing calls it.)
export const RATE_LIMIT_ADD_FUNCTION = `
CREATE OR REPLACE FUNCTION rate_limit_add(p_keys text[], p_starts timestamp(3)[], p_uses int[])
RETURNS int[] LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  totals int[];
BEGIN
  PERFORM set_config('synchronous_commit', 'off', true);
  WITH input AS (
    SELECT * FROM unnest(p_keys, p_starts, p_uses) WITH ORDINALITY AS u (k, s, n, i)),
  added AS (
    INSERT INTO "RateLimitWindow" AS r ("key", "windowStart", "count")
    SELECT input.k, input.s, input.n FROM input ORDER BY input.k, input.s
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = r."count" + EXCLUDED."count"
    RETURNING r."key", r."windowStart", r."count")
  SELECT array_agg(added."count" ORDER BY input.i) INTO totals
  FROM input JOIN added ON added."key" = input.k AND added."windowStart" = input.s;
  RETURN totals;
END
$$`;
