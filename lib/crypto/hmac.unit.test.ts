import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hmacSha256 } from "./hmac";
import { hashToken } from "./tokens";
import { createHash } from "node:crypto";

// Stored hashes and emailed links made before must still match: the same bytes as createHmac with the
// secret as a string, and as createHash for the token hashes.
describe("hmacSha256 and hashToken", () => {
  it.each([
    ["ascii secret", "s3cret-ascii"],
    ["non-ASCII secret", "ကီး-clé-🔑"],
  ])("match createHmac (%s)", (_, secret) => {
    for (const value of ["", "signature-confirm:5f0c", "ဗမာ"])
      expect(hmacSha256(secret, value)).toBe(createHmac("sha256", secret).update(value).digest("base64url"));
  });

  it("keeps each secret's key apart, past the cache's size", () => {
    for (let i = 0; i < 40; i++)
      expect(hmacSha256(`secret-${i}`, "v")).toBe(createHmac("sha256", `secret-${i}`).update("v").digest("base64url"));
  });

  it("hashToken is the hex SHA-256 of the token", () => {
    for (const token of ["", "abc", "ဗမာ-token"])
      expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
  });
});
