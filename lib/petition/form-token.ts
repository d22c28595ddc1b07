import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * When the signing form was issued, as the server measured it, signed so a client cannot set it:
 * "<issued-at ms, base 36>.<MAC>". The fill-time rule reads this instead of the browser's clock.
 * Public pages are regenerated at most every few seconds, so the time is when this copy of the
 * page was rendered: never later than the visitor's load, so a person is never refused for it.
 */
export function issueFormToken(secret: string, now = Date.now()): string {
  const issued = now.toString(36);
  return `${issued}.${mac(secret, issued)}`;
}

/** Milliseconds since the token was issued, or null when it is not one of ours. */
export function formTokenAge(token: string, secret: string, now = Date.now()): number | null {
  const [issued, given, extra] = token.split(".");
  if (!issued || !given || extra !== undefined || !/^[0-9a-z]{1,12}$/.test(issued)) return null;
  const expected = Buffer.from(mac(secret, issued));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return now - parseInt(issued, 36);
}

function mac(secret: string, issued: string): string {
  return createHmac("sha256", secret).update(`form-token:${issued}`).digest("base64url").slice(0, 22);
}
