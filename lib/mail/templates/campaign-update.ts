// Pure. An organiser's update to the supporters who asked for them, as plain text (links stay links
// in any mail program), with the way out in the text and in the headers mail programs show as a
// button (RFC 2369 List-Unsubscribe; RFC 8058 one-click, which they POST without opening a page).
// The closing lines are interface wording, so they come from the catalogue in the signer's language;
// the subject and body are the organiser's, in that language when they wrote it (lib/updates/update-text.ts).
import type { TLang } from "../../i18n/languages";
import { messagesFor } from "../../i18n/messages";

export type TCampaignUpdatePayload = {
  subject: string;
  body: string;
  /** The page with the "stop" button, for people. */
  unsubscribeUrl: string;
  /** The endpoint mail programs POST `List-Unsubscribe=One-Click` to. */
  oneClickUrl: string;
  /** The signer's language (English when absent). */
  lang?: TLang;
};

export function campaignUpdate(p: TCampaignUpdatePayload) {
  const t = messagesFor(p.lang ?? "en").updateEmail;
  return {
    subject: p.subject,
    text: [p.body, "", "--", t.why, t.howToStop, p.unsubscribeUrl].join("\n"),
    headers: {
      "List-Unsubscribe": `<${p.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
