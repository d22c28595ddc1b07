import { z } from "zod";
import { isIsoCountryCode } from "../petition/iso-countries";
import { cleanLine, cleanText } from "../text/clean-text";

// What an organiser writes. Plain text only: the email is sent as text, the admin shows it as text,
// and links stay links in any mail program.

const optionalChoice = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? cleanLine(v) : ""))
    .pipe(z.union([z.literal("").transform(() => null), schema]));

const optionalText = (max: number, clean: (v: string) => string, tooLong: string) =>
  z
    .string()
    .max(max * 2, tooLong)
    .optional()
    .transform((v) => (v ? clean(v) : ""))
    .pipe(z.string().max(max, tooLong))
    .transform((v) => v || null);

export const ZUpdateDraft = z.object({
  subject: z
    .string({ error: "Please write a subject." })
    .transform(cleanLine)
    .pipe(z.string().min(3, "Please write a subject.").max(150, "The subject can be at most 150 characters.")),
  body: z
    .string({ error: "Please write the update." })
    .transform((v) => cleanText(v).trim())
    .pipe(
      z
        .string()
        .min(20, "The update needs at least a sentence or two.")
        .max(20_000, "The update can be at most 20,000 characters."),
    ),
  // The Burmese version: both or neither (lib/updates/drafts.ts says which is missing). Typed in
  // Zawgyi, it is stored as Unicode like every other field.
  subjectMy: optionalText(150, cleanLine, "The Burmese subject can be at most 150 characters."),
  bodyMy: optionalText(20_000, (v) => cleanText(v).trim(), "The Burmese update can be at most 20,000 characters."),
  signerCountry: optionalChoice(
    z
      .string()
      .transform((v) => v.toUpperCase())
      .refine(isIsoCountryCode, "Choose the signers' country from the list."),
  ),
  sourceCountry: optionalChoice(z.string().regex(/^[a-z0-9-]{1,60}$/, "Choose the country page from the list.")),
});
export type TUpdateDraft = z.output<typeof ZUpdateDraft>;
