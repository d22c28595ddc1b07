// THE baseline of `npm run bench:sign` (scripts/bench/sign-rounds.ts), issue 30. Fixed once committed:
// figures taken against it stay comparable only while it does not change. The least a signing endpoint
// can do, on node:http and pg with no framework: parse the JSON, then ONE statement (one round trip,
// its own transaction, the usual synchronous commit) that inserts the signature (skipped on the unique
// index for a repeat) and, for a new one, its outbox email; it answers 202 either way, as the app does.
// Its pool is the app's (createPrismaClient's default, 10 connections), on the same PostgreSQL server
// and database as the app under test, in tables of its own, which it creates when they are missing.
// BASELINE_POOL sizes its pool otherwise (`BENCH_BASELINE_POOL` of sign-rounds.ts, for measuring pool
// size as a factor); the statement and everything else stay as they are.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const POOL_SIZE = Number(process.env.BASELINE_POOL || 10);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE });
pool.on("error", () => {}); // the benchmark drops the database under it at the end

await pool.query(`
  CREATE TABLE IF NOT EXISTS baseline_signature (
    id uuid PRIMARY KEY,
    petition_id text NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL,
    email_key text NOT NULL,
    country text NOT NULL,
    postcode text,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (petition_id, email_key));
  CREATE TABLE IF NOT EXISTS baseline_outbox (
    id uuid PRIMARY KEY,
    signature_id uuid NOT NULL REFERENCES baseline_signature (id),
    kind text NOT NULL,
    to_address text NOT NULL,
    subject text NOT NULL,
    text text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now())`);

const SIGN = `
  WITH ins AS (
    INSERT INTO baseline_signature (id, petition_id, first_name, last_name, email, email_key, country, postcode)
    VALUES ($1, 'petition', $2, $3, $4, $5, $6, $7)
    ON CONFLICT (petition_id, email_key) DO NOTHING RETURNING id)
  INSERT INTO baseline_outbox (id, signature_id, kind, to_address, subject, text)
  SELECT $8, id, 'signature-confirm', $4, 'Please confirm your signature', 'Confirm: a link' FROM ins`;

type TInput = { firstName: string; lastName: string; email: string; country: string; postcode?: string };

createServer((req, res) => {
  if (req.method !== "POST") return void res.writeHead(404).end();
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk: string) => (body += chunk));
  req.on("end", async () => {
    try {
      const input = JSON.parse(body) as TInput;
      await pool.query(SIGN, [
        randomUUID(),
        input.firstName,
        input.lastName,
        input.email,
        input.email.toLowerCase(),
        input.country,
        input.postcode ?? null,
        randomUUID(),
      ]);
      res.writeHead(202, { "content-type": "application/json" }).end('{"status":"received"}');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("baseline sign server ready"));
