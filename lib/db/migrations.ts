import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { createRequire } from "node:module";
import { listMigrationNames, MIGRATIONS_DIR } from "./migration-names";

/*
 * Prisma's own schema engine, compiled to wasm, driven through the pg driver adapter. The Prisma
 * CLI would download a native engine binary at every migrate command, which these machines cannot
 * reach. Migrations written and recorded here are the same files and `_prisma_migrations` rows the
 * CLI produces, so `prisma migrate deploy` can take over wherever the binary is available.
 */

const ROOT = process.cwd();
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
// The schema as of the newest migration: the "from" side of the next diff. Diffing against a
// shadow database does not work through the pg adapter (it ignores the database name).
const SNAPSHOT_FILE = "schema.snapshot.prisma";
const NO_FILTER = { externalTables: [], externalEnums: [] };

function readMigrations(): MigrationList {
  mkdirSync(MIGRATIONS_DIR, { recursive: true });
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const dirs = listMigrationNames(MIGRATIONS_DIR);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

let engineReady: Promise<typeof engineBindings> | undefined;

// The package's entry imports the .wasm file as an ES module, which only bundlers understand;
// Node needs the module instantiated by hand against the generated JS bindings.
function loadEngine(): Promise<typeof engineBindings> {
  engineReady ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = bindingsPath.replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings;
  })();
  return engineReady;
}

async function withEngine<T>(url: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // Our own pool, ended afterwards: freeing the engine leaves the adapter's connections open, and an
  // idle connection left in a database stops it being copied (CREATE DATABASE … TEMPLATE) or dropped.
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const { SchemaEngine: Engine } = await loadEngine();
  const engine: SchemaEngine = await Engine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

/** Applies every migration not yet recorded in the database; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql for what changed in schema.prisma
 * since the last migration. Returns the folder name, or null when nothing changed.
 */
export async function createMigration(
  url: string,
  name: string,
  paths = { schema: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR },
): Promise<string | null> {
  const { schema: schemaPath, migrationsDir } = paths;
  const snapshotPath = path.join(migrationsDir, SNAPSHOT_FILE);
  const current = readFileSync(schemaPath, "utf8");
  return withEngine(url, async (engine) => {
    const from = existsSync(snapshotPath)
      ? {
          tag: "schemaDatamodel" as const,
          files: [{ path: snapshotPath, content: readFileSync(snapshotPath, "utf8") }],
        }
      : { tag: "empty" as const };
    const diff = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: current }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    if (diff.exitCode !== 2 || !diff.stdout) return null;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = `${stamp}_${name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")}`;
    mkdirSync(path.join(migrationsDir, folder), { recursive: true });
    writeFileSync(path.join(migrationsDir, folder, "migration.sql"), diff.stdout);
    writeFileSync(
      path.join(migrationsDir, "migration_lock.toml"),
      "# Please do not edit this file manually\n" +
        "# It should be added in your version-control system (e.g., Git)\n" +
        'provider = "postgresql"\n',
    );
    copyFileSync(schemaPath, snapshotPath);
    return folder;
  });
}
