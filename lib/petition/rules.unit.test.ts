import { englishOf, saidOf } from "../reasons/reason";
import { describe, expect, it } from "vitest";
import { BLNS } from "../testing/blns";
import { CONSENT_NOTICES, CURRENT_CONSENT_VERSION } from "../i18n/consent-notices";
import { currentGoal } from "./goal";
import { listCountryOptions } from "./iso-countries";
import { ZSignPetitionInput } from "./sign-input";
import { normaliseUkPostcode } from "../text/uk-postcode";

const valid = { firstName: "Ann", lastName: "Lee", email: "ann@example.org", country: "GB", postcode: "" };

describe("UK postcodes", () => {
  it("accepts and tidies real formats, refuses others", () => {
    expect(normaliseUkPostcode("sw1a1aa")).toBe("SW1A 1AA");
    expect(normaliseUkPostcode("M1 1AE")).toBe("M1 1AE");
    expect(normaliseUkPostcode(" b33 8th ")).toBe("B33 8TH");
    expect(normaliseUkPostcode("GIR 0AA")).toBe("GIR 0AA");
    expect(normaliseUkPostcode("12345")).toBeNull();
    expect(normaliseUkPostcode("QQ1 1AA")).toBeNull();
  });
});

describe("petition goal", () => {
  it("steps up once reached", () => {
    expect(currentGoal(0, 1000)).toBe(1000);
    expect(currentGoal(999, 1000)).toBe(1000);
    expect(currentGoal(1000, 1000)).toBe(2500);
    expect(currentGoal(2500, 1000)).toBe(5000);
    expect(currentGoal(7000, 1000)).toBe(10000);
    expect(currentGoal(123456, 1000)).toBe(250000);
  });
});

describe("ZSignPetitionInput", () => {
  it("tidies a valid signature", () => {
    const out = ZSignPetitionInput.parse({
      ...valid,
      firstName: "  Ann\u0000 ",
      email: " Ann@Example.org ",
      country: "gb",
      postcode: "sw1a 1aa",
      optIn: "on",
    });
    expect(out).toMatchObject({
      firstName: "Ann",
      email: "Ann@Example.org",
      country: "GB",
      postcode: "SW1A 1AA",
      optIn: true,
    });
    expect(ZSignPetitionInput.parse(valid).optIn).toBe(false);
  });

  it("answers in words, per field", () => {
    const messages = (input: object) => {
      const result = ZSignPetitionInput.safeParse(input);
      return result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((i) => [i.path[0], englishOf(saidOf(i.message))]));
    };
    expect(messages({ ...valid, firstName: "=HYPERLINK(1)", lastName: "-Lee", email: "nope" })).toEqual({
      firstName: "Your first name cannot start with =, +, - or @.",
      lastName: "Your last name cannot start with =, +, - or @.",
      email: "Please enter a valid email address, like name@example.com.",
    });
    expect(messages({ ...valid, country: "XX" })).toEqual({ country: "Please choose your country from the list." });
    expect(messages({ ...valid, postcode: "nope" })).toEqual({
      postcode: "Please enter a valid UK postcode, like SW1A 1AA, or leave it blank.",
    });
    expect(messages({ ...valid, country: "FR", postcode: "75001" })).toEqual({});
    expect(messages({})).toMatchObject({
      firstName: "Please enter your first name.",
      email: "Please enter your email address.",
    });
  });

  it("never throws on hostile input, and never lets a formula through", () => {
    for (const text of BLNS) {
      for (const key of [
        "firstName",
        "lastName",
        "email",
        "country",
        "postcode",
        "optIn",
        "handInConsent",
        "formToken",
        "website",
      ]) {
        const result = ZSignPetitionInput.safeParse({ ...valid, [key]: text });
        if (result.success) {
          for (const v of [result.data.firstName, result.data.lastName, result.data.postcode ?? ""])
            expect(v).not.toMatch(/^[=+\-@]/);
        }
      }
    }
  });
});

describe("consent and countries", () => {
  it("has the current notice and an English country list with the UK", () => {
    expect(CONSENT_NOTICES[CURRENT_CONSENT_VERSION].notice.length).toBeGreaterThan(50);
    const options = listCountryOptions();
    expect(options.length).toBeGreaterThan(240);
    expect(options.find((o) => o.code === "GB")?.name).toBe("United Kingdom");
    expect(options.find((o) => o.code === "MM")?.name).toBe("Myanmar (Burma)");
  });
});
