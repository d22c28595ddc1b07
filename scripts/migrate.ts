// `npm run db:migrate` applies pending migrations; `npm run db:migration:create -- <name>` writes a
// new one from the changes to prisma/schema.prisma. Without DATABASE_URL both use a throwaway
// embedded database under .data/ (stop `npm start` first: one process at a time holds it).
import { applyMigrations, createMigration } from "../lib/db/migrations";
import { withDatabaseUrl } from "./database";

const [command, name] = process.argv.slice(2);

async function main() {
  if (command === "apply") {
    await withDatabaseUrl(async (url) => {
      const applied = await applyMigrations(url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
    });
  } else if (command === "create") {
    if (!name) throw new Error("Give the migration a name: npm run db:migration:create -- add_signatures");
    await withDatabaseUrl(async (url) => {
      const folder = await createMigration(url, name);
      console.log(
        folder ? `Wrote prisma/migrations/${folder}/migration.sql` : "No schema changes since the last migration.",
      );
    });
  } else {
    throw new Error("Usage: tsx scripts/migrate.ts apply | create <name>");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
