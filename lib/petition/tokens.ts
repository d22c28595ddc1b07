import { createHash, randomBytes } from "node:crypto";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Email links live a week; a reminder or a re-sent email brings a fresh one. */
export const CONFIRM_TOKEN_DAYS = 7;
