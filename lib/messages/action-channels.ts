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

export const ACTION_CHANNEL_LABELS: Record<TActionChannel, string> = {
  EMAIL_APP: "email app",
  EMAIL_GMAIL: "Gmail",
  EMAIL_OUTLOOK: "Outlook",
  EMAIL_EMPTY: "email (pasted)",
  COPY: "copied message",
  WEBSITE: "embassy website",
  PRINT: "printed letter",
  PHONE: "phone call",
};
