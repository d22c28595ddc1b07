// The public site's interface in English: every word a supporter reads that is not the campaign's
// content (which organisers translate in the admin: lib/i18n/content.ts). "{name}" marks a value
// filled in by fill() (lib/i18n/fill.ts). my.ts must have the same keys (typecheck fails otherwise).
import { BRIEFING_CONTEXT } from "../../campaign/briefing-context";
import { MONTHS } from "../../campaign/format-date";
import { CONSENT_NOTICES, CURRENT_CONSENT_VERSION } from "../../petition/consent";

export const en = {
  languageName: "English",
  months: MONTHS,
  date: { day: "{day} {month} {year}", month: "{month} {year}", year: "{year}" },
  inEnglish: "(in English)",
  englishOnlyPage: "",
  layout: {
    skip: "Skip to content",
    brand: "End military ties with Burma's military",
    mainNav: "Main",
    countries: "Countries",
    petition: "Petition",
    donate: "Donate",
    about: "About the evidence",
    privacy: "Privacy",
    switchTo: "Read this page in Burmese",
    footer:
      "Built on Burma Campaign UK's briefing No. 54 (March 2021). Contact details are unverified until our team " +
      "checks them.",
    footerPrivacy: "How we handle your data",
    description:
      "The governments Burma Campaign UK's briefing of March 2021 named for military training and/or " +
      "cooperation with the Burmese military, the evidence, and how to reach them.",
  },
  notFound: {
    title: "Page not found",
    body: "We could not find that page.",
    link: "See all the countries on the list",
  },
  home: {
    named: "Burma Campaign UK's briefing of March 2021 named {count} countries.",
    takenOffOne: "{count} country has been taken off its list.",
    takenOffMany: "{count} countries have been taken off its list.",
    updatesHeading: "Since the briefing",
    countriesHeading: "The countries named in the briefing of March 2021",
    countriesLead: "Open a country to read the evidence and find how to reach its government in London.",
    sourcesOne: "{count} source cited",
    sourcesMany: "{count} sources cited",
    writtenOne: "Written to {count} time",
    writtenMany: "Written to {count} times",
    addedHeading: "Added to the list since the briefing",
    removedHeading: "Removed from the list",
    shareText:
      "In March 2021 Burma Campaign UK named {count} countries involved in military training or cooperation " +
      "with the Burmese military. Read the evidence, write to their embassies in London and sign the petition.",
  },
  map: {
    listed: "Named in the March 2021 briefing, or added since",
    removed: "Removed from the list",
    burma: "Burma (Myanmar)",
    altListed: "World map. In red, the countries on the list: {names}.",
    altRemoved: " Hatched in blue, removed from the list: {names}.",
    altBurma: " Burma is shown in dark grey.",
  },
  briefing: {
    heading: "What the briefing said in March 2021",
    intro: "In the words of Burma Campaign UK's briefing No. 54, published in March 2021:",
    quotesNote: "",
    /** The briefing's words: English pages quote them; other languages translate them, the original a click away. */
    quotes: {
      since2017: BRIEFING_CONTEXT.since2017 as string,
      transparency: BRIEFING_CONTEXT.transparency as string,
      afterCoup: BRIEFING_CONTEXT.afterCoup as string,
      unRecord: BRIEFING_CONTEXT.unRecord as string,
      courts: BRIEFING_CONTEXT.courts as string,
      coup: BRIEFING_CONTEXT.coup as string,
    },
    original: "",
    outro:
      "These are statements of March 2021. This site adds dated updates only where a source supports them. " +
      "Read the briefing series:",
  },
  status: {
    named: "Named in Burma Campaign UK's briefing of March 2021",
    added: "Added to the list",
    addedOn: "Added to the list on {date}",
    removed: "Removed from the list",
    removedOn: "Removed from the list on {date}",
  },
  country: {
    titleSuffix: "{name}: the evidence",
    notFoundTitle: "Country not found",
    rank: "Number {rank} in the briefing",
    removalHeading: "Why {name} was removed",
    removedOn: "{name} was taken off the list on {date}.",
    dateNotRecorded: "a date not recorded",
    addedSince:
      "{name} is not in Burma Campaign UK's briefing of March 2021: the campaign's organisers added it to the list.",
    addedSinceOn:
      "{name} is not in Burma Campaign UK's briefing of March 2021: the campaign's organisers added it to the " +
      "list on {date}.",
    lead:
      "Burma Campaign UK's briefing of March 2021 named {name} among the countries involved in military training " +
      "and/or cooperation with the Burmese military. Here is the evidence it cites, and how to reach the " +
      "government in London.",
    findingPakistan:
      "The briefing said that every country on its list except Pakistan had made agreements since 2017 to " +
      "continue or even increase military training and cooperation: Pakistan is the exception it names.",
    finding:
      "The briefing said that, except Pakistan, every country on its list ({name} among them) had made agreements " +
      "since the genocide of the Rohingya in 2017 to continue or even increase military training and cooperation.",
    findingCoup:
      "It also said it was not aware of any of them announcing an end to that training and cooperation since the " +
      "coup. These are statements of March 2021.",
    composeHeading: "Write to the government of {name}",
    lettersNote: "",
    timelineHeading: "Timeline",
    shareHeading: "Tell others about {name}",
    evidenceHeading: "The evidence",
    contactsHeading: "Reach the government in London",
    contactsHeadingRemoved: "Its mission in London",
    noContact: "We have no contact for this government yet.",
    source: "Source:",
    timelineNamed: "Named in Burma Campaign UK's briefing (number {rank} of 12)",
    timelineRemoved: "{name} taken off the list",
    timelineAdded: "{name} added to the list",
    shareText:
      "In March 2021 Burma Campaign UK named {name} among the countries involved in military training or " +
      "cooperation with the Burmese military. Read the sources it cites and write to its embassy in London.",
  },
  actions: {
    none: "Be the first to write to this government from this site.",
    one: "Supporters have written to this government {count} time from this site ({parts}).",
    many: "Supporters have written to this government {count} times from this site ({parts}).",
    channels: {
      EMAIL_APP: "email app",
      EMAIL_GMAIL: "Gmail",
      EMAIL_OUTLOOK: "Outlook",
      EMAIL_EMPTY: "email (pasted)",
      COPY: "copied message",
      WEBSITE: "embassy website",
      PRINT: "printed letter",
      PHONE: "phone call",
    },
  },
  evidence: {
    untitled: "Page cited by the briefing on {site}",
    addedByOrganisers: "Added by the campaign's organisers since the briefing.",
    dateUnknown: "date not known",
    source: "Source",
    sourceInBriefing: "Source as cited in the briefing",
    research: "What our research found",
    noStoredCopy: "We could not retrieve a copy of the cited page itself; the note above says what other reports show.",
    related: "Related reports ({count})",
  },
  contact: {
    address: "Postal address",
    phone: "Phone",
    website: "Website",
    email: "Email",
    notKnown: "Not known",
    noEmail: "No published address found",
    howFound: "How these details were found",
    sources: "Sources",
    verified: "Checked by the campaign team on {date}.",
    unverifiedStrong: "Not yet verified.",
    unverified:
      "These details come from the public pages listed as sources and have not been checked with the mission. " +
      "Please confirm them before you rely on them.",
  },
  share: {
    lead: "Share this page:",
    email: "Email",
    copyLink: "Copy link",
    copyFailed: "Your browser did not allow copying. Copy the address of this page instead.",
    copied: "Link copied.",
    shareButton: "Share…",
    shareFailed: "Your browser could not share.",
    petitionText: "Sign the petition to the governments named in Burma Campaign UK's briefing of March 2021: {title}.",
  },
  composer: {
    aboutYou: "About you",
    aboutYouNote: "Used only to sign your message. It stays in your browser; we do not store it.",
    name: "Your name",
    town: "Your town or postcode",
    yourMessage: "Your message",
    sendTo: "Send it to",
    to: "To:",
    unverifiedStrong: "Not yet verified:",
    unverified: "these contact details come from public pages we have not yet checked. {sources}.",
    seeSources: "See the sources",
    letterOf: "Suggested letter {number} of {count}.",
    otherLetter: "Show me a different letter",
    why: "Why this matters to you (optional: it goes just above the sign-off)",
    whyIdeas: "Ideas for a sentence of your own",
    useThis: "Use this",
    subject: "Subject",
    message: "Message",
    characters: "{count} characters",
    personalised: "Thank you for making it your own.",
    tip: "Add a sentence in your own words: identical messages are often counted as one, or not read at all.",
    edited: "You have edited the message, so changes to your name or town above are no longer filled in for you.",
    reset: "Go back to the suggested message",
    sendHeading: "Send it",
    newTab: "(opens in a new tab)",
    copyBoth: "Copy subject and message",
    copied: "Copied. Paste it where you need it.",
    copyFailed: "Your browser did not allow copying. Select the text in the message box and copy it yourself.",
    emailHeading: "Send an email",
    emailTo: "To: {emails}",
    emailTooLong:
      "Your message is too long to hand to an email program in one link, so it might arrive cut short. Copy it, " +
      "then open an empty email and paste it in.",
    emailEmpty: "Open an empty email to {emails}",
    emailApp: "Open in my email app",
    emailGmail: "Open in Gmail",
    emailOutlook: "Open in Outlook",
    webHeading: "Use the embassy's website",
    webLead: "Copy your message, then paste it into the contact form or email address the website gives.",
    webOpen: "Open the website",
    postHeading: "Print and post a letter",
    postLead: "A letter on paper is hard to ignore. It goes to: {address}",
    postSender: "Your postal address, to print at the top of the letter (optional; it stays on your device)",
    postPrint: "Print the letter",
    phoneHeading: "Phone them",
    phoneCall: "Call {number}",
    phoneCaution: "Check this number before you rely on it.",
    phoneSources: "What our sources say about this number: {text}",
    phoneSay: "You could say:",
    copyHeading: "Copy it",
    copyLead: "For a contact form, social media, or anywhere else.",
    thanksHeading: "Thank you",
    writtenOne: "People have written to the {target} {count} time from this site.",
    writtenMany: "People have written to the {target} {count} times from this site.",
    countFailed: "We could not count your message, but it is on its way.",
    next:
      "Next, {petitionLink} on this page (or {ownPageLink}), and ask a friend to do the same: share this page. " +
      "You can also {donateLink}.",
    petitionLink: "sign the petition",
    ownPageLink: "on its own page",
    donateLink: "support the campaign with a gift",
  },
  embed: {
    countryTitle: "{name}: act now",
    countryLead:
      "Burma Campaign UK's briefing of March 2021 named {name} among the countries involved in military training " +
      "and/or cooperation with the Burmese military.",
    countryRemoved: "{name} has been taken off the list. You can still sign the petition.",
    newTab: "(opens in a new tab)",
  },
  petition: {
    pageTitle: "Sign the petition",
    signHeading: "Sign the petition: {title}",
    progressOne: "person has signed. Help us reach {goal}.",
    progressMany: "people have signed. Help us reach {goal}.",
    progressLabel: "{count} of {goal} signatures",
  },
  sign: {
    firstName: "First name",
    lastName: "Last name",
    email: "Email address",
    country: "Country",
    postcode: "Postcode (optional)",
    // The notice a signature records agreeing to (its version): my.ts translates the current one.
    handIn: CONSENT_NOTICES[CURRENT_CONSENT_VERSION].handIn ?? "",
    optIn: CONSENT_NOTICES[CURRENT_CONSENT_VERSION].optIn as string,
    notice: CONSENT_NOTICES[CURRENT_CONSENT_VERSION].notice as string,
    privacyLink: "Our privacy notice",
    honeypot: "Leave this field empty",
    submit: "Sign the petition",
    pending: "Signing…",
    received:
      "Thank you! Please check your email (and your spam folder): our message tells you what to do next. " +
      "Your signature counts once you press the button in it.",
    askDonate: "Could you also {link}, and ask others to sign?",
    donateLink: "give to the campaign",
    error: "",
    fieldError: "",
  },
  confirm: {
    title: "Confirm your signature",
    press: "Press the button to add your signature to the petition.",
    button: "Confirm my signature",
    done: "This signature is already confirmed. Thank you!",
    expired: "This link has expired.",
    signAgain: "Sign again",
    expiredAfter: "and we will send you a new one.",
    unknown: "We do not recognise this link. It may have been replaced by a newer email, or the signature was removed.",
    toPetition: "Go to the petition",
    confirmedTitle: "Signature confirmed",
    confirmedHeading: "Your signature is confirmed",
    confirmedBody: "Thank you. Your signature now counts towards the petition.",
    next: "Next, {link}: it takes a minute. And ask others to sign.",
    nextLink: "write to one of the governments on the list",
  },
  remove: {
    title: "Remove my signature",
    body:
      "This removes your signature and deletes your name, email address, country and postcode from our records. " +
      "It cannot be undone.",
    button: "Remove my signature",
    unknown: "We do not recognise this link, or the signature has already been removed.",
    removedTitle: "Signature removed",
    removedHeading: "Your signature has been removed",
    removedBody: "We have deleted your name, email address, country and postcode. We will not email you again.",
    back: "Back to the campaign",
  },
};

/** The shape every language's catalogue has: the same keys, each a string (or list of strings). */
export type TMessages = Widen<typeof en>;
type Widen<T> = T extends string ? string : T extends readonly string[] ? string[] : { [K in keyof T]: Widen<T[K]> };
