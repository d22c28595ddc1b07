import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./migration-names";
import { applyMigrations, createMigration, SCHEMA_PATH } from "./migrations";

const url = process.env.DATABASE_URL!;

describe("migrations through the wasm schema engine", () => {
  it("has a migration for every change in schema.prisma", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    expect(await createMigration(url, "nothing", { schema: SCHEMA_PATH, migrationsDir: dir })).toBeNull();
  });

  it("writes a new migration from a schema change, named and timestamped like Prisma's", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const schema = path.join(dir, "schema.prisma");
    writeFileSync(schema, `${readFileSync(SCHEMA_PATH, "utf8")}\nmodel Probe {\n  id Int @id\n  note String?\n}\n`);
    const folder = await createMigration(url, "Add probe!", { schema, migrationsDir: dir });
    expect(folder).toMatch(/^\d{14}_add_probe$/);
    const sql = readFileSync(path.join(dir, folder!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Probe"');
    expect(sql).not.toContain('CREATE TABLE "Country"');
    expect(readdirSync(dir)).toContain("migration_lock.toml");
    expect(await createMigration(url, "again", { schema, migrationsDir: dir })).toBeNull();
  });

  it("applies nothing twice: the run's database is already up to date", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });
});
