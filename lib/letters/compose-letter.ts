import { z } from "zod";
import { getCountryBySlug } from "../campaign/queries";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { isLang, type TLang } from "../i18n/languages";
import { renderTemplate } from "./merge-fields";
import { cleanLine, cleanText } from "../text/clean-text";
import { withSentence } from "./with-sentence";
import { zodReason } from "../reasons/reason";

// The composer's form, as posted without JavaScript (components/composer/Composer.tsx). cleanText
// converts Burmese typed in Zawgyi in every field, as the composer does in the browser.
const line = (max: number) => z.string().max(max).default("").transform(cleanLine);
const text = (max: number) => z.string().max(max).default("").transform(cleanText);

export const ZComposeLetterInput = z.object({
  lang: z.string().refine(isLang).default("en"),
  country: z.string().regex(/^[a-z0-9-]{1,60}$/, zodReason("letterCountryMissing")),
  target: z.string().min(1).max(100),
  letter: z.string().max(100).default(""),
  name: line(100),
  town: line(100),
  sentence: text(600),
  address: text(300),
  subject: line(200),
  body: text(5000),
});
export type TComposeLetterInput = z.output<typeof ZComposeLetterInput>;

export type TLetter = {
  lang: TLang;
  country: { slug: string; name: string };
  recipient: { name: string; address: string | null; emails: string[] };
  sender: { name: string; town: string; address: string };
  subject: string;
  body: string;
};

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * The supporter's letter from the composer's form. The page's message box holds the suggested letter
 * as the server drew it (no name, no town: the browser fills those in with JavaScript); left as it
 * was, it is drawn again with the name and town given, and the own sentence goes before the sign-off.
 * An edited message is the supporter's own: kept as typed, with their sentence added if it is not in it.
 */
export async function composeLetter(db: PrismaClient, input: TComposeLetterInput): Promise<TLetter> {
  const country = await getCountryBySlug(db, input.country);
  const target = country?.contacts.find((c) => c.id === input.target);
  const template = country?.messageTemplates.find((t) => t.id === input.letter) ?? country?.messageTemplates[0];
  if (!country || !target || !template || country.status === "REMOVED")
    throw new AppError("NOT_FOUND", "letterNoLongerOffered");
  const values = (name: string, town: string) => ({
    target_name: target.name,
    country_name: country.name,
    supporter_name: name,
    supporter_town: town,
  });
  const suggested = [values("", ""), values(input.name, input.town)].map((v) => renderTemplate(template.body, v));
  const unedited =
    !input.body || suggested.some((s) => same(s, input.body) || same(withSentence(s, input.sentence), input.body));
  const drawn = renderTemplate(template.body, values(input.name, input.town));
  const body = unedited
    ? withSentence(drawn, input.sentence)
    : input.body.includes(input.sentence.trim())
      ? input.body
      : withSentence(input.body, input.sentence);
  return {
    lang: input.lang as TLang,
    country: { slug: country.slug, name: country.name },
    recipient: { name: target.name, address: target.address, emails: target.emails },
    sender: { name: input.name, town: input.town, address: input.address },
    subject: input.subject || renderTemplate(template.subject, values(input.name, input.town)),
    body,
  };
}
