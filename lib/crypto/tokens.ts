// Secrets carried in emailed links (confirm, remove, manage, see my data): random, and stored only
// as their SHA-256, so a copy of the database holds no working link.
import { createHash, randomBytes } from "node:crypto";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
