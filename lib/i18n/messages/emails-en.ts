// The emails a supporter gets, in English (lib/mail/templates/ puts them together; a Burmese reader
// gets emails-my.ts's words first and these below). "{name}" is the greeting's name with its leading
// space, or nothing (lib/mail/templates/greeting-name.ts); "{title}" the petition's title.
export const EMAILS_EN = {
  hello: "Hello{name},",
  signature: {
    confirmSubject: "Please confirm your signature",
    reminderSubject: "Reminder: please confirm your signature",
    confirmLead: 'Thank you for signing the petition "{title}". To make your signature count, please confirm it:',
    reminderLead:
      'You started signing the petition "{title}" but have not confirmed it yet. It only counts once you do.',
    howToConfirm:
      "The link opens a page with a button; your signature is confirmed when you press it. The link works for 7 days.",
    howToRemove: "If you did not sign, or you change your mind, remove your signature and the details we hold:",
  },
  alreadySigned: {
    subject: "You have already signed",
    what: 'Someone, probably you, just signed the petition "{title}" again with this email address.',
    nothingChanged: "Your signature was already confirmed, so nothing has changed and it still counts once.",
    notYou: "If it was not you, there is nothing you need to do. We send a note like this at most once a day.",
  },
  dataAccess: {
    subject: "Your link to see the data we hold",
    asked: "Someone, probably you, asked to see what our campaign holds about this email address.",
    link: "This link shows all of it, if we hold anything, and lets you download it (it works for {hours} hours):",
    notYou: "If you did not ask, you can ignore this email: nobody else can see the page without the link.",
  },
};
