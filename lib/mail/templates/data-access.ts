// Pure. The link to one's own data; it reads the same whether or not we hold anything.
export function dataAccess(p: { url: string; hours: number }) {
  return {
    subject: "Your link to see the data we hold",
    text: [
      "Someone, probably you, asked to see what our campaign holds about this email address.",
      "",
      `This link shows all of it, if we hold anything, and lets you download it (it works for ${p.hours} hours):`,
      p.url,
      "",
      "If you did not ask, you can ignore this email: nobody else can see the page without the link.",
    ].join("\n"),
  };
}
