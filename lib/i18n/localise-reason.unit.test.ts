import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { donateInputSchema } from "../donations/donate-input";
import { ZSignPetitionInput } from "../petition/sign-input";
import { BLNS } from "../testing/blns";
import { LANGS } from "./languages";
import { sayFormState, sayIn } from "./localise-reason";
import { my } from "./messages/my";
import { isPublicReasonCode, isReasonCode, reasonInZod, saidOf } from "../reasons/reason";

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

/** The reason codes a file gives AppError, a rate limit or reason(): the quoted codes in those places. */
function codesIn(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const re of [
    /new AppError\(\s*"[A-Z_]+",\s*(?:\{ code: [^"]*)?"(\w+)"/g,
    /reason: "(\w+)"/g,
    /\breason\("(\w+)"/g,
    /code: noScript \? "(\w+)" : "(\w+)"/g,
  ])
    for (const m of text.matchAll(re)) found.push(...m.slice(1).filter(Boolean));
  return found;
}

/** Every message is a coded reason with words in every language (reasons-my.ts is typed by the codes). */
function expectTranslated(messages: Iterable<string>) {
  for (const message of messages) {
    const said = reasonInZod(message);
    expect(said !== null && isPublicReasonCode(said.code), message).toBe(true);
    for (const lang of LANGS) expect(sayIn(lang, said!), `${lang}: ${message}`).toBeTruthy();
  }
}

describe("a refusal in Burmese", () => {
  it("is looked up by its code and filled with its parameters", () => {
    const said = { code: "giftAmountOutOfRange" as const, params: { min: "£1", max: "£10,000" } };
    expect(sayIn("my", said)).toBe("£1 နှင့် £10,000 အကြား လှူဒါန်းပါ။");
    expect(sayIn("en", said)).toBe("Please give between £1 and £10,000.");
    expect(sayIn("en", { code: "notAnOrganiser" })).toBe("That person is not an organiser.");
    expect(sayIn("my", { code: "notAnOrganiser" })).toBeNull();
  });

  it("says zod's own words (a check no form of ours gives) as the general words, in every language", () => {
    const said = saidOf("Too big: expected string to have <=800 characters");
    expect(said).toEqual({ code: "fieldInvalid" });
    expect(sayIn("en", said)).toBe("Please check this field.");
    expect(sayIn("my", said)).toBe(my.formFieldError);
    // A message with our code but parameters that are not JSON is not ours either.
    expect(saidOf("giftAmountOutOfRange|{not json")).toEqual({ code: "fieldInvalid" });
    expect(saidOf('giftAmountOutOfRange|{"min":"£1"}')).toEqual({
      code: "giftAmountOutOfRange",
      params: { min: "£1" },
    });
  });

  it("answers a form in the page's language, with general words for what the catalogue lacks", () => {
    const state = sayFormState(
      {
        status: "error",
        code: "INVALID_INPUT",
        said: { code: "checkDetails" },
        fields: {
          firstName: { code: "firstNameMissing" },
          website: saidOf("Too big: expected string to have <=800 characters"),
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
    expect(sayFormState({ status: "ok", said: { code: "signReceived" } }, "my")).toMatchObject({
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

  it("has words in Burmese for every refusal the public paths throw", () => {
    const codes = PUBLIC_SOURCES.flatMap(codesIn).filter((code) => !code.startsWith("signIn"));
    expect(codes.length).toBeGreaterThan(12);
    for (const code of [...codes, "internal", "signReceived"]) {
      expect(isReasonCode(code) && isPublicReasonCode(code), code).toBe(true);
      expect(sayIn("my", { code: code as "internal" }), code).toBeTruthy();
    }
  });
});
