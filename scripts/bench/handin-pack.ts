// Memory of a hand-in pack as its named list grows: writes the pack for all countries with 10,000
// and then 100,000 (HANDIN_BENCH_ROWS) confirmed signers who asked to be named (in Latin, Burmese,
// Chinese, Japanese, Korean, Thai, Arabic and Hebrew letters), reading the PDF as
// fast as it comes, and prints peak RSS and heap for each. Flat numbers mean the list streams.
// Run: npx tsx scripts/with-db.ts npx tsx scripts/bench/handin-pack.ts (DATABASE_URL for a real
// PostgreSQL; without it, the embedded one). A measurement, not a test.
import { createPrismaClient } from "../../lib/db/client";
import { openHandInPack } from "../../lib/handin/hand-in-pack";
import { getPetition } from "../../lib/petition/petition";

const ROWS = Number(process.env.HANDIN_BENCH_ROWS ?? 100_000);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

const db = createPrismaClient(process.env.DATABASE_URL!, 4);

// A fifth of the names in Chinese, Japanese, Korean, Thai, Arabic and Hebrew (a fifth are Burmese);
// HANDIN_BENCH_LATIN_ONLY=1 makes those Latin, as the names were before the pack printed them.
const LATIN_ONLY = process.env.HANDIN_BENCH_LATIN_ONLY === "1";
const OWN_SCRIPT_FIRST = LATIN_ONLY ? Array(6).fill("Signer") : ["王", "山田", "김", "สมชาย", "محمد", "דוד"];
const OWN_SCRIPT_LAST = LATIN_ONLY ? Array(6).fill("Number") : ["小明", "はなこ", "민준", "ใจดี", "عبد الله", "כהן"];

/** Adds confirmed, consenting signers up to `total`: names in seven scripts, UK postcodes and others. */
async function fillTo(total: number, petitionId: string) {
  const have = await db.signature.count({ where: { handInConsent: true } });
  await db.$executeRaw`
    INSERT INTO "Signature" ("id", "petitionId", "status", "firstName", "lastName", "emailKey", "signerCountry",
      "postcode", "handInConsent", "consentNoticeVersion", "createdAt", "confirmedAt")
    SELECT 'bench-' || i, ${petitionId}, 'CONFIRMED',
      CASE WHEN i % 5 = 0 THEN 'အောင်' WHEN i % 5 = 1 THEN (${OWN_SCRIPT_FIRST}::text[])[1 + (i / 5) % 6]
        ELSE 'Signer' END,
      CASE WHEN i % 5 = 1 THEN (${OWN_SCRIPT_LAST}::text[])[1 + (i / 5) % 6] || ' ' || i ELSE 'Number ' || i END,
      'bench-' || i || '@example.org',
      CASE WHEN i % 3 = 0 THEN 'MM' ELSE 'GB' END,
      CASE WHEN i % 3 = 0 THEN NULL ELSE (ARRAY['SW1A 1AA', 'EH1 1YZ', 'CF10 1AA', 'M1 1AA'])[1 + i % 4] END,
      true, '2026-11-28.2', now() - (i || ' seconds')::interval, now() - (i || ' seconds')::interval
    FROM generate_series(${have + 1}::int, ${total}::int) AS i`;
  // Statistics, as autovacuum gives a table after a bulk insert: without them the planner scans every
  // signature for each page of names instead of the (status, createdAt) index.
  await db.$executeRaw`ANALYZE "Signature"`;
}

async function measure(label: string) {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 50);
  const started = performance.now();
  const pack = await openHandInPack(db, undefined, new Date(Date.now() + 60_000));
  let named = 0;
  let bytes = 0;
  const reader = pack.stream(async (n) => void (named = n)).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
  clearInterval(sampler);
  console.log(
    `${label}: ${named.toLocaleString("en-GB")} names, ${mb(bytes)} MB of PDF in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS ${mb(peakRss)} MB ` +
      `(+${mb(peakRss - before.rss)} over the start), ` +
      `peak heap ${mb(peakHeap)} MB (+${mb(peakHeap - before.heapUsed)})`,
  );
}

try {
  const petition = await getPetition(db);
  await fillTo(Math.min(10_000, ROWS), petition.id);
  await measure("pack with 10,000 named");
  await fillTo(ROWS, petition.id);
  await measure(`pack with ${ROWS.toLocaleString("en-GB")} named`);
} finally {
  await db.$disconnect();
}
