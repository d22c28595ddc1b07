// Vitest setup file: each test file gets a database of its own, a copy of the run's migrated and
// seeded one (scripts/with-db.ts), so no test depends on another file's rows and files can run in
// parallel and in any order. Without TEST_DATABASE_TEMPLATE (a pure unit run) it does nothing.
import { afterAll } from "vitest";
import { ownDatabase } from "./own-database";

if (process.env.TEST_DATABASE_TEMPLATE && process.env.DATABASE_URL) {
  // Where further copies are made from (the per-file URL below names the copy itself).
  process.env.TEST_DATABASE_SERVER_URL ??= process.env.DATABASE_URL;
  const own = await ownDatabase();
  process.env.DATABASE_URL = own.url;
  afterAll(() => own.drop());
}
