// Pure. The large public mail providers: too many people use each for a per-domain signing limit to
// mean anything, and a whole one is never a bot wave to invalidate.
export const PUBLIC_MAIL_PROVIDERS: ReadonlySet<string> = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk", "msn.com",
  "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "btinternet.com", "aol.com", "protonmail.com",
  "proton.me", "sky.com", "virginmedia.com", "gmx.com", "mail.com", "yandex.com", "qq.com",
]);
