// The public site's interface in English: every word a supporter reads that is not the campaign's
// content (which organisers translate in the admin: lib/i18n/content.ts). "{name}" marks a value
// filled in by fill() (lib/text/fill.ts). my.ts must have the same keys (typecheck fails otherwise).
import { BRIEFING_CONTEXT } from "../briefing-context";
import { MONTHS } from "../format-date";
import { CURRENT_GIFT_AID_VERSION, GIFT_AID_DECLARATIONS } from "../gift-aid-declarations";
import { SIGN_RECEIVED } from "../sign-received";
import { CONSENT_NOTICES, CURRENT_CONSENT_VERSION } from "../consent-notices";
import { EMAILS_EN } from "./emails-en";
import { REASONS_EN } from "../../reasons/reasons-en";

export const en = {
  languageName: "English",
  months: MONTHS,
  date: { day: "{day} {month} {year}", month: "{month} {year}", year: "{year}" },
  inEnglish: "(in English)",
  layout: {
    skip: "Skip to content",
    brand: "End military ties with Burma's military",
    menu: "Menu",
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
  // A form's refusal in general words, and the server's refusals by code (lib/reasons/reason.ts; the
  // words in reasons-en.ts and each language's reasons-<lang>.ts).
  formSent: "Sent.",
  formError: "Please check the highlighted details.",
  formFieldError: "Please check this field.",
  reasons: REASONS_EN,
  notFound: {
    title: "Page not found",
    body: "We could not find that page.",
    link: "See all the countries the campaign writes to",
  },
  home: {
    named: "Burma Campaign UK's briefing of March 2021 named {count} countries.",
    // The briefing's twelve and any it records as taken off before publication (Australia) are apart:
    // "12 named, 1 taken off" would read as 11.
    takenOffBeforeOne: "It records that {count} more country was taken off its list before publication.",
    takenOffBeforeMany: "It records that {count} more countries were taken off its list before publication.",
    takenOffLaterOne: "{count} of them was taken off the list later.",
    takenOffLaterMany: "{count} of them were taken off the list later.",
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
      "with the Burmese military. Read the evidence, write to their embassies and high commissions in London and " +
      "sign the petition.",
  },
  map: {
    listed: "Named in the March 2021 briefing, or added since",
    removed: "Removed from the list",
    burma: "Burma (Myanmar)",
    altListed: "World map. In red, the countries named in the briefing of March 2021 or added since: {names}.",
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
  // A country's preview image (lib/share/share-card.ts): the same facts in every language.
  shareCard: {
    kicker: "End military ties with the Burmese military",
    evidenceInBriefingOne: "{count} source of evidence cited in the briefing",
    evidenceInBriefingMany: "{count} sources of evidence cited in the briefing",
    evidenceOne: "{count} source of evidence",
    evidenceMany: "{count} sources of evidence",
    // By the mission's name in the data (lib/campaign/mission-words.ts): India's is a high commission.
    actListed: {
      EMBASSY: "Write to its embassy in London, and sign the petition",
      HIGH_COMMISSION: "Write to its high commission in London, and sign the petition",
    },
    actRemoved: "Read why it was removed",
    petitionKicker: "Sign the petition",
    petitionLineOne: "{count} person has signed the petition. Help us reach {goal}.",
    petitionLineMany: "{count} people have signed the petition. Help us reach {goal}.",
    campaignKicker: "Burma Campaign UK's briefing of March 2021",
    campaignCountriesOne: "{count} country named for military training or cooperation with it",
    campaignCountriesMany: "{count} countries named for military training or cooperation with it",
    signedOne: "{count} person has signed the petition",
    signedMany: "{count} people have signed the petition",
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
    // Burmese only: why the letters are in English. Empty here, so English pages leave it out.
    lettersNote: "",
    // True of each of the seed's letters (each asks for one or more of these; none carries its kind as
    // data), so shown only while every letter on offer is the seed's (an organiser's may ask otherwise).
    lettersAsk:
      "Each suggested letter asks the government of {name} for one or more of these: to end its military " +
      "training and cooperation with the Burmese military, to make public what has taken place, or to reply to you.",
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
    shareText: {
      EMBASSY:
        "In March 2021 Burma Campaign UK named {name} among the countries involved in military training or " +
        "cooperation with the Burmese military. Read the sources it cites and write to its embassy in London.",
      HIGH_COMMISSION:
        "In March 2021 Burma Campaign UK named {name} among the countries involved in military training or " +
        "cooperation with the Burmese military. Read the sources it cites and write to its high commission in London.",
    },
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
      WEBSITE: "website",
      PRINT: "printed letter",
      PHONE: "phone call",
    },
  },
  evidence: {
    untitled: "Page cited by the briefing on {site}",
    addedByOrganisers: "Added by the campaign's organisers since the briefing.",
    dateUnknown: "date not known",
    notSeen:
      "Page not seen: no copy of it could be found, so no title is given for it; the link is the address the " +
      "briefing gives.",
    // A research note on a date, where it is one of these fixed phrases (lib/campaign/date-note.ts);
    // any other note is shown as the research wrote it, marked English on other languages' pages.
    dateNotes: { approximate: "approx.", inferred: "inferred", ceremonyOn: "ceremony on {date}" },
    dateKinds: {
      published: "date published",
      event: "date of the event, from other reports",
      approximate: "approximate date",
      inferred: "inferred date",
    },
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
    // The research notes say a page published an address that the stored copy hides ("[email protected]").
    emailHidden: "A page published an address, but the copy of it we found hides it (see how these details were found)",
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
    aboutYouNote:
      "Used only to sign your message. As you type, it stays in your browser. If you press “Make my letter”, " +
      "it is sent to our server once, to make your letter's page, and is not stored or logged.",
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
    whyOwnWords:
      "Write your sentence yourself, in your own words and only what is true of you: the letter goes in your name.",
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
    webHeading: { EMBASSY: "Use the embassy's website", HIGH_COMMISSION: "Use the high commission's website" },
    webLead: "Copy your message, then paste it into the contact form or email address the website gives.",
    webOpen: "Open the website",
    postHeading: "Print and post a letter",
    postLead: "A letter on paper is hard to ignore. It goes to: {address}",
    postSender: "Your postal address, to print at the top of the letter (optional; never stored)",
    makeLetter: "Make my letter",
    makeLetterNote:
      "A page with your letter to print, an email link and the text to copy, with your name, town and own " +
      "sentence in it. It works without JavaScript: what you typed goes to our server for that page only, " +
      "and is not stored or logged.",
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
  /** The page "Make my letter" answers with (lib/letters/letter-page.ts). */
  letter: {
    title: "Your letter to {target}",
    private:
      "This page was made just now from what you sent. We have not stored it, logged it or kept a copy: " +
      "once you leave this page, it is gone.",
    emailHeading: "Send it by email",
    emailApp: "Open it in my email app",
    emailTooLong:
      "Your letter is too long to hand to an email program in one link. Copy it from the box below, then open " +
      "an empty email and paste it in.",
    copyHeading: "Copy it",
    copyLead: "Select all the text in this box and copy it: for an email, a contact form, or anywhere else.",
    printHeading: "Print and post it",
    printLead: "Use your browser's Print command: only the letter below is printed. It goes to: {address}",
    letterHeading: "Your letter",
    back: "Back to the country's page",
  },
  embed: {
    countryTitle: "{name}: act now",
    countryLead:
      "Burma Campaign UK's briefing of March 2021 named {name} among the countries involved in military training " +
      "and/or cooperation with the Burmese military.",
    countryRemoved: "{name}: {status}. You can still sign the petition.",
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
    received: SIGN_RECEIVED,
    askDonate: "Could you also {link}, and ask others to sign?",
    donateLink: "give to the campaign",
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
    unknown:
      "We do not recognise this link, or the signature has already been removed. A remove link works for 30 days " +
      "after we send it; after that, ask for the data we hold on you: the page we email you can remove it.",
    removedTitle: "Signature removed",
    removedHeading: "Your signature has been removed",
    removedBody: "We have deleted your name, email address, country and postcode. We will not email you again.",
    back: "Back to the campaign",
  },
  about: {
    title: "About the evidence",
    description:
      "Where this site's list comes from: Burma Campaign UK's Burma Briefing No. 54 of March 2021, each source it " +
      "cites linked as it cites it, and what our own research found about each.",
    sourceHeading: "Where the list comes from",
    source:
      "The countries on this site are those named in {title}, {series}, published by {publisher} in {date}. For " +
      "each country we link to the source the briefing cites, exactly as it cites it.",
    readSeries: "Read the briefing series:",
    research:
      "We add what our own research found about each source, and we say so where we could not retrieve a copy of " +
      "the cited page. We do not add claims of our own.",
    contactsHeading: "About the contact details",
    contacts:
      "Embassy and high commission details were gathered from public web pages, each listed as a source on the " +
      "country's page. Until a member of our team has checked a contact, the site marks it as not yet verified. " +
      "We never guess an email address: where none was published, we offer post or phone instead.",
    moreHeading: "More information",
  },
  donate: {
    title: "Donate",
    description:
      "Give once or monthly to the campaign asking governments to end military training and cooperation with the " +
      "Burmese military.",
    heading: "Support the campaign",
    lead:
      "Your gift pays for the research behind this site and for the campaigning that keeps the pressure on " +
      "governments.",
    cancelled: "You left the payment page, so nothing was charged. You can try again below.",
    off:
      "Donations are not set up on this copy of the site yet, so there is nothing to pay here. (For whoever runs " +
      "it: set DONATIONS_ENABLED, STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET; see the README.)",
    testMode:
      "Test — no money moves. This copy of the site uses Stripe's test mode (on a machine set up with no Stripe " +
      "keys, a local stand-in for Stripe): no card is charged.",
    bounds: "{min} to {max}",
    /** The form's words, handed to the client component by the page. */
    form: {
      howOften: "How often?",
      once: "Once",
      monthly: "Every month",
      howMuch: "How much?",
      another: "Another amount",
      customAmount: "Your amount in pounds ({bounds})",
      giftAidLegend: "Gift Aid (UK taxpayers)",
      giftAidAdds: "Gift Aid adds 25p to every £1 you give, at no cost to you.",
      // The declaration a gift records agreeing to (its version): my.ts translates the current one.
      giftAidDeclaration: GIFT_AID_DECLARATIONS[CURRENT_GIFT_AID_VERSION] as string,
      // Shown on other languages' pages under their translation, with the English declaration itself.
      giftAidOfRecord: "The declaration as we record it, in English:",
      giftAidAddress:
        "HMRC needs your name and home address for Gift Aid: the house name or number and the postcode are enough.",
      giftAidTitle: "Title (optional, such as Ms or Dr)",
      firstName: "First name",
      lastName: "Last name",
      house: "House name or number",
      postcode: "Postcode",
      submit: "Continue to secure payment",
      pending: "Opening secure checkout…",
      stripeNote: "You pay on Stripe's secure page; we never see your card details.",
    },
    thanks: {
      title: "Thank you",
      testMode: "Test — no money moves: this gift was made in Stripe's test mode, and nothing was charged.",
      notFound: "We could not find this payment. If you were charged, Stripe has emailed you a receipt.",
      confirmedOnce: "Your gift of {amount} is confirmed. Thank you for standing with the people of Burma.",
      confirmedMonthly: "Your monthly gift of {amount} is confirmed. Thank you for standing with the people of Burma.",
      failed: "Your payment did not go through, and nothing was taken. {link}.",
      tryAgain: "Try again",
      pending: "Thank you — we are confirming your gift with our payment provider.",
      checkAgain: "Check again",
      shareHeading: "Ask others to join you",
      back: "Back to the campaign",
    },
    manage: {
      title: "Manage my monthly gift",
      unknown:
        "We do not recognise this link. A manage link works for 7 days after we send it; after that, ask for " +
        "the data we hold on you: the page we email you opens your monthly gift's settings.",
      body: "Change the amount, update your card or cancel on Stripe's secure page.",
      button: "Manage my monthly gift",
    },
  },
  privacy: {
    title: "Privacy",
    description:
      "What this campaign keeps about supporters, for how long, and who sees it. No tracking, no advertising or " +
      "analytics scripts.",
    heading: "How we handle your data",
    lead: "We keep as little about you as we can, only for as long as we need it, and never sell or share it.",
    readingHeading: "Reading this site",
    reading:
      "Reading the evidence and contact pages stores nothing about you: no account, no tracking cookies, no " +
      "advertising or analytics scripts. Our server keeps ordinary technical logs (such as the time of a request) " +
      "to keep the site running, and deletes them routinely. The share buttons are ordinary links: nothing from " +
      "WhatsApp, Facebook, X or the other networks loads on our pages, and a network learns of you only if you " +
      "press its button and share.",
    signHeading: "If you sign the petition",
    sign:
      "We store your name, email address, country, optional postcode, and the time you signed, so we can count " +
      "your signature and hand the petition in. We also record exactly which privacy wording you were shown, " +
      "whether you chose to hear from us about the campaign (only if you tick that box), and a scrambled (hashed) " +
      "form of your internet address to stop automated abuse. Your signature only counts once you confirm it with " +
      "the link we email you; if you do not, we send at most two reminders. You can remove your signature and its " +
      "personal data at any time with the link in any email we send; we then keep only a note that a signature " +
      "was removed.",
    whoSeesStrong: "Who sees your name.",
    whoSees:
      "The petition is handed to the governments it names. They are told how many people signed and from which " +
      "countries and postcode areas (such as “SW1A”). Your name is on the list they receive only if you ticked " +
      "“Add my name to the list we hand to the governments”; nobody's email address or full postcode is ever on " +
      "it. Inside the campaign, only signed-in organisers can see signers' names and emails, and every export they " +
      "make is recorded.",
    nobodyStrong: "Nobody can find out from this site whether you signed.",
    nobody:
      "The site answers everyone who signs with the same words, whether or not that address had signed before; " +
      "anything that differs goes to the address by email.",
    updatesHeading: "If you asked for campaign updates",
    updates:
      "Only if you ticked “Email me campaign updates” when signing, and confirmed your signature, do we email you " +
      "news of the campaign, now and then. We record which updates we sent you, so nobody gets one twice.",
    stopStrong: "To stop them,",
    stop:
      "open the link at the end of any update and press the button, or use your mail program's “Unsubscribe” " +
      "button, which works in one click. You do not need to sign in or give your address. We record the time you " +
      "stopped them; from then on no update goes to you, and organisers no longer see you among the people who " +
      "asked for updates. Your signature still counts; to remove it as well, use the link in the email that asked " +
      "you to confirm it. The page answers the same whatever link is opened, so it tells nobody whether an address " +
      "signed.",
    writeHeading: "If you write to a government",
    write:
      "Your message is sent from your own email, letter or phone. We only count that someone used a channel for a " +
      "country, with no name or address attached.",
    donateHeading: "If you donate",
    donate:
      "Payments are handled by Stripe; we never see your card details. We keep the amount, date, and the name and " +
      "email Stripe gives us, to send a receipt and meet our legal record-keeping duties. If you make a Gift Aid " +
      "declaration we keep it, with your name, house name or number and postcode, as the law requires, and send " +
      "those details with your gifts to HMRC when we claim Gift Aid on them.",
    keepHeading: "How long we keep it",
    keepUnconfirmed: "A signature that is never confirmed is deleted, with its emails, after {days} days.",
    keepEmails:
      "Once an email is sent we keep only that it was sent (to whom, when, its subject), not its text or links.",
    keepGiftAid: "Gift Aid details given for a gift that was never completed are erased after {days} days.",
    keepAnonymised:
      "When the petition closes, and it has been handed in, signatures are anonymised: names, emails and full " +
      "postcodes are removed and only the counts by country and postcode area stay.",
    keepGifts:
      "A gift's donor (name, email address and the payment provider's records of them) is deleted two years after " +
      "the gift (for a monthly gift, two years after it ends). A Gift Aid declaration, with its name and address, " +
      "is kept six years after the end of the financial year of the last gift it covers, as HMRC asks. After that " +
      "only amounts and dates stay, naming no one.",
    keepJob: "A job runs every day to apply these rules, and records how many items it removed.",
    rightsHeading: "Your rights",
    rights:
      "Under UK data protection law you can ask to see, correct or delete what we hold about you, and complain to " +
      "the Information Commissioner's Office. {link}: we email that address a link to it.",
    rightsLink: "See and download everything we hold about your email address",
  },
  myData: {
    title: "See the data we hold about you",
    description: "Ask for a link, sent to your email address, to everything this campaign holds about that address.",
    lead:
      "Enter your email address and we will email it a link to a page showing everything we hold about that " +
      "address: signatures, the privacy wording you agreed to, emails we sent, donations and Gift Aid " +
      "declarations. You can download it there.",
    sent:
      "Thank you. We have emailed that address a link to see everything we hold about it, if we hold anything. The " +
      "link works for 24 hours; check your spam folder too.",
    /** Shown for a refusal named in the page's address (lib/forms/refusal-reason.ts). */
    refusals: {
      InvalidEmail: "Please enter a valid email address, like name@example.com.",
      RateLimited:
        "There have been several requests for that address or from your connection. " +
        "Please check your inbox, or try again later.",
      Unavailable: "Our database is restarting. Please try again in a few seconds.",
    },
    emailLabel: "Your email address",
    submit: "Email me the link",
    shownTitle: "The data we hold about you",
    shownHeading: "The data we hold about {email}",
    download:
      // No "reply to our emails": they may come from a no-reply address (MAIL_REPLY_TO is optional).
      "Download it: {json} or {csv}. To remove a signature, use its button below.",
    asJson: "as JSON",
    asCsv: "as a spreadsheet (CSV)",
    signatures: "Signatures",
    emails: "Emails we sent or queued to this address",
    donations: "Donations and Gift Aid declarations",
    none: "{caption}: none.",
    invalidHeading: "This link does not work",
    invalid: "It has expired (links work for 24 hours) or is not complete. {link}.",
    askNew: "Ask for a new one",
    /** The labels of the data page's records (lib/privacy/readable-record.ts). */
    record: {
      yes: "Yes",
      no: "No",
      fields: {
        status: "Status",
        firstName: "First name",
        lastName: "Last name",
        email: "Email address",
        signerCountry: "Country",
        postcode: "Postcode",
        optIn: "Campaign updates by email",
        unsubscribedAt: "Stopped updates",
        handInConsent: "Named on the hand-in list",
        consentNoticeVersion: "Privacy notice version",
        consentWording: "Wording agreed to",
        sourcePath: "Page signed on",
        utmSource: "Link source",
        utmMedium: "Link medium",
        utmCampaign: "Link campaign",
        embedOrigin: "Partner site",
        createdAt: "Created",
        confirmedAt: "Confirmed",
        lastEmailedAt: "Last emailed",
        petition: "Petition",
        kind: "Kind of email",
        toAddress: "Sent to",
        subject: "Subject",
        sentAt: "Sent",
        frequency: "How often",
        amount: "Amount",
        currency: "Currency",
        amountRefunded: "Amount refunded",
        donorEmail: "Email address",
        donorName: "Name",
        giftAid: "Gift Aid",
        giftAidTitle: "Gift Aid title",
        giftAidFirstName: "Gift Aid first name",
        giftAidLastName: "Gift Aid last name",
        giftAidHouse: "Gift Aid house name or number",
        giftAidPostcode: "Gift Aid postcode",
        giftAidName: "Gift Aid name",
        giftAidAddress: "Gift Aid address",
        giftAidDeclarationVersion: "Gift Aid declaration version",
        giftAidDeclarationWording: "Gift Aid declaration",
        giftAidDeclaredAt: "Gift Aid declared",
        giftAidCancelledAt: "Gift Aid cancelled",
        completedAt: "Completed",
        canceledAt: "Cancelled",
        refundedAt: "Refunded",
        paidAt: "Paid",
        payments: "Monthly payments",
        title: "Title",
        notice: "Privacy notice",
        handIn: "Hand-in list",
      },
    },
  },
  unsubscribe: {
    title: "Stop campaign updates",
    body:
      "Press the button and we will send you no more campaign updates. It does not remove your signature from " +
      "the petition.",
    button: "Stop sending me updates",
    doneTitle: "Updates stopped",
    doneHeading: "No more updates",
    // The one answer to every unsubscribe, whatever the token: it must not tell anyone who signed.
    done:
      "Done: you will get no more campaign updates from us. Nothing else changes: if you signed the petition, " +
      "your signature still counts.",
    removeToo:
      "To remove your signature and the details we hold as well, use the link in the email that asked you to " +
      "confirm it, or {link}.",
    removeTooLink: "see everything we hold about your address",
    back: "Back to the campaign",
  },
  // The emails a supporter gets (lib/mail/templates/), their words in emails-<lang>.ts.
  emails: EMAILS_EN,
  // The end of every campaign update email, in the signer's language (lib/mail/templates/campaign-update.ts).
  updateEmail: {
    why: "You get this because you signed our petition and asked for campaign updates.",
    howToStop: "To stop them, open this link and press the button (no sign-in needed):",
  },
};

/** The shape every language's catalogue has: the same keys, each a string (or list of strings). */
export type TMessages = Widen<typeof en>;
type Widen<T> = T extends string ? string : T extends readonly string[] ? string[] : { [K in keyof T]: Widen<T[K]> };
