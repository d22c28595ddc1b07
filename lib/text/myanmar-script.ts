// Pure, and small enough for the browser's first load: the composer asks it before it loads the
// Zawgyi detector (lib/text/zawgyi.ts), which only Burmese text needs.

// Myanmar (U+1000–U+109F), Myanmar Extended-A (U+AA60–U+AA7F) and Extended-B (U+A9E0–U+A9FF): the
// code points Zawgyi reuses, and the ones the detector reads.
const MYANMAR_SCRIPT = /[\u1000-\u109F\uA9E0-\uA9FF\uAA60-\uAA7F]/;

export function hasMyanmarScript(text: string): boolean {
  return MYANMAR_SCRIPT.test(text);
}
