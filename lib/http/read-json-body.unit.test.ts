import { describe, expect, it } from "vitest";
import { AppError, errorResponse } from "../errors";
import { ZSignPetitionInput } from "../petition/sign-input";
import { readJsonBody } from "./read-json-body";

const body = (value: object) => ({ headers: new Headers(), readText: async () => JSON.stringify(value) });

describe("readJsonBody", () => {
  it("refuses a wrong shape with each field's words and reason, as the form would say them", async () => {
    const refused = await readJsonBody(body({ lastName: "Win", email: "nope", country: "GB" }), ZSignPetitionInput, {
      maxBytes: 10_000,
      sameOriginOnly: false,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    const answer = (await errorResponse(refused).json()) as {
      error: { reason: { code: string }; fields: Record<string, string> };
    };
    expect(answer.error.reason).toEqual({ code: "detailsInvalid" });
    expect(answer.error.fields).toMatchObject({
      firstName: "Please enter your first name.",
      email: "Please enter a valid email address, like name@example.com.",
    });
  });
});
