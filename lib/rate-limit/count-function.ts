// The SQL function behind the PostgreSQL fallback of the rate limits (lib/rate-limit/consume.ts, issue
// 30). It counts one use of each window over up to p_shards[i] rows, so that no window is one hot row,
// and returns each window's count: its own shard after the increment, plus the other shards as
// committed now. Shard s of a window is the row of the same key whose windowStart is s milliseconds
// after the window's. PL/pgSQL because its statements' plans are kept per connection: the same SQL
// sent unnamed (PgBouncer in transaction mode keeps no prepared statement) was parsed and planned for
// every use, which cost several times the work itself. Rows are locked in the callers' order, so
// concurrent calls cannot deadlock; a lost increment costs nothing, so the transaction does not wait
// for the disk.
//
// Created by the app when missing, not by a migration: the migration runner (Prisma's engine through
// the pg adapter) splits a script on every ";", which a function body is full of.
export const RATE_LIMIT_COUNT_FUNCTION = `
CREATE OR REPLACE FUNCTION rate_limit_count(p_keys text[], p_starts timestamp(3)[], p_shards int[])
RETURNS int[] LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  counts int[] := '{}';
  mine timestamp(3);
  own int;
  others int;
BEGIN
  PERFORM set_config('synchronous_commit', 'off', true);
  FOR i IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
    mine := p_starts[i] + make_interval(secs => floor(random() * p_shards[i]) / 1000.0);
    INSERT INTO "RateLimitWindow" AS r ("key", "windowStart", "count") VALUES (p_keys[i], mine, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = r."count" + 1
    RETURNING r."count" INTO own;
    others := 0;
    IF p_shards[i] > 1 THEN
      SELECT coalesce(sum("count"), 0) INTO others FROM "RateLimitWindow"
      WHERE "key" = p_keys[i] AND "windowStart" >= p_starts[i]
        AND "windowStart" < p_starts[i] + make_interval(secs => p_shards[i] / 1000.0)
        AND "windowStart" <> mine;
    END IF;
    counts := counts || (own + others);
  END LOOP;
  RETURN counts;
END
$$`;
