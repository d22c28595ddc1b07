import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Issue 27: `npm start` keeps the secrets it generates in a folder of their own, readable by its
// owner only, apart from the embedded database's files (.data/): a copy of .data/ (a backup, a
// folder sent to someone to debug) then holds no secret, and one holding both is not one folder.

let root: string;
let cwd: string;
beforeEach(() => {
  cwd = process.cwd();
  root = mkdtempSync(path.join(tmpdir(), "local-secrets-"));
  // The module reads the project's folder; the test's is a fresh one.
  process.chdir(root);
  vi.resetModules();
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
});

const mode = (file: string) => statSync(file).mode & 0o777;
const start = async (env: Record<string, string | undefined>) => {
  const { ensureLocalSecrets } = await import("./local-secrets");
  ensureLocalSecrets({ root, env });
  return env;
};

describe("npm start's generated secrets", () => {
  it("are kept apart from .data/, in a folder only its owner can open, the file only its owner can read", async () => {
    const env = await start({});
    expect(env.AUTH_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(env.IP_HASH_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(root, ".secrets", "secrets.json");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      IP_HASH_SECRET: env.IP_HASH_SECRET,
      AUTH_SECRET: env.AUTH_SECRET,
    });
    // A folder needs its x bit for its owner to open what it holds: 0700 is "owner only" for a folder.
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(existsSync(path.join(root, ".data", "secrets.json"))).toBe(false);
    // The next start reads the same ones.
    expect(await start({})).toEqual(env);
  });

  it("moves an existing .data/secrets.json there, keeping its values, and leaves no copy behind", async () => {
    mkdirSync(path.join(root, ".data", "pglite"), { recursive: true });
    const old = path.join(root, ".data", "secrets.json");
    writeFileSync(old, JSON.stringify({ IP_HASH_SECRET: "i".repeat(43), AUTH_SECRET: "a".repeat(43) }), {
      mode: 0o644,
    });
    const env = await start({});
    expect(env).toEqual({ IP_HASH_SECRET: "i".repeat(43), AUTH_SECRET: "a".repeat(43) });
    expect(existsSync(old)).toBe(false);
    const file = path.join(root, ".secrets", "secrets.json");
    expect(mode(file)).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      IP_HASH_SECRET: "i".repeat(43),
      AUTH_SECRET: "a".repeat(43),
    });
  });

  it("closes a folder or file someone opened up, and takes nothing from the environment's own values", async () => {
    mkdirSync(path.join(root, ".secrets"), { mode: 0o755 });
    const file = path.join(root, ".secrets", "secrets.json");
    writeFileSync(file, JSON.stringify({ IP_HASH_SECRET: "i".repeat(43), AUTH_SECRET: "a".repeat(43) }));
    chmodSync(file, 0o644);
    chmodSync(path.dirname(file), 0o755);
    const env = await start({ AUTH_SECRET: "from-the-environment-".repeat(3) });
    expect(env.AUTH_SECRET).toBe("from-the-environment-".repeat(3));
    expect(env.IP_HASH_SECRET).toBe("i".repeat(43));
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
  });
});
