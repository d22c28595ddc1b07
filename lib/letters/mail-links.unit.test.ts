import { describe, expect, it } from "vitest";
import { BLNS } from "../testing/blns";
import { buildEmailLinks, buildGmailUrl, buildMailto, buildOutlookUrl, MAX_MAIL_LINK_LENGTH } from "./mail-links";

const draft = { to: "vanphong@vietnamembassy.org.uk", subject: "Tom & Jerry #1?", body: "Line one\nLine 2 = 100%" };

describe("email links", () => {
  it("encodes a mailto link per RFC 6068, with CRLF line breaks", () => {
    expect(buildMailto(draft)).toBe(
      "mailto:vanphong@vietnamembassy.org.uk?subject=Tom%20%26%20Jerry%20%231%3F" +
        "&body=Line%20one%0D%0ALine%202%20%3D%20100%25",
    );
  });

  it("builds Gmail and Outlook web compose links", () => {
    expect(buildGmailUrl(draft)).toBe(
      "https://mail.google.com/mail/?view=cm&fs=1&to=vanphong%40vietnamembassy.org.uk" +
        "&su=Tom%20%26%20Jerry%20%231%3F&body=Line%20one%0ALine%202%20%3D%20100%25",
    );
    expect(buildOutlookUrl(draft)).toBe(
      "https://outlook.live.com/mail/0/deeplink/compose?to=vanphong%40vietnamembassy.org.uk" +
        "&subject=Tom%20%26%20Jerry%20%231%3F&body=Line%20one%0ALine%202%20%3D%20100%25",
    );
  });

  it("carries non-Latin scripts and emoji as UTF-8", () => {
    const link = buildMailto({ to: "a@b.org", subject: "ミャンマー", body: "Xin chào 👋" });
    expect(link).toBe(
      "mailto:a@b.org?subject=%E3%83%9F%E3%83%A3%E3%83%B3%E3%83%9E%E3%83%BC&body=Xin%20ch%C3%A0o%20%F0%9F%91%8B",
    );
  });

  it("keeps several addresses in one To field", () => {
    expect(buildMailto({ to: "emb_gb@mfa.gov.ua,office@ukremb.org.uk", subject: "s", body: "b" })).toBe(
      "mailto:emb_gb@mfa.gov.ua%2Coffice@ukremb.org.uk?subject=s&body=b",
    );
  });

  it("round-trips every hostile string, replacing only broken surrogate halves", () => {
    for (const text of [...BLNS, "half an emoji \ud83d"]) {
      const url = new URL(buildMailto({ to: "a@b.org", subject: text, body: text }));
      const params = new URLSearchParams(url.search.replace(/\+/g, "%2B"));
      expect(params.get("subject")).toBe(text.toWellFormed());
      expect(params.get("body")).toBe(text.toWellFormed().replace(/\r\n|\r|\n/g, "\r\n"));
    }
  });

  it("offers an empty email instead of a link that mail programs would cut short", () => {
    const short = buildEmailLinks({ ...draft, body: "x".repeat(1000) });
    expect(short.tooLong).toBe(false);
    const long = buildEmailLinks({ ...draft, body: "é".repeat(400) });
    expect(long.tooLong).toBe(true);
    expect(long.emptyMailto).toBe("mailto:vanphong@vietnamembassy.org.uk");
    const edge = buildEmailLinks({ to: "a@b.org", subject: "", body: "x".repeat(MAX_MAIL_LINK_LENGTH) });
    expect(edge.tooLong).toBe(true);
  });
});
