// Pure. The donor details a Gift Aid declaration needs, in the shape of HMRC's claim schedule (title
// up to 4 characters, first and last name up to 35 each, house name or number, UK postcode), checked
// the same way on the donate form and when an organiser completes an earlier declaration.
import { z } from "zod";
import { type TReasonCode, zodReason } from "../reasons/reason";
import { cleanLine } from "../text/clean-text";
import { normaliseUkPostcode } from "../text/uk-postcode";

const DECLARATION_LIMITS = { title: 4, firstName: 35, lastName: 35, house: 40 } as const;

// A spreadsheet runs a cell that starts with one of these as a formula, and the schedule is one.
const FORMULA_START = /^[=+\-@]/;
// The words for a name starting like a formula are the signing form's, where it has them.
const FORMULA_REASON = {
  giftAidTitle: "giftAidTitleFormula",
  giftAidFirstName: "firstNameFormula",
  giftAidLastName: "lastNameFormula",
  giftAidHouse: "giftAidHouseFormula",
} as const satisfies Record<string, TReasonCode>;

export type TDeclarationFields = {
  giftAidTitle: string;
  giftAidFirstName: string;
  giftAidLastName: string;
  giftAidHouse: string;
  giftAidPostcode: string;
};

export type TDeclaration = {
  title: string | null;
  firstName: string;
  lastName: string;
  house: string;
  postcode: string;
};

/** The declaration, or null with an issue on each field that is missing or not valid. */
export function checkDeclaration(input: TDeclarationFields, ctx: z.RefinementCtx): TDeclaration | null {
  let problems = 0;
  const issue = (path: keyof TDeclarationFields, message: string) => {
    ctx.addIssue({ code: "custom", path: [path], message });
    problems++;
  };
  // The reasons' codes are named for the field (giftAidFirstNameMissing, giftAidHouseTooLong, ...).
  const text = (
    path: Exclude<keyof TDeclarationFields, "giftAidPostcode">,
    max: number,
    missing: TReasonCode | null,
  ) => {
    const value = input[path];
    if (!value && missing) issue(path, zodReason(missing));
    else if (value.length > max) issue(path, zodReason(`${path}TooLong`));
    else if (FORMULA_START.test(value)) issue(path, zodReason(FORMULA_REASON[path]));
  };
  text("giftAidTitle", DECLARATION_LIMITS.title, null);
  text("giftAidFirstName", DECLARATION_LIMITS.firstName, "giftAidFirstNameMissing");
  text("giftAidLastName", DECLARATION_LIMITS.lastName, "giftAidLastNameMissing");
  text("giftAidHouse", DECLARATION_LIMITS.house, "giftAidHouseMissing");
  const postcode = normaliseUkPostcode(input.giftAidPostcode);
  if (!postcode) issue("giftAidPostcode", zodReason("giftAidPostcodeInvalid"));
  if (problems) return null;
  return {
    title: input.giftAidTitle || null,
    firstName: input.giftAidFirstName,
    lastName: input.giftAidLastName,
    house: input.giftAidHouse,
    postcode: postcode!,
  };
}

const line = z
  .string()
  .max(400)
  .optional()
  .transform((v) => cleanLine(v ?? ""));

/** An organiser completing an earlier declaration: the same fields and rules as the donate form. */
export const ZDeclarationFields = z
  .object({
    giftAidTitle: line,
    giftAidFirstName: line,
    giftAidLastName: line,
    giftAidHouse: line,
    giftAidPostcode: line,
  })
  .transform((input, ctx) => checkDeclaration(input, ctx) ?? z.NEVER);
