import { defineConfig } from "prisma/config";

// The CLI is only used for `generate` here (its migrate commands need a native engine download
// that these machines cannot reach); migrations run through scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
