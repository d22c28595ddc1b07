import type pg from "pg";
import { poolOf, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { processMemo } from "../process-state.js";

/** A new signer's rows, ready to write: the signature, its two token hashes and its confirmation email. */
export type TNewSignature = {
  id: string;
  petitionId: string;
  firstName: string;
  lastName: string;
  email: string;
  emailKey: string;
  emailDomain: string;
  signerCountry: string;
  postcode: string | null;
  optIn: boolean;
  handInConsent: boolean;
  consentNoticeVersion: string;
  ipHash: string;
  sourcePath: string | null;
  sourceCountryId: string | null;
  createdAt: Date;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  embedOrigin: string | null;
  confirmHash: string;
  removeHash: string;
  confirmExpiresAt: Date;
  emailId: string;
  subject: string;
  text: string;
};

// Group commit. Each statement that writes a signature costs PostgreSQL a parse, a plan, a
// transaction and a WAL flush to disk, and costs Node a round trip; at a peak, signatures arriving
// together share all of these. Rows queue while earlier statements are under way and go in ONE
// multi-row statement (signatures, tokens, emails) per batch, its own transaction with the usual
// synchronous commit: each caller is answered only once its batch is durable, and the unique
// (petitionId, emailKey) index still decides who signed first, row by row, within a batch too (a
// second row with the same key is skipped like any conflict). With nobody else signing, a row goes at
// once on its own: batching costs no waiting. The statement goes through the pg pool under Prisma's
// client, not Prisma: it binds 26 arrays, and the batches are what make Prisma's per-query runtime
// (a large share of Node's CPU per signature, issue 16's profile) worth avoiding here.
const MAX_BATCH = 500;
const MAX_IN_FLIGHT = 2;
// A statement that does not come back (a half-open connection after a failover, a row locked by a
// long transaction) would hold every signer queued behind it: it is given up after this long, and
// past this many waiting, a signer is told to come back shortly (503), as when the database is away.
const STATEMENT_TIMEOUT_MS = 10_000;
const MAX_WAITING = 5_000;

const COLUMNS = [
  ["id", "text"],
  ["petitionId", "text"],
  ["firstName", "text"],
  ["lastName", "text"],
  ["email", "text"],
  ["emailKey", "text"],
  ["emailDomain", "text"],
  ["signerCountry", "text"],
  ["postcode", "text"],
  ["optIn", "boolean"],
  ["handInConsent", "boolean"],
  ["consentNoticeVersion", "text"],
  ["ipHash", "text"],
  ["sourcePath", "text"],
  ["sourceCountryId", "text"],
  ["createdAt", "timestamp(3)"],
  ["utmSource", "text"],
  ["utmMedium", "text"],
  ["utmCampaign", "text"],
  ["embedOrigin", "text"],
  ["confirmHash", "text"],
  ["removeHash", "text"],
  ["confirmExpiresAt", "timestamp(3)"],
  ["emailId", "text"],
  ["subject", "text"],
  ["text", "text"],
] as const satisfies readonly (readonly [keyof TNewSignature, string])[];

const SIGNATURE_COLUMNS = COLUMNS.slice(0, 20).map(([name]) => `"${name}"`);

// The batch goes as ONE json parameter: JSON.stringify is native, where pg wrote 26 array literals
// element by element in JavaScript (a profile's pg share, issue 30). A Date becomes an ISO string,
// whose "Z" a timestamp column ignores: UTC, as Prisma keeps it.
const INSERT_SQL = `
  WITH input AS (
    SELECT * FROM json_to_recordset($1::json)
      AS t(${COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(", ")})),
  ins AS (
    INSERT INTO "Signature" (${SIGNATURE_COLUMNS.join(", ")}, "confirmationsSent", "lastEmailedAt")
    SELECT ${SIGNATURE_COLUMNS.join(", ")}, 1, "createdAt" FROM input
    ON CONFLICT ("petitionId", "emailKey") DO NOTHING
    RETURNING "id"),
  new_rows AS (SELECT input.* FROM input JOIN ins USING ("id")),
  tokens AS (
    INSERT INTO "SignatureToken" ("tokenHash", "signatureId", "purpose", "expiresAt")
    SELECT "confirmHash", "id", 'CONFIRM'::"TokenPurpose", "confirmExpiresAt" FROM new_rows
    UNION ALL SELECT "removeHash", "id", 'REMOVE'::"TokenPurpose", NULL FROM new_rows),
  mail AS (
    INSERT INTO "OutboxEmail" ("id", "signatureId", "kind", "toAddress", "subject", "text", "body")
    SELECT "emailId", "id", 'signature-confirm', "email", "subject", "text", 'RENDER_AT_SEND'::"OutboxBody"
    FROM new_rows),
  -- An address that had signed gets its follow-up row instead, in this same statement and commit: the
  -- answer then waits for one durable write whoever signs (issue 26: a conflict alone writes nothing,
  -- and was measurably quicker), and the worker acts on it. The statement's snapshot predates "ins",
  -- so only signatures that existed before it are found; one row per signature, the latest time kept.
  repeats AS (
    INSERT INTO "RepeatSignFollowUp" ("signatureId", "submittedAt", "nextAttemptAt")
    SELECT DISTINCT ON (s."id") s."id", input."createdAt", input."createdAt"
    FROM input JOIN "Signature" s ON s."petitionId" = input."petitionId" AND s."emailKey" = input."emailKey"
    ORDER BY s."id", input."createdAt" DESC
    ON CONFLICT ("signatureId") DO UPDATE SET "submittedAt" = EXCLUDED."submittedAt")
  SELECT "id" FROM ins`;

// A text cut after cleaning (a utm tag's first 100 characters) can end in half an emoji. pg sent such
// a string as UTF-8, with U+FFFD in its place; JSON writes it as an escape PostgreSQL refuses, which
// would fail the signer and split the batch. So such a batch's JSON is made again with every string
// well-formed, as pg sent it. Only then: a replacer function costs JSON.stringify its fast path (it
// was 7% of the app's CPU per signature in a profile, issue 30). JSON escapes only a lone surrogate
// as "\ud…" (a typed backslash is doubled, so at worst it takes the careful path for nothing).
const wellFormed = (_key: string, value: unknown) => (typeof value === "string" ? value.toWellFormed() : value);

function batchJson(rows: TNewSignature[]): string {
  const json = JSON.stringify(rows);
  return json.includes("\\ud") ? JSON.stringify(rows, wellFormed) : json;
}

/** Writes the rows in one statement; returns the ids that were new (the others had signed: a follow-up each). */
async function insertSignatures(pool: pg.Pool, rows: TNewSignature[]): Promise<Set<string>> {
  // query_timeout is pg's own (per query, client side), missing from its type declarations.
  const query = {
    text: INSERT_SQL,
    values: [batchJson(rows)],
    query_timeout: STATEMENT_TIMEOUT_MS,
  } as pg.QueryConfig;
  const result = await pool.query<{ id: string }>(query);
  return new Set(result.rows.map((r) => r.id));
}

type TWaiting = { row: TNewSignature; resolve: (inserted: boolean) => void; reject: (error: unknown) => void };

class SignatureWriter {
  private readonly queue: TWaiting[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly pool: pg.Pool) {}

  write(row: TNewSignature): Promise<boolean> {
    if (this.queue.length >= MAX_WAITING)
      return Promise.reject(new AppError("UNAVAILABLE", "signaturesBusy", { retryAfterSeconds: 5 }));
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.schedule();
    });
  }

  // After the current turn of the event loop, so rows that arrived together leave together.
  private schedule() {
    if (this.scheduled || this.inFlight >= MAX_IN_FLIGHT || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.inFlight < MAX_IN_FLIGHT && this.queue.length) this.send(this.queue.splice(0, MAX_BATCH));
    });
  }

  private send(batch: TWaiting[]) {
    this.inFlight++;
    this.writeBatch(batch).finally(() => {
      this.inFlight--;
      this.schedule();
    });
  }

  private async writeBatch(batch: TWaiting[]): Promise<void> {
    try {
      const inserted = await insertSignatures(
        this.pool,
        batch.map((w) => w.row),
      );
      for (const w of batch) w.resolve(inserted.has(w.row.id));
    } catch (error) {
      // Nothing of a failed batch was written (one statement). A row the database refuses (a country
      // deleted meanwhile) must not fail the others with it: the batch is tried again in halves.
      // Only an error about the data itself (SQLSTATE class 22 or 23) can be one row's; anything else
      // (the database away, busy, out of memory, a timeout) is every row's, and is not multiplied.
      const code = (error as { code?: unknown }).code;
      if (batch.length === 1 || typeof code !== "string" || !/^2[23]/.test(code)) {
        for (const w of batch) w.reject(error);
        return;
      }
      // Halves, one after the other, so the retries stay within the statements in flight.
      const half = Math.ceil(batch.length / 2);
      await this.writeBatch(batch.slice(0, half));
      await this.writeBatch(batch.slice(half));
    }
  }
}

// One writer per pool, per process like the pool itself (lib/process-state.js).
const writerOf = processMemo("signatureWriters", (pool: pg.Pool) => new SignatureWriter(pool));

/**
 * Writes a new signer's rows with any others arriving at the same moment; true if the address was new,
 * false if it had signed (its follow-up row was then written instead).
 */
export function writeNewSignature(db: PrismaClient, row: TNewSignature): Promise<boolean> {
  return writerOf(poolOf(db)).write(row);
}
