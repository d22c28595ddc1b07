// Pure: builds the links that open a supporter's own mail program with the message filled in.

/** Mail programs and browsers silently cut longer links; past this we offer copy-and-paste instead. */
export const MAX_MAIL_LINK_LENGTH = 1800;

export type TEmailDraft = { to: string; subject: string; body: string };
export type TEmailLinks = {
  mailto: string;
  gmail: string;
  outlook: string;
  /** mailto with the address only, for when the message is too long to travel in a link. */
  emptyMailto: string;
  tooLong: boolean;
};

// Lone surrogates (half an emoji) make encodeURIComponent throw; replace them with U+FFFD.
function encode(text: string): string {
  return encodeURIComponent(text.toWellFormed());
}

// RFC 6068 wants line breaks in mailto bodies as CRLF.
function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\r\n");
}

export function buildMailto({ to, subject, body }: TEmailDraft): string {
  return `mailto:${encode(to).replace(/%40/g, "@")}?subject=${encode(subject)}&body=${encode(crlf(body))}`;
}

export function buildGmailUrl({ to, subject, body }: TEmailDraft): string {
  return `https://mail.google.com/mail/?view=cm&fs=1&to=${encode(to)}&su=${encode(subject)}&body=${encode(body)}`;
}

export function buildOutlookUrl({ to, subject, body }: TEmailDraft): string {
  return (
    `https://outlook.live.com/mail/0/deeplink/compose?to=${encode(to)}` +
    `&subject=${encode(subject)}&body=${encode(body)}`
  );
}

export function buildEmailLinks(draft: TEmailDraft): TEmailLinks {
  const mailto = buildMailto(draft);
  const gmail = buildGmailUrl(draft);
  const outlook = buildOutlookUrl(draft);
  const tooLong = Math.max(mailto.length, gmail.length, outlook.length) > MAX_MAIL_LINK_LENGTH;
  return { mailto, gmail, outlook, emptyMailto: `mailto:${encode(draft.to).replace(/%40/g, "@")}`, tooLong };
}
