// Pure. What every accepted signature is told, whether or not the address had signed before
// (lib/petition/sign-petition.ts): the catalogues translate it (lib/i18n/messages).
export const SIGN_RECEIVED =
  "Thank you! Please check your email (and your spam folder): our message tells you what to do next. " +
  "Your signature counts once you press the button in it.";
