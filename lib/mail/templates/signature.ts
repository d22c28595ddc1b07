// Pure. The emails a signer gets, as plain text: links must survive any mail program. The words are
// the catalogue's (lib/i18n/messages/emails-*.ts); this puts them in order.
import { fill } from "../../text/fill";
import { greetingName } from "./greeting-name";
import { inBurmeseFirst, subjectIn, words } from "./in-burmese-first";

export type TConfirmPayload = {
  firstName: string;
  petitionTitle: string;
  confirmUrl: string;
  removeUrl: string;
  /** "my" for someone who signed on a Burmese page: the email says it in Burmese first. */
  lang?: string;
};

function confirmation(p: TConfirmPayload, reminder: boolean) {
  const body = (lang: "en" | "my") => {
    const t = words(lang);
    const values = { name: greetingName(p.firstName), title: p.petitionTitle };
    return [
      fill(t.hello, values),
      "",
      fill(reminder ? t.signature.reminderLead : t.signature.confirmLead, values),
      "",
      p.confirmUrl,
      "",
      t.signature.howToConfirm,
      "",
      t.signature.howToRemove,
      p.removeUrl,
    ];
  };
  return {
    subject: confirmationSubject(p.lang, reminder),
    text: inBurmeseFirst(p.lang, body("my"), body("en")),
  };
}

function confirmationSubject(lang: string | undefined, reminder: boolean) {
  const subject = (l: "en" | "my") => {
    const { signature } = words(l);
    return reminder ? signature.reminderSubject : signature.confirmSubject;
  };
  return subjectIn(lang, subject("my"), subject("en"));
}

/**
 * A new signature's confirmation's subject alone: signing stores the subject and leaves the text to the
 * worker (lib/petition/confirmation-links.ts), so it need not put the whole email together per signer.
 */
export const signatureConfirmSubject = (lang?: string) => confirmationSubject(lang, false);

/** A new signature's confirmation (also sent again, at most once a day, to someone signing again). */
export const signatureConfirm = (p: TConfirmPayload) => confirmation(p, false);

/** At most two reminders for a signature left unconfirmed. */
export const signatureReminder = (p: TConfirmPayload) => confirmation(p, true);

/** To someone who signed again after confirming: the difference that the page never shows. */
export function signatureAlreadySigned(p: { firstName: string; petitionTitle: string; lang?: string }) {
  const body = (lang: "en" | "my") => {
    const t = words(lang);
    const values = { name: greetingName(p.firstName), title: p.petitionTitle };
    return [
      fill(t.hello, values),
      "",
      fill(t.alreadySigned.what, values),
      t.alreadySigned.nothingChanged,
      "",
      t.alreadySigned.notYou,
    ];
  };
  return {
    subject: subjectIn(p.lang, words("my").alreadySigned.subject, words("en").alreadySigned.subject),
    text: inBurmeseFirst(p.lang, body("my"), body("en")),
  };
}
