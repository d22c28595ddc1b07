import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { donateInputSchema } from "../donations/donate-input";
import { INTERNAL_ERROR_MESSAGE } from "../errors";
import { ZSignPetitionInput } from "../petition/sign-input";
import { SIGN_RECEIVED } from "./sign-received";
import { BLNS } from "../testing/blns";
import { LANGS } from "./languages";
import { localiseFormState, translateReason } from "./localise-reason";

const config = {
  enabled: true,
  currency: "gbp",
  minMinor: 100,
  maxMinor: 1_000_000,
  presetsMinor: [500, 1000, 2500],
  giftAid: true,
} as Parameters<typeof donateInputSchema>[0];

/** Every message a schema gives for a run of bad inputs, each field in turn. */
function messagesFrom(schema: z.ZodType, good: Record<string, string>, inputs: string[]): Set<string> {
  const found = new Set<string>();
  const tries = [{}, ...Object.keys(good).flatMap((key) => inputs.map((value) => ({ ...good, [key]: value })))];
  for (const input of tries) {
    const result = schema.safeParse(input);
    if (!result.success) for (const issue of result.error.issues) found.add(issue.message);
  }
  return found;
}

const BAD = [
  "",
  " ",
  "=1+1",
  "-2",
  "@SUM(A1)",
  "+44",
  "1234",
  "x".repeat(41),
  "x".repeat(60),
  "x".repeat(300),
  "x".repeat(2000),
  "custom",
  "0",
  "0.5",
  "99999999",
  ...BLNS.slice(0, 150),
];

// The files whose refusals reach a supporter's form (the organiser's area is in English).
const PUBLIC_SOURCES = [
  "lib/petition/sign-petition.ts",
  "lib/petition/signature-writer.ts",
  "lib/actions/sign-petition-endpoint.ts",
  "lib/errors.ts",
  "lib/actions/form-action.ts",
  "lib/http/read-body.ts",
  "lib/donations/start-checkout.ts",
  "lib/rate-limit/abuse-limits.ts",
  "lib/petition/sign-gate.ts",
  "app/[lang]/donate/actions.ts",
];

/** The sentences a file gives AppError or a `message:`: string literals, joined, with constants resolved. */
function refusalsIn(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const constants = new Map<string, string>();
  for (const m of text.matchAll(/const (\w+) =\s*((?:"[^"]*"\s*\+?\s*)+);/g)) constants.set(m[1], joined(m[2]));
  const resolve = (literal: string) =>
    literal.startsWith("`")
      ? literal.slice(1, -1).replace(/\$\{(\w+)\}/g, (_, name: string) => constants.get(name) ?? `{${name}}`)
      : joined(literal);
  const found: string[] = [];
  const literal = String.raw`((?:"[^"]*"\s*\+?\s*)+|\x60[^\x60]*\x60|\w+)`;
  for (const re of [
    new RegExp(String.raw`new AppError\(\s*"[A-Z_]+",\s*` + literal, "g"),
    new RegExp(`message:\\s*${literal}`, "g"),
  ]) {
    for (const m of text.matchAll(re)) {
      const value = /^\w+$/.test(m[1]) ? constants.get(m[1]) : resolve(m[1]);
      if (value) found.push(value);
    }
  }
  return found;
}
/** Said in every language but English (the source). */
function expectTranslated(messages: Iterable<string>) {
  for (const lang of LANGS.filter((l) => l !== "en"))
    for (const message of messages) expect(translateReason(lang, message), `${lang}: ${message}`).not.toBeNull();
}

const joined = (literals: string) => [...literals.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");

describe("a refusal in Burmese", () => {
  it("fills a translated sentence with the values of the English one", () => {
    expect(translateReason("my", "Please give between £1 and £10,000.")).toBe("£1 နှင့် £10,000 အကြား လှူဒါန်းပါ။");
    expect(translateReason("en", "Anything at all.")).toBe("Anything at all.");
    expect(translateReason("my", "A sentence nobody translated.")).toBeNull();
  });

  it("answers a form in the page's language, with general words for what the catalogue lacks", () => {
    const state = localiseFormState(
      {
        status: "error",
        code: "INVALID_INPUT",
        message: "Please check the highlighted details.",
        fields: {
          firstName: "Please enter your first name.",
          website: "Too big: expected string to have <=800 characters",
        },
        values: { firstName: "" },
      },
      "my",
    );
    expect(state).toMatchObject({
      message: "အမှတ်အသားပြထားသော အချက်အလက်များကို စစ်ကြည့်ပါ။",
      fields: { firstName: "သင့်အမည် (ရှေ့) ကို ထည့်ပါ။", website: "ဤအကွက်ကို စစ်ကြည့်ပါ။" },
      values: { firstName: "" },
    });
    expect(localiseFormState({ status: "ok", message: SIGN_RECEIVED }, "my")).toMatchObject({
      message: expect.stringMatching(/^ကျေးဇူးတင်ပါသည်/),
    });
  });

  it("has every reason the signing form's checks give", () => {
    const good = {
      firstName: "Aung",
      lastName: "Kyaw",
      email: "a@example.org",
      country: "GB",
      postcode: "",
      optIn: "on",
      handInConsent: "",
      website: "",
      formToken: "",
      sourcePath: "/petition",
    };
    const messages = messagesFrom(ZSignPetitionInput, good, BAD);
    expect(messages.size).toBeGreaterThan(8);
    expectTranslated(messages);
  });

  it("has every reason the donate form's checks give, Gift Aid's included", () => {
    const good = {
      frequency: "ONE_OFF",
      amount: "custom",
      customAmount: "15",
      giftAid: "on",
      giftAidTitle: "Ms",
      giftAidFirstName: "Su",
      giftAidLastName: "Mon",
      giftAidHouse: "4",
      giftAidPostcode: "SW1A 1AA",
      lang: "my",
    };
    const messages = messagesFrom(donateInputSchema(config), good, BAD);
    expect(messages.size).toBeGreaterThan(8);
    expectTranslated(messages);
  });

  it("has every refusal the public paths throw", () => {
    const refusals = PUBLIC_SOURCES.flatMap(refusalsIn).filter((m) => !m.includes("sign-in"));
    expect(refusals.length).toBeGreaterThan(12);
    expectTranslated([...refusals, INTERNAL_ERROR_MESSAGE, SIGN_RECEIVED]);
  });
});
