// The server's answers to the public site's forms, by code, in English: every refusal a supporter can
// meet (zod's field messages and AppError's words) and the one acknowledgement a form shows. Code
// carries the code (lib/reasons/reason.ts); only this table and its translations (reasons-my.ts, typed by
// these codes, so a missing one fails the typecheck) hold the words. "{name}" marks a parameter.
// A leaf: lib/errors.ts reads it, so it imports nothing.
export const REASONS_EN = {
  checkDetails: "Please check the highlighted details.",
  detailsInvalid: "Some of the details were not valid.",
  // A field whose check gave zod's own words (no form of ours asks for them: a tampered one).
  fieldInvalid: "Please check this field.",
  internal: "Something went wrong on our side. Please try again in a minute.",
  databaseRestarting:
    "Our database is restarting, so nothing could be saved just now. Please try again in a few seconds.",
  signaturesBusy:
    "We are taking a lot of signatures just now and could not save yours. Please try again in a few seconds.",
  requestTooLarge: "That request is too large.",
  signReceived:
    "Thank you! Please check your email (and your spam folder): our message tells you what to do next. " +
    "Your signature counts once you press the button in it.",
  firstNameMissing: "Please enter your first name.",
  firstNameTooLong: "Your first name can be at most 50 characters.",
  firstNameFormula: "Your first name cannot start with =, +, - or @.",
  firstNameNoLetter: "Your first name needs at least one letter.",
  lastNameMissing: "Please enter your last name.",
  lastNameTooLong: "Your last name can be at most 50 characters.",
  lastNameFormula: "Your last name cannot start with =, +, - or @.",
  lastNameNoLetter: "Your last name needs at least one letter.",
  emailMissing: "Please enter your email address.",
  emailTooLong: "That email address is too long.",
  emailInvalidExample: "Please enter a valid email address, like name@example.com.",
  emailInvalid: "Please enter a valid email address.",
  countryMissing: "Please choose your country.",
  countryNotListed: "Please choose your country from the list.",
  postcodeTooLong: "That postcode is too long.",
  postcodeInvalid: "Please enter a valid UK postcode, like SW1A 1AA, or leave it blank.",
  postcodeFormula: "Your postcode cannot start with =, +, - or @.",
  signedTooQuickly:
    "That was quicker than we expect from a person. Please check your details and press the button again.",
  signIpBurst:
    "There have been too many signatures from your connection just now. Please wait a few minutes and try again.",
  signChallenge:
    "Many people have signed from your connection today, so your browser is making a short check. " +
    "This takes a few seconds.",
  signIpDayOver: "There have been too many signatures from your connection today. Please try again after {time} UTC.",
  signIpDayOverNoScript:
    "There have been too many signatures from your connection today. " +
    "Please try again after {time} UTC, or with JavaScript switched on.",
  signDomainBurst: "There have been too many signatures from your email provider just now. Please try again later.",
  petitionClosed: "This petition has closed and takes no more signatures. Thank you for your support.",
  embedOriginRefused: "This site is not allowed to collect signatures for this petition.",
  giftFrequencyMissing: "Choose a one-off or a monthly gift.",
  giftAmountMissing: "Choose an amount.",
  giftAmountNotOffered: "Choose one of the amounts, or enter your own.",
  giftCustomAmountInvalid: "Enter an amount in pounds, such as 15 or 15.50, between {min} and {max}.",
  giftAmountOutOfRange: "Please give between {min} and {max}.",
  giftAidFirstNameMissing: "Gift Aid needs your first name.",
  giftAidLastNameMissing: "Gift Aid needs your last name.",
  giftAidHouseMissing: "Gift Aid needs your house name or number.",
  giftAidPostcodeInvalid: "Gift Aid needs a valid UK postcode, like SW1A 1AA.",
  giftAidTitleTooLong: "Please keep your title to 4 characters.",
  giftAidFirstNameTooLong: "Please keep your first name to 35 characters.",
  giftAidLastNameTooLong: "Please keep your last name to 35 characters.",
  giftAidHouseTooLong: "Please keep your house name or number to 40 characters.",
  giftAidTitleFormula: "Your title cannot start with =, +, - or @.",
  giftAidHouseFormula: "Your house name or number cannot start with =, +, - or @.",
  donationsOff: "Donations are not switched on for this site.",
  giftStartBurst:
    "There have been many gifts started from your connection just now. Please wait a few minutes and try again.",
  paymentProviderUnreachable:
    "We could not reach our payment provider. Nothing was charged; please try again in a few minutes.",
  paymentProviderNoCheckout: "Our payment provider did not give us a checkout page. Nothing was charged.",
  tooManyRequests: "Too many requests from your connection. Please wait a few minutes and try again.",
  dataLinkAlreadySent: "We have already sent that address a link today. Please check its inbox and spam folder.",
};

export type TPublicReasonCode = keyof typeof REASONS_EN;
