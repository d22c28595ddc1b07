import { describe, expect, it } from "vitest";
import { signatureConfirm, signatureConfirmSubject, signatureReminder } from "./signature";

// Signing stores the confirmation's subject without rendering the email (lib/petition/sign-petition.ts):
// it must be the subject the whole email would have had, in each language.
const payload = { firstName: "Zoë", petitionTitle: "Stop the training", confirmUrl: "c", removeUrl: "r" };

describe("a confirmation's subject on its own", () => {
  it.each([[undefined], ["my"]])("is the rendered email's subject (lang %s)", (lang) => {
    const subject = signatureConfirmSubject(lang);
    expect(subject).toBe(signatureConfirm({ ...payload, lang }).subject);
    expect(subject).not.toBe(signatureReminder({ ...payload, lang }).subject);
  });

  it("puts the Burmese first for a Burmese page", () => {
    expect(signatureConfirmSubject("my")).toBe(
      `${signatureConfirm({ ...payload, lang: "my" }).subject.split(" / ")[0]} / ${signatureConfirmSubject()}`,
    );
  });
});
