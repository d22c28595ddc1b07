// Refusals only ever said in English, by code: the organiser area's (its language is English) and
// the JSON endpoints' (they answer in English; a client translates by the code). The public forms'
// refusals, which are translated, are in reasons-en.ts. "{name}" marks a parameter. A leaf, like it.
export const ENGLISH_ONLY_REASONS = {
  // Requests
  actionFromOtherSite: "This form can only be sent from the site itself. Please go back and try again.",
  notSameOrigin: "This can only be sent from our own pages.",
  requestUnreadable: "We could not read that request.",
  postOnly: "Send the action as a POST request.",
  signInOnItsPage: "Please ask for a sign-in link on the sign-in page.",
  signInClientBurst:
    "Too many sign-in links were asked for from your connection. Please wait a few minutes and try again.",
  signInAddressBurst: "Too many sign-in links were asked for that address. Please wait a few minutes and try again.",
  // Supporters' links
  dataLinkExpired: "This link has expired or is not complete. Ask for a new one on the privacy page.",
  oneClickOnly:
    "This address takes a mail program's one-click unsubscribe (List-Unsubscribe=One-Click). " +
    "To stop updates yourself, open the link in the email.",
  letterNoLongerOffered: "That letter is no longer offered. Please go back to the country's page.",
  actionBurst: "That is a lot of messages in a short time. Please wait a minute and try again.",
  countryNotFound: "We could not find that country.",
  contactNotFound: "We could not find that embassy or government contact.",
  // Signatures
  signatureNotInvalidatable: "That signature does not exist or cannot be invalidated.",
  signatureAlreadyErased: "That signature does not exist or was already erased.",
  connectionNotKept: "That signature's connection is not kept (kept {days} days, for abuse handling only).",
  invalidationCountChanged: "{count} signatures match now, not {expected}. Check the number and press again.",
  invalidationNotFound: "That invalidation does not exist or was already undone.",
  exportFiltersInvalid: "Those export filters are not valid.",
  // Organisers
  cannotRemoveSelf: "You cannot remove yourself; ask another admin.",
  notAnOrganiser: "That person is not an organiser.",
  // Mail
  deadLetterGone: "That email is no longer set aside.",
  // Updates
  updateCountryNotListed: "Choose the country page from the list.",
  updateBurmeseBodyMissing: "Write the Burmese update too, or leave the Burmese subject empty.",
  updateBurmeseSubjectMissing: "Write a Burmese subject too, or leave the Burmese update empty.",
  updateStartedSending: "This update has started sending, so it can no longer be changed.",
  updateNotFound: "That update does not exist.",
  updateAlreadyStarted: "This update has already been started.",
  updateNoAudience: "No supporter matches this update's filters: nothing to send.",
  updateAudienceChanged: "It would go to {count} supporters now. To send it, enter {count} and press again.",
  updateNotSending: "This update is not sending just now.",
  updateNotPaused: "This update is not paused.",
  // Content
  countryNotOurs: "That country is not one of ours.",
  countryClash: "{name} already has that {what}.",
  evidenceClash: "This country already has evidence from that address.",
  contactClash: "This country already has a contact of that name.",
  headOfMissionSourceMissing: "Give the source that says who heads the mission.",
  translationItemGone: "That item no longer exists.",
  translationEnglishChanged: "The English changed while you were reading it: reload the page and check again.",
  // Letters
  letterNotSaved: "The message could not be saved.",
  letterUnknownMergeFields: "The message uses merge fields the app does not know.",
  letterNotThisCountrys: "That letter is not one of this country's.",
  letterOnlyOne: "This is the only letter offered for this country: add another before retiring it.",
  // Hand-ins
  packCountryNotListed: "Packs are made for the countries on the list; that is not one of them.",
  deliveryInFuture: "A delivery cannot be recorded before it happens.",
  deliveryCountryNotListed: "Packs go to the countries on the list; that is not one of them.",
  handInCountryInvalid: "That is not a country of ours.",
  // Donations
  declarationNotCompletable: "That declaration does not exist, is cancelled, or is complete already.",
  declarationNotCancellable: "That declaration does not exist or was cancelled already.",
  donationNotFound: "That donation does not exist.",
  claimReferenceTaken: "There is already a claim {reference}: give this one its own reference.",
  claimEmpty: "No gift in that period is left to claim, so the schedule would be empty: no claim was made.",
  claimCountChanged: "{gifts} can be claimed now, not the {expected} you reviewed. Check the list and press again.",
  claimNotFound: "There is no such Gift Aid claim.",
  donationFiltersInvalid: "Those filters are not valid.",
} as const;

export type TEnglishOnlyReasonCode = keyof typeof ENGLISH_ONLY_REASONS;
