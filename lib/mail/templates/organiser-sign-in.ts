// Pure. An organiser's sign-in link: it opens a page with a button, so a mail scanner spends nothing.
export function organiserSignIn(p: { url: string }) {
  return {
    subject: "Your sign-in link for the campaign organiser area",
    text: [
      "Sign in to the organiser area: open this link and press the button (it works once, for 15 minutes):",
      "",
      p.url,
      "",
      "If you did not ask for it, ignore this email.",
    ].join("\n"),
  };
}
