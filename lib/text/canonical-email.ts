// Pure. The key that makes one person one signature, whatever way they type their address.

// Providers that deliver "name+anything@" to "name@": the tag is dropped from the key.
const PLUS_TAG_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.co.uk",
  "live.com",
  "live.co.uk",
  "icloud.com",
  "me.com",
  "protonmail.com",
  "proton.me",
  "fastmail.com",
]);
// Providers that ignore dots in the local part.
const DOTLESS_DOMAINS = new Set(["gmail.com", "googlemail.com"]);
const DOMAIN_ALIASES: Record<string, string> = { "googlemail.com": "gmail.com" };

export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim();
}

/** "J.Smith+news@GoogleMail.com" → "jsmith@gmail.com". What was typed is stored separately. */
export function canonicalEmail(email: string): string {
  const lower = normaliseEmail(email).toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at < 1) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1).replace(/\.$/, "");
  if (PLUS_TAG_DOMAINS.has(domain)) local = local.split("+")[0];
  if (DOTLESS_DOMAINS.has(domain)) local = local.replace(/\./g, "");
  domain = DOMAIN_ALIASES[domain] ?? domain;
  return `${local}@${domain}`;
}

export function emailDomain(email: string): string {
  return canonicalEmail(email).split("@").pop() ?? "";
}
