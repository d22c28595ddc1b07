// Pure. Contact phone fields are kept as the sources wrote them ("020 7225 5500 (second number
// printed as ...); fax ..."). The first number is the one each record leads with; the page always
// shows the whole text beside it, since some records say their numbers are old or disputed.

const UK_NUMBER = /(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[\s-]?\d){9}(?!\d)/;

export type TPhone = { display: string; tel: string };

/** The first UK phone number in a free-text field, as written and as a tel: target (E.164). */
export function firstPhoneNumber(text: string | null): TPhone | null {
  const match = text ? UK_NUMBER.exec(text) : null;
  if (!match) return null;
  const display = match[0].trim();
  const digits = display.replace(/\(0\)/, "").replace(/\D/g, "");
  const national = digits.startsWith("44") ? digits.slice(2) : digits.replace(/^0/, "");
  return { display, tel: `+44${national}` };
}

/**
 * What a contact's notes say against its phone number (an old page, sources that disagree, "must be
 * checked"): the sentences about the number that carry a doubt, to show beside the call button.
 */
export function phoneCaution(notes: string | null): string | null {
  if (!notes) return null;
  const sentences = notes.match(/[^.]+(?:\.(?!\d)|$)/g) ?? [];
  const doubtful = sentences
    .map((s) => s.trim())
    .filter((s) => /\b(phone|number|numbers)\b/i.test(s) && /\b(old|disagree|checked|check|differ|undated)\b/i.test(s));
  return doubtful.length ? doubtful.join(" ") : null;
}
