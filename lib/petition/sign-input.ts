import { z } from "zod";
import { cleanLine } from "../text/clean-text";
import { normaliseEmail } from "../text/canonical-email";
import { isIsoCountryCode } from "./iso-countries";
import { ownSourcePath } from "./source-path";
import { normaliseUkPostcode } from "../text/uk-postcode";

// Spreadsheets run a cell that starts with one of these as a formula; e-petitions refuses them too.
const FORMULA_START = /^[=+\-@]/;

// Raw text is capped before it is cleaned: cleaning converts Zawgyi, whose cost grows with the square
// of the length, and the form's body may be a megabyte. Generous, as cleaning can shorten text.
const name = (label: string) =>
  z
    .string({ error: `Please enter your ${label}.` })
    .max(200, `Your ${label} can be at most 50 characters.`)
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(1, `Please enter your ${label}.`)
        .max(50, `Your ${label} can be at most 50 characters.`)
        .refine((v) => !FORMULA_START.test(v), `Your ${label} cannot start with =, +, - or @.`)
        .refine((v) => /\p{L}/u.test(v), `Your ${label} needs at least one letter.`),
    );

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("")], {
    error: "Some of the details were not valid.",
  })
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4, "That request is too large.")
    .optional()
    .transform((v) => (v ? cleanLine(v).slice(0, max) : undefined));

export const ZSignPetitionInput = z
  .object({
    firstName: name("first name"),
    lastName: name("last name"),
    email: z
      .string({ error: "Please enter your email address." })
      .max(1000, "That email address is too long.")
      .transform((v) => normaliseEmail(cleanLine(v)))
      .pipe(
        z
          .string()
          .min(1, "Please enter your email address.")
          .max(254, "That email address is too long.")
          .pipe(z.email("Please enter a valid email address, like name@example.com.")),
      ),
    country: z
      .string({ error: "Please choose your country." })
      .max(100, "Please choose your country from the list.")
      .transform((v) => cleanLine(v).toUpperCase())
      .refine(isIsoCountryCode, "Please choose your country from the list."),
    postcode: z
      .string()
      .max(40, "That postcode is too long.")
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
    altcha: z.string().max(3000, "That request is too large.").optional(),
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
          message: "Please enter a valid UK postcode, like SW1A 1AA, or leave it blank.",
        });
        return z.NEVER;
      }
    }
    if (postcode && FORMULA_START.test(postcode)) {
      ctx.addIssue({ code: "custom", path: ["postcode"], message: "Your postcode cannot start with =, +, - or @." });
      return z.NEVER;
    }
    return { ...input, postcode };
  });

export type TSignPetitionInput = z.input<typeof ZSignPetitionInput>;
export type TSignPetition = z.output<typeof ZSignPetitionInput>;
