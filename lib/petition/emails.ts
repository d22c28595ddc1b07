// Pure. The emails a signer gets, as plain text: links must survive any mail program.

type TLinks = { confirmUrl: string; removeUrl: string };

export function confirmationEmail(firstName: string, petitionTitle: string, links: TLinks, reminder = false) {
  const subject = reminder ? "Reminder: please confirm your signature" : "Please confirm your signature";
  const text = [
    `Hello ${firstName},`,
    "",
    reminder
      ? `You started signing the petition "${petitionTitle}" but have not confirmed it yet. It only counts once you do.`
      : `Thank you for signing the petition "${petitionTitle}". To make your signature count, please confirm it:`,
    "",
    links.confirmUrl,
    "",
    "The link opens a page with a button; your signature is confirmed when you press it. The link works for 7 days.",
    "",
    "If you did not sign, or you change your mind, remove your signature and the details we hold:",
    links.removeUrl,
  ].join("\n");
  return { subject, text };
}

/** To someone who signed again after confirming: the difference that the page never shows. */
export function alreadySignedEmail(firstName: string, petitionTitle: string) {
  const subject = "You have already signed";
  const text = [
    `Hello ${firstName},`,
    "",
    `Someone, probably you, just signed the petition "${petitionTitle}" again with this email address.`,
    "Your signature was already confirmed, so nothing has changed and it still counts once.",
    "",
    "If it was not you, there is nothing you need to do. We send a note like this at most once a day.",
  ].join("\n");
  return { subject, text };
}
