import { z } from "zod";
import { LANGS } from "../i18n/languages";
import { cleanLine } from "../text/clean-text";
import type { TDonationConfig } from "./config";
import { formatMoney } from "../i18n/format-money";
import { checkDeclaration } from "./gift-aid-declaration";

// "10", "10.5", "£10.50", "1,000" → pence. Anything else is not an amount.
function parseAmountToMinor(text: string): number | null {
  const cleaned = text.replace(/[£€$,\s]/g, "");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

// The raw cap is far above the declaration's own limits (lib/donations/gift-aid-declaration.ts), which
// say what is allowed; it only keeps a megabyte out of cleaning.
const line = (max: number, tooLong: string) =>
  z
    .string()
    .max(max, tooLong)
    .optional()
    .transform((v) => cleanLine(v ?? ""));

/** The donate form's input, checked against the configured bounds (amounts in minor units). */
export function donateInputSchema(config: TDonationConfig) {
  const bounds =
    `between ${formatMoney(config.minMinor, config.currency)} and ` + formatMoney(config.maxMinor, config.currency);
  return z
    .object({
      frequency: z.enum(["ONE_OFF", "MONTHLY"], { error: "Choose a one-off or a monthly gift." }),
      amount: z.string({ error: "Choose an amount." }).max(40, "Choose one of the amounts, or enter your own."),
      customAmount: z.string().max(40, `Enter an amount in pounds, such as 15 or 15.50, ${bounds}.`).optional(),
      giftAid: z
        .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()], {
          error: "Some of the details were not valid.",
        })
        .optional()
        .transform((v) => v === "on" || v === "true" || v === true),
      giftAidTitle: line(40, "Please keep your title to 4 characters."),
      giftAidFirstName: line(400, "Please keep your first name to 35 characters."),
      giftAidLastName: line(400, "Please keep your last name to 35 characters."),
      giftAidHouse: line(400, "Please keep your house name or number to 40 characters."),
      giftAidPostcode: line(40, "Gift Aid needs a valid UK postcode, like SW1A 1AA."),
      sourcePath: z
        .string()
        .max(300, "That request is too large.")
        .optional()
        .transform((v) => (v?.startsWith("/") ? cleanLine(v) : undefined)),
      // The donate page's language: Stripe sends the donor back to the pages in it.
      lang: z.enum(LANGS, { error: "Some of the details were not valid." }).default("en"),
    })
    .transform((input, ctx) => {
      const chosen = input.amount === "custom" ? (input.customAmount ?? "") : input.amount;
      const minor = input.amount === "custom" ? parseAmountToMinor(chosen) : Number.parseInt(chosen, 10);
      if (input.amount !== "custom" && !config.presetsMinor.includes(minor ?? NaN)) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: "Choose one of the amounts, or enter your own." });
      } else if (minor === null || Number.isNaN(minor)) {
        ctx.addIssue({
          code: "custom",
          path: ["customAmount"],
          message: `Enter an amount in pounds, such as 15 or 15.50, ${bounds}.`,
        });
      } else if (minor < config.minMinor || minor > config.maxMinor) {
        ctx.addIssue({ code: "custom", path: ["customAmount"], message: `Please give ${bounds}.` });
      }
      const giftAid = config.giftAid && input.giftAid;
      const declaration = giftAid ? checkDeclaration(input, ctx) : null;
      if (ctx.issues.length) return z.NEVER;
      return {
        frequency: input.frequency,
        amountMinor: minor as number,
        giftAid: declaration,
        sourcePath: input.sourcePath,
        lang: input.lang,
      };
    });
}

export type TDonateInput = z.output<ReturnType<typeof donateInputSchema>>;
