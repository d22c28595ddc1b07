// Pure. What every piece of user-typed text goes through before it is used or stored: Postgres
// refuses NUL bytes, lone surrogates break URL encoding, NFC keeps "é" one way everywhere, and
// Burmese typed in Zawgyi is stored as Unicode, so every later reader sees the letters typed.
import { toUnicodeIfZawgyi } from "./zawgyi";

// C0 controls and DEL, except tab and line feed.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export function cleanText(text: string): string {
  // Zawgyi first: the detector and the converter's rules are written for text as a Zawgyi keyboard
  // types it, which NFC could change (it composes ဥ + ီ); their Unicode output is then normalised.
  return toUnicodeIfZawgyi(text.toWellFormed()).normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** cleanText, then trimmed: for single-line fields such as names and towns. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/[\n\t]+/g, " ")
    .trim();
}
