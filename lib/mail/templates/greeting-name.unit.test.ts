import { describe, expect, it } from "vitest";
import { signatureAlreadySigned, signatureConfirm, signatureReminder } from "./signature";

// Whoever submits the form chooses the first name, and the email goes to the address's owner, who may
// be someone else: nothing the submitter typed may reach them but letters and marks (issue 26).
const links = { petitionTitle: "Stop the training", confirmUrl: "https://app.test/c", removeUrl: "https://app.test/r" };
const greetingOf = (text: string) => text.split("\n").find((line) => line.startsWith("Hello"));

describe("the greeting in emails to an address's owner", () => {
  it("keeps a name made of letters and marks, in any script", () => {
    expect(greetingOf(signatureConfirm({ firstName: "Zoë", ...links }).text)).toBe("Hello Zoë,");
    expect(greetingOf(signatureConfirm({ firstName: "Anne-Marie O'Neil", ...links }).text)).toBe(
      "Hello Anne-Marie O'Neil,",
    );
    const burmese = signatureConfirm({ firstName: "အောင်", ...links, lang: "my" }).text;
    expect(burmese.split("\n")[0]).toBe("မင်္ဂလာပါ အောင်၊");
  });

  it.each([
    ["a web address", "Visit evil.example/login"],
    ["a URL", "https://evil.example"],
    ["an RTL override", "Bob\u202Egnp.exe"],
    ["a zero-width space", "Bo\u200Bb"],
    ["a line separator", "Bob\u2028Your account is locked"],
    ["a paragraph separator", "Bob\u2029Call us"],
    ["a next-line character", "Bob\u0085Reply now"],
    ["digits", "Call 0800123456"],
    ["many words", "Your account will be closed today"],
  ])("greets without a name that carries %s", (_, firstName) => {
    for (const render of [signatureConfirm, signatureReminder]) {
      const { text } = render({ firstName, ...links, lang: "my" });
      expect(greetingOf(text)).toBe("Hello,");
      expect(text.split("\n")[0]).toBe("မင်္ဂလာပါ၊");
      expect(text).not.toContain(firstName);
    }
    const note = signatureAlreadySigned({ firstName, petitionTitle: "Stop the training" }).text;
    expect(greetingOf(note)).toBe("Hello,");
  });
});
