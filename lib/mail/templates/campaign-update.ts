// Pure. An organiser's update to the supporters who asked for them, as plain text (links stay links
// in any mail program), with the way out in the text and in the headers mail programs show as a
// button (RFC 2369 List-Unsubscribe; RFC 8058 one-click, which they POST without opening a page).

export type TCampaignUpdatePayload = {
  subject: string;
  body: string;
  /** The page with the "stop" button, for people. */
  unsubscribeUrl: string;
  /** The endpoint mail programs POST `List-Unsubscribe=One-Click` to. */
  oneClickUrl: string;
};

export function campaignUpdate(p: TCampaignUpdatePayload) {
  return {
    subject: p.subject,
    text: [
      p.body,
      "",
      "--",
      "You get this because you signed our petition and asked for campaign updates.",
      "To stop them, open this link and press the button (no sign-in needed):",
      p.unsubscribeUrl,
    ].join("\n"),
    headers: {
      "List-Unsubscribe": `<${p.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
