// The SQL function behind the PostgreSQL fallback of the rate limits (lib/rate-limit/consume.ts, issue
// 30). It counts one use of each window over up to p_shards[i] rows, so that no window is one hot row,
// and returns each window's count: its own shard after the increment, plus the other shards as
// committed now. Shard s of a window is the row of the same key whose windowStart is s milliseconds
// after the window's. PL/pgSQL because its statements' plans are kept per connection: the same SQL
// sent unnamed (PgBouncer in transaction mode keeps no prepared statement) was parsed and planned for
// every use, which cost several times the work itself. One call counts a whole batch of callers'
// windows (./count-batches.ts); rows are locked in one order (key, shard) whatever the batch holds, so
// concurrent calls cannot deadlock. A lost increment costs nothing, so the transaction does not wait
// for the disk.
//
// Created by the app when missing, not by a migration: the migration runner (Prisma's engine through
// the pg adapter) splits a script on every ";", which a function body is full of.
export const RATE_LIMIT_COUNT_FUNCTION = `
CREATE OR REPLACE FUNCTION rate_limit_count(p_keys text[], p_starts timestamp(3)[], p_shards int[])
RETURNS int[] LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  n int := coalesce(array_length(p_keys, 1), 0);
  counts int[] := array_fill(0, ARRAY[n]);
  w record;
  own int;
  others int;
BEGIN
  PERFORM set_config('synchronous_commit', 'off', true);
  -- Rows in one order (key, then shard) whichever callers' windows a batch holds: no deadlock.
  FOR w IN
    SELECT o.i, p_keys[o.i] AS k, p_starts[o.i] AS s, p_shards[o.i] AS shards,
      p_starts[o.i] + make_interval(secs => floor(random() * p_shards[o.i]) / 1000.0) AS mine
    FROM generate_series(1, n) AS o (i) ORDER BY 2, 5
  LOOP
    INSERT INTO "RateLimitWindow" AS r ("key", "windowStart", "count") VALUES (w.k, w.mine, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = r."count" + 1
    RETURNING r."count" INTO own;
    others := 0;
    IF w.shards > 1 THEN
      SELECT coalesce(sum("count"), 0) INTO others FROM "RateLimitWindow"
      WHERE "key" = w.k AND "windowStart" >= w.s
        AND "windowStart" < w.s + make_interval(secs => w.shards / 1000.0) AND "windowStart" <> w.mine;
    END IF;
    counts[w.i] := own + others;
  END LOOP;
  RETURN counts;
END
$$`;
