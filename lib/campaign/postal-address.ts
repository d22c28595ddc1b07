// Pure. A contact's address as the data set records it can carry research notes ("(consular section
// at no. 5)", "; postcode not found in a stored page"). A letter is posted to the address alone; the
// notes are shown beside it, never printed on the envelope or the letter.

export function splitPostalAddress(recorded: string): { postal: string; notes: string[] } {
  const notes: string[] = [];
  let postal = recorded.replace(/\s*\(([^)]*)\)/g, (_m, note: string) => {
    notes.push(note.trim());
    return "";
  });
  const semicolon = postal.indexOf(";");
  if (semicolon !== -1) {
    notes.push(postal.slice(semicolon + 1).trim());
    postal = postal.slice(0, semicolon);
  }
  return { postal: postal.trim().replace(/,\s*$/, ""), notes: notes.filter(Boolean) };
}

export const postalAddressOf = (recorded: string) => splitPostalAddress(recorded).postal;
