// Pure: the ways a supporter can act on a message, as recorded (mirrors the ActionChannel enum).
export const ACTION_CHANNELS = [
  "EMAIL_APP",
  "EMAIL_GMAIL",
  "EMAIL_OUTLOOK",
  "EMAIL_EMPTY",
  "COPY",
  "WEBSITE",
  "PRINT",
  "PHONE",
] as const;
export type TActionChannel = (typeof ACTION_CHANNELS)[number];
// Their words, in every language, are the catalogue's (lib/i18n/messages: country.channels).
