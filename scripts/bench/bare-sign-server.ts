// Baseline for P1: the least a signing endpoint can do, on node:http and pg with no framework: parse
// the JSON, then ONE statement (one round trip, its own transaction) that inserts the signature
// (ON CONFLICT on the unique index) and, for a new one, its outbox email.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL ?? 10) });
const petitionId = (await pool.query(`SELECT "id" FROM "Petition" LIMIT 1`)).rows[0].id as string;

pool.on("error", () => {}); // the benchmark drops the database under it at the end

const SIGN = `
  WITH ins AS (
    INSERT INTO "Signature" ("id", "petitionId", "firstName", "lastName", "email", "emailKey", "signerCountry",
      "consentNoticeVersion")
    VALUES ($1, $2, $3, $4, $5, $6, $7, '2026-11-28')
    ON CONFLICT ("petitionId", "emailKey") DO NOTHING RETURNING "id"),
  mail AS (
    INSERT INTO "OutboxEmail" ("id", "signatureId", "kind", "toAddress", "subject", "text")
    SELECT $8, "id", 'signature-confirm', $5, 'Please confirm', 'link' FROM ins)
  SELECT count(*)::int AS "inserted" FROM ins`;

createServer((req, res) => {
  if (req.method !== "POST") return void res.writeHead(404).end();
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", async () => {
    try {
      const input = JSON.parse(body) as { firstName: string; lastName: string; email: string; country: string };
      const key = input.email.toLowerCase();
      const { rows } = await pool.query(SIGN, [
        randomUUID(),
        petitionId,
        input.firstName,
        input.lastName,
        input.email,
        key,
        input.country,
        randomUUID(),
      ]);
      res.writeHead(rows[0].inserted ? 201 : 200, { "content-type": "application/json" }).end('{"status":"ok"}');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare sign server ready"));
