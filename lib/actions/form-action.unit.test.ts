import { describe, expect, it } from "vitest";
import { ZContactEdit } from "../content/edit-content";
import { createPrismaClient } from "../db/client";
import { donationConfig } from "../donations/config";
import { donateInputSchema } from "../donations/donate-input";
import { startCheckout } from "../donations/start-checkout";
import { createStripe } from "../donations/stripe-client";
import { parseEnv } from "../env";
import { AppError } from "../errors";
import { my } from "../i18n/messages/my";
import { ZSignPetitionInput } from "../petition/sign-input";
import { limitDonationStarts } from "../rate-limit/abuse-limits";
import { runFormAction } from "./form-action";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("runFormAction", () => {
  it("answers a database outage during a gift with the same words as signing, not a 500", async () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      DONATIONS_ENABLED: "true",
      STRIPE_SECRET_KEY: "sk_test_x",
      STRIPE_WEBHOOK_SECRET: "whsec_x",
    });
    const config = donationConfig(env);
    const unreachable = createPrismaClient(env.DATABASE_URL, 1);
    // The donate action's own work, on a database that cannot be reached.
    const state = await runFormAction(
      {
        who: "public",
        schema: donateInputSchema(config),
        echo: ["frequency", "amount"],
        work: async (input) => {
          await limitDonationStarts(unreachable, "client");
          await startCheckout(unreachable, createStripe("sk_test_x", "http://127.0.0.1:1"), config, input, env.APP_URL);
          return null;
        },
      },
      form({ frequency: "ONE_OFF", amount: "500" }),
    );
    await unreachable.$disconnect();
    expect(state).toEqual({
      status: "error",
      code: "UNAVAILABLE",
      message: "Our database is restarting, so nothing could be saved just now. Please try again in a few seconds.",
      fields: undefined,
      values: { frequency: "ONE_OFF", amount: "500" },
    });
  });

  it("answers a public form posted from a Burmese page in Burmese, fields and all", async () => {
    const state = await runFormAction(
      { who: "public", schema: ZSignPetitionInput, echo: ["lastName"], work: async () => null },
      form({ lang: "my", lastName: "Win", email: "nope", country: "GB" }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "INVALID_INPUT",
      message: my.reasons.checkDetails,
      fields: {
        firstName: my.reasons.firstNameMissing,
        email: my.reasons.emailInvalidExample,
      },
      values: { lastName: "Win" },
    });
  });

  it("says a refusal's parameters in Burmese: a schema's bounds and a thrown limit's time", async () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", DONATIONS_ENABLED: "true" });
    const gift = await runFormAction(
      { who: "public", schema: donateInputSchema(donationConfig(env)), echo: ["amount"], work: async () => null },
      form({ lang: "my", frequency: "ONE_OFF", amount: "custom", customAmount: "99999999" }),
    );
    expect(gift.status === "error" && gift.fields?.customAmount).toMatch(/^£2 နှင့် £10,000 အကြား /);
    const limited = await runFormAction(
      {
        who: "public",
        schema: ZContactEdit.pick({ name: true }),
        work: async () => {
          throw new AppError("RATE_LIMITED", { code: "signIpDayOver", params: { time: "00:00" } });
        },
      },
      form({ lang: "my", name: "Embassy" }),
    );
    expect(limited).toMatchObject({
      status: "error",
      code: "RATE_LIMITED",
      message: expect.stringContaining("UTC 00:00"),
    });
    expect(limited.status === "error" && limited.message).not.toMatch(/[A-Za-z]{4,}/);
  });

  it("answers a public action called with something that is not a form as an empty form, never throwing", async () => {
    for (const argument of [undefined, null, "lang=my", { lang: "my" }]) {
      const state = await runFormAction(
        { who: "public", schema: ZSignPetitionInput, work: async () => null },
        argument as unknown as FormData,
      );
      expect(state, String(argument)).toMatchObject({ status: "error", code: "INVALID_INPUT" });
    }
  });

  it("answers an organiser's malformed form with the fields' messages, never reaching the work", async () => {
    let ran = false;
    const state = await runFormAction(
      {
        who: "public", // the organiser check itself needs a signed-in request; e2e covers it (admin-authz.spec.ts)
        schema: ZContactEdit,
        work: async () => {
          ran = true;
          return null;
        },
      },
      form({ name: "", website: "not a url", emails: "nope", sourceUrls: "" }),
    );
    expect(ran).toBe(false);
    expect(state).toMatchObject({ status: "error", code: "INVALID_INPUT" });
    expect(state.status === "error" && state.fields).toMatchObject({
      name: "The name is required.",
      website: "The website must be a full web address.",
      emails: "Each email must be a full address.",
    });
  });

  it("logs our own bugs and answers them generically, without the internals", async () => {
    const state = await runFormAction(
      {
        who: "public",
        schema: ZContactEdit.pick({ name: true }),
        work: async () => Promise.reject(new TypeError("secret internals")),
      },
      form({ name: "Embassy" }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "INTERNAL",
      message: "Something went wrong on our side. Please try again in a minute.",
    });
    expect(JSON.stringify(state)).not.toContain("secret internals");
  });
});
