import { z } from "zod";
import { isIsoCountryCode } from "../petition/iso-countries";
import { cleanLine, cleanText } from "../text/clean-text";
import { type TReasonCode, zodReason } from "../reasons/reason";

// What an organiser writes. Plain text only: the email is sent as text, the admin shows it as text,
// and links stay links in any mail program.

const optionalChoice = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? cleanLine(v) : ""))
    .pipe(z.union([z.literal("").transform(() => null), schema]));

const optionalText = (max: number, clean: (v: string) => string, tooLong: TReasonCode) =>
  z
    .string()
    .max(max * 2, zodReason(tooLong))
    .optional()
    .transform((v) => (v ? clean(v) : ""))
    .pipe(z.string().max(max, zodReason(tooLong)))
    .transform((v) => v || null);

export const ZUpdateDraft = z.object({
  subject: z
    .string({ error: zodReason("updateSubjectMissing") })
    .transform(cleanLine)
    .pipe(z.string().min(3, zodReason("updateSubjectMissing")).max(150, zodReason("updateSubjectTooLong"))),
  body: z
    .string({ error: zodReason("updateBodyMissing") })
    .transform((v) => cleanText(v).trim())
    .pipe(z.string().min(20, zodReason("updateBodyTooShort")).max(20_000, zodReason("updateBodyTooLong"))),
  // The Burmese version: both or neither (lib/updates/drafts.ts says which is missing). Typed in
  // Zawgyi, it is stored as Unicode like every other field.
  subjectMy: optionalText(150, cleanLine, "updateSubjectMyTooLong"),
  bodyMy: optionalText(20_000, (v) => cleanText(v).trim(), "updateBodyMyTooLong"),
  signerCountry: optionalChoice(
    z
      .string()
      .transform((v) => v.toUpperCase())
      .refine(isIsoCountryCode, zodReason("updateSignerCountryNotListed")),
  ),
  sourceCountry: optionalChoice(z.string().regex(/^[a-z0-9-]{1,60}$/, zodReason("updateCountryNotListed"))),
});
export type TUpdateDraft = z.output<typeof ZUpdateDraft>;
