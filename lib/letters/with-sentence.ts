// Pure: used by the composer in the browser and by the letter page (lib/letters/compose-letter.ts).

/** The letter with the supporter's own sentence put before its sign-off (its last paragraph). */
export function withSentence(body: string, sentence: string): string {
  const line = sentence.trim();
  if (!line) return body;
  const end = body.lastIndexOf("\n\n");
  return end === -1 ? `${body}\n\n${line}` : `${body.slice(0, end)}\n\n${line}${body.slice(end)}`;
}
