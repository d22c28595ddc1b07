// Baseline for P1: the least a signing endpoint can do, on node:http and pg with no framework:
// parse JSON, INSERT … ON CONFLICT the signature and insert its outbox email in one transaction.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL ?? 10) });
const petitionId = (await pool.query(`SELECT "id" FROM "Petition" LIMIT 1`)).rows[0].id as string;

pool.on("error", () => {}); // the benchmark drops the database under it at the end

createServer((req, res) => {
  if (req.method !== "POST") return void res.writeHead(404).end();
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", async () => {
    const client = await pool.connect();
    try {
      const input = JSON.parse(body) as { firstName: string; lastName: string; email: string; country: string };
      const key = input.email.toLowerCase();
      await client.query("BEGIN");
      const inserted = await client.query(
        `INSERT INTO "Signature" ("id", "petitionId", "firstName", "lastName", "email", "emailKey", "signerCountry",
           "consentNoticeVersion")
         VALUES ($1, $2, $3, $4, $5, $6, $7, '2026-11-28')
         ON CONFLICT ("petitionId", "emailKey") DO NOTHING RETURNING "id"`,
        [randomUUID(), petitionId, input.firstName, input.lastName, input.email, key, input.country],
      );
      if (inserted.rowCount) {
        await client.query(
          `INSERT INTO "OutboxEmail" ("id", "signatureId", "kind", "toAddress", "subject", "text")
           VALUES ($1, $2, 'signature-confirm', $3, 'Please confirm', 'link')`,
          [randomUUID(), inserted.rows[0].id, input.email],
        );
      }
      await client.query("COMMIT");
      res.writeHead(inserted.rowCount ? 201 : 200, { "content-type": "application/json" }).end('{"status":"ok"}');
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      res.writeHead(500).end(String(error));
    } finally {
      client.release();
    }
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare sign server ready"));
