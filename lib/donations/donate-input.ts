import { z } from "zod";
import { normaliseUkPostcode } from "../text/uk-postcode";
import { cleanLine, cleanText } from "../text/clean-text";
import type { TDonationConfig } from "./config";
import { formatMoney } from "./config";

// "10", "10.5", "£10.50", "1,000" → pence. Anything else is not an amount.
function parseAmountToMinor(text: string): number | null {
  const cleaned = text.replace(/[£€$,\s]/g, "");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** The donate form's input, checked against the configured bounds (amounts in minor units). */
export function donateInputSchema(config: TDonationConfig) {
  const bounds =
    `between ${formatMoney(config.minMinor, config.currency)} and ` + formatMoney(config.maxMinor, config.currency);
  return z
    .object({
      frequency: z.enum(["ONE_OFF", "MONTHLY"], { error: "Choose a one-off or a monthly gift." }),
      amount: z.string({ error: "Choose an amount." }).max(40),
      customAmount: z.string().max(40).optional(),
      giftAid: z
        .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
        .optional()
        .transform((v) => v === "on" || v === "true" || v === true),
      giftAidName: z
        .string()
        .max(400)
        .optional()
        .transform((v) => cleanLine(v ?? "")),
      giftAidAddress: z
        .string()
        .max(1000)
        .optional()
        .transform((v) => cleanText(v ?? "").trim()),
      giftAidPostcode: z
        .string()
        .max(40)
        .optional()
        .transform((v) => cleanLine(v ?? "")),
      sourcePath: z
        .string()
        .max(300)
        .optional()
        .transform((v) => (v?.startsWith("/") ? cleanLine(v) : undefined)),
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
      let postcode: string | null = null;
      if (giftAid) {
        if (!input.giftAidName)
          ctx.addIssue({ code: "custom", path: ["giftAidName"], message: "Gift Aid needs your full name." });
        if (input.giftAidName.length > 100)
          ctx.addIssue({
            code: "custom",
            path: ["giftAidName"],
            message: "Please keep your name under 100 characters.",
          });
        if (!input.giftAidAddress)
          ctx.addIssue({ code: "custom", path: ["giftAidAddress"], message: "Gift Aid needs your home address." });
        if (input.giftAidAddress.length > 300)
          ctx.addIssue({
            code: "custom",
            path: ["giftAidAddress"],
            message: "Please keep your address under 300 characters.",
          });
        postcode = normaliseUkPostcode(input.giftAidPostcode);
        if (!postcode)
          ctx.addIssue({
            code: "custom",
            path: ["giftAidPostcode"],
            message: "Gift Aid needs a valid UK postcode, like SW1A 1AA.",
          });
      }
      if (ctx.issues.length) return z.NEVER;
      return {
        frequency: input.frequency,
        amountMinor: minor as number,
        giftAid: giftAid
          ? { name: input.giftAidName, address: input.giftAidAddress, postcode: postcode as string }
          : null,
        sourcePath: input.sourcePath,
      };
    });
}

export type TDonateInput = z.output<ReturnType<typeof donateInputSchema>>;
