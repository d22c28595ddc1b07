import { z } from "zod";
import { zodReason } from "../reasons/reason";
import { cleanLine } from "../text/clean-text";
import { normaliseEmail } from "../text/canonical-email";
import { isIsoCountryCode } from "./iso-countries";
import { ownSourcePath } from "./source-path";
import { normaliseUkPostcode } from "../text/uk-postcode";

// Spreadsheets run a cell that starts with one of these as a formula; e-petitions refuses them too.
const FORMULA_START = /^[=+\-@]/;

// Raw text is capped before it is cleaned: cleaning converts Zawgyi, whose cost grows with the square
// of the length, and the form's body may be a megabyte. Generous, as cleaning can shorten text.
const name = (field: "firstName" | "lastName") =>
  z
    .string({ error: zodReason(`${field}Missing`) })
    .max(200, zodReason(`${field}TooLong`))
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(1, zodReason(`${field}Missing`))
        .max(50, zodReason(`${field}TooLong`))
        .refine((v) => !FORMULA_START.test(v), zodReason(`${field}Formula`))
        .refine((v) => /\p{L}/u.test(v), zodReason(`${field}NoLetter`)),
    );

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")], {
    error: zodReason("detailsInvalid"),
  })
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4, zodReason("requestTooLarge"))
    .optional()
    .transform((v) => (v ? cleanLine(v).slice(0, max) : undefined));

export const ZSignPetitionInput = z
  .object({
    firstName: name("firstName"),
    lastName: name("lastName"),
    email: z
      .string({ error: zodReason("emailMissing") })
      .max(1000, zodReason("emailTooLong"))
      .transform((v) => normaliseEmail(cleanLine(v)))
      .pipe(
        z
          .string()
          .min(1, zodReason("emailMissing"))
          .max(254, zodReason("emailTooLong"))
          .pipe(z.email(zodReason("emailInvalidExample"))),
      ),
    country: z
      .string({ error: zodReason("countryMissing") })
      .max(100, zodReason("countryNotListed"))
      .transform((v) => cleanLine(v).toUpperCase())
      .refine(isIsoCountryCode, zodReason("countryNotListed")),
    postcode: z
      .string()
      .max(40, zodReason("postcodeTooLong"))
      .optional()
      .transform((v) => (v ? cleanLine(v) : "")),
    optIn: checkbox,
    // Unticked unless the signer ticks it: only then may their name be on the hand-in list.
    handInConsent: checkbox,
    // Anti-abuse: a field people never see (bots fill it) and when the server issued the form.
    website: optionalText(200),
    formToken: optionalText(80),
    // One of the site's own signing pages, or nothing (lib/petition/source-path.ts).
    sourcePath: optionalText(300).transform(ownSourcePath),
    sourceCountry: optionalText(60),
    // A solved proof-of-work challenge (lib/challenge/), and whether the form ran without JavaScript.
    altcha: z.string().max(3000, zodReason("requestTooLarge")).optional(),
    client: z.enum(["html", "js"]).optional(),
  })
  .transform((input, ctx) => {
    let postcode: string | null = input.postcode || null;
    if (postcode && input.country === "GB") {
      postcode = normaliseUkPostcode(postcode);
      if (!postcode) {
        ctx.addIssue({
          code: "custom",
          path: ["postcode"],
          message: zodReason("postcodeInvalid"),
        });
        return z.NEVER;
      }
    }
    if (postcode && FORMULA_START.test(postcode)) {
      ctx.addIssue({ code: "custom", path: ["postcode"], message: zodReason("postcodeFormula") });
      return z.NEVER;
    }
    return { ...input, postcode };
  });

export type TSignPetitionInput = z.input<typeof ZSignPetitionInput>;
export type TSignPetition = z.output<typeof ZSignPetitionInput>;
