import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRETS_FILE = path.join(process.cwd(), ".data/secrets.json");
const GENERATED = ["IP_HASH_SECRET", "AUTH_SECRET"] as const;

/**
 * For `npm start` on a single machine: secrets not given in the environment are generated once and
 * kept in .data/secrets.json, so a newcomer needs no set-up. A deployment with several instances
 * must give them all the same values in the environment instead.
 */
export function ensureLocalSecrets(): void {
  const missing = GENERATED.filter((key) => !process.env[key]);
  if (!missing.length) return;
  const stored: Record<string, string> = existsSync(SECRETS_FILE) ? JSON.parse(readFileSync(SECRETS_FILE, "utf8")) : {};
  let created = false;
  for (const key of missing) {
    if (!stored[key]) {
      stored[key] = randomBytes(32).toString("base64url");
      created = true;
    }
    process.env[key] = stored[key];
  }
  if (created) {
    try {
      mkdirSync(path.dirname(SECRETS_FILE), { recursive: true });
      writeFileSync(SECRETS_FILE, JSON.stringify(stored, null, 2), { mode: 0o600 });
    } catch {
      // A container's files are read-only, and its instances must share one value anyway.
      throw new Error(
        `${missing.join(" and ")} not set, and .data/ cannot be written to keep generated ones: set them ` +
          "in the environment (the same values on every instance).",
      );
    }
    console.log(
      `Generated ${missing.join(", ")} into .data/secrets.json (set them in the environment for real deployments).`,
    );
  }
}
