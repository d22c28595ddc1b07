// Pure. The link to one's own data; it reads the same whether or not we hold anything. Asked from a
// Burmese page: said in Burmese first (subject too), the English below (lib/mail/templates/in-burmese-first.ts).
import { fill } from "../../text/fill";
import { formatNumberIn } from "../../i18n/languages";
import { inBurmeseFirst, subjectIn, words } from "./in-burmese-first";

export function dataAccess(p: { url: string; hours: number; lang?: string }) {
  const body = (lang: "en" | "my") => {
    const t = words(lang).dataAccess;
    return [t.asked, "", fill(t.link, { hours: formatNumberIn(lang, p.hours) }), p.url, "", t.notYou];
  };
  return {
    subject: subjectIn(p.lang, words("my").dataAccess.subject, words("en").dataAccess.subject),
    text: inBurmeseFirst(p.lang, body("my"), body("en")),
  };
}
