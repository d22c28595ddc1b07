// Pure. What every piece of user-typed text goes through before it is used or stored: Postgres
// refuses NUL bytes, lone surrogates break URL encoding, and NFC keeps "é" one way everywhere.

// C0 controls and DEL, except tab and line feed.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export function cleanText(text: string): string {
  return text.toWellFormed().normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** cleanText, then trimmed: for single-line fields such as names and towns. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/[\n\t]+/g, " ")
    .trim();
}
