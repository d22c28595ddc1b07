import { zodReason } from "../reasons/reason";
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
  const bounds = {
    min: formatMoney(config.minMinor, config.currency),
    max: formatMoney(config.maxMinor, config.currency),
  };
  return z
    .object({
      frequency: z.enum(["ONE_OFF", "MONTHLY"], { error: zodReason("giftFrequencyMissing") }),
      amount: z.string({ error: zodReason("giftAmountMissing") }).max(40, zodReason("giftAmountNotOffered")),
      customAmount: z.string().max(40, zodReason("giftCustomAmountInvalid", bounds)).optional(),
      giftAid: z
        .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()], {
          error: zodReason("detailsInvalid"),
        })
        .optional()
        .transform((v) => v === "on" || v === "true" || v === true),
      giftAidTitle: line(40, zodReason("giftAidTitleTooLong")),
      giftAidFirstName: line(400, zodReason("giftAidFirstNameTooLong")),
      giftAidLastName: line(400, zodReason("giftAidLastNameTooLong")),
      giftAidHouse: line(400, zodReason("giftAidHouseTooLong")),
      giftAidPostcode: line(40, zodReason("giftAidPostcodeInvalid")),
      sourcePath: z
        .string()
        .max(300, zodReason("requestTooLarge"))
        .optional()
        .transform((v) => (v?.startsWith("/") ? cleanLine(v) : undefined)),
      // The donate page's language: Stripe sends the donor back to the pages in it.
      lang: z.enum(LANGS, { error: zodReason("detailsInvalid") }).default("en"),
    })
    .transform((input, ctx) => {
      const chosen = input.amount === "custom" ? (input.customAmount ?? "") : input.amount;
      const minor = input.amount === "custom" ? parseAmountToMinor(chosen) : Number.parseInt(chosen, 10);
      if (input.amount !== "custom" && !config.presetsMinor.includes(minor ?? NaN)) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: zodReason("giftAmountNotOffered") });
      } else if (minor === null || Number.isNaN(minor)) {
        ctx.addIssue({
          code: "custom",
          path: ["customAmount"],
          message: zodReason("giftCustomAmountInvalid", bounds),
        });
      } else if (minor < config.minMinor || minor > config.maxMinor) {
        ctx.addIssue({ code: "custom", path: ["customAmount"], message: zodReason("giftAmountOutOfRange", bounds) });
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
