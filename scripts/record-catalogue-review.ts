// `npx tsx scripts/record-catalogue-review.ts "<reviewer>" [YYYY-MM-DD]`: records that a fluent reader
// has reviewed the Burmese interface catalogue as it stands (lib/i18n/messages/my.review.json), for
// the admin's "reviewed version X, N keys changed since". Commit the file it writes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashCatalogue, ZCatalogueReview } from "../lib/i18n/catalogue-review";
import { my } from "../lib/i18n/messages/my";

const [reviewer, date = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
if (!reviewer || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('Usage: npx tsx scripts/record-catalogue-review.ts "<reviewer>" [YYYY-MM-DD]');
  process.exit(1);
}
const file = path.join(process.cwd(), "lib/i18n/messages/my.review.json");
const previous = ZCatalogueReview.parse(JSON.parse(readFileSync(file, "utf8")));
const record = { reviewer, date, version: previous.version + 1, sections: hashCatalogue(my) };
writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
console.log(`Recorded review version ${record.version} of my.ts by ${reviewer} on ${date}.`);
