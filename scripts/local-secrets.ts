import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const GENERATED = ["IP_HASH_SECRET", "AUTH_SECRET"] as const;
// Where `npm start` kept them before issue 27, beside the embedded database's files.
const OLD_FILE = ".data/secrets.json";

/**
 * For `npm start` on a single machine: secrets not given in the environment are generated once and
 * kept in .secrets/secrets.json (LOCAL_SECRETS_DIR to put the folder elsewhere), so a newcomer needs
 * no set-up. They are kept apart from the embedded database's files in .data/, so a copy of one
 * folder (a backup, a folder sent to someone to debug) never holds both the data and the keys that
 * hash its addresses and sign its links and sessions. The folder is its owner's only (0700: a
 * folder needs its x bit for its owner to open the file inside) and so is the file (0600), set again
 * at each start. A file left at the old place is moved. A deployment with several instances must
 * give them all the same values in the environment instead.
 */
export function ensureLocalSecrets(options: { root?: string; env?: Record<string, string | undefined> } = {}): void {
  const root = options.root ?? process.cwd();
  const env = options.env ?? process.env;
  const dir = path.resolve(root, env.LOCAL_SECRETS_DIR ?? ".secrets");
  const file = path.join(dir, "secrets.json");
  const old = path.join(root, OLD_FILE);
  const missing = GENERATED.filter((key) => !env[key]);
  if (!missing.length && !existsSync(old)) return;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    if (existsSync(old)) {
      // The new place wins when both exist (it is the one the last start used).
      if (!existsSync(file)) writeFileSync(file, readFileSync(old), { mode: 0o600 });
      rmSync(old);
      console.log(`Moved ${OLD_FILE} to ${path.relative(root, file) || file}, apart from the database's files.`);
    }
  } catch {
    // Read-only files (a container's): what the old place holds is still used, and nothing is generated
    // (a container's instances must share one value anyway).
    const kept: Record<string, string> = existsSync(old) ? JSON.parse(readFileSync(old, "utf8")) : {};
    for (const key of missing) env[key] = kept[key];
    const unset = missing.filter((key) => !env[key]);
    if (unset.length) throw unwritable(unset);
    console.log(`${OLD_FILE} could not be moved (read-only?): its secrets are used where they are.`);
    return;
  }
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let created = false;
  for (const key of missing) {
    if (!stored[key]) {
      stored[key] = randomBytes(32).toString("base64url");
      created = true;
    }
    env[key] = stored[key];
  }
  try {
    if (created) writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    if (existsSync(file)) chmodSync(file, 0o600);
  } catch {
    throw unwritable(missing);
  }
  if (created) {
    console.log(
      `Generated ${missing.join(", ")} into ${path.relative(root, file) || file} ` +
        "(set them in the environment for real deployments).",
    );
  }
}

const unwritable = (missing: readonly string[]) =>
  new Error(
    `${missing.join(" and ")} not set, and the secrets folder cannot be written to keep generated ones: set them ` +
      "in the environment (the same values on every instance).",
  );
