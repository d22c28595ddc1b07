import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startSmtpSink, type TSunkMail } from "../testing/smtp-sink";
import { createMailTransport } from "./transport";

const PORT = 40_000 + (process.pid % 5000);

// Debian's python3-dkim verifies the signature, its DNS lookup answered by a stub with our test key.
const VERIFY = `
import sys, os, dkim
record = os.environ["DKIM_TXT"].encode()
def dns(name, timeout=5):
    return record if name == b"test2026._domainkey.campaign.example." else None
print("pass" if dkim.verify(sys.stdin.buffer.read(), dnsfunc=dns) else "fail")
`;
const verifyDkim = (raw: string, txt: string) =>
  execFileSync("/usr/bin/python3", ["-c", VERIFY], {
    input: Buffer.from(raw, "latin1"),
    env: { ...process.env, DKIM_TXT: txt },
  })
    .toString()
    .trim();

async function sendTwo(env: Partial<Parameters<typeof createMailTransport>[0]>): Promise<TSunkMail[]> {
  const received: TSunkMail[] = [];
  const sink = await startSmtpSink(PORT, (m) => received.push(m));
  const mail = createMailTransport({
    SMTP_URL: `smtp://127.0.0.1:${PORT}`,
    MAIL_FROM: "Campaign <no-reply@campaign.example>",
    EMBEDDED_DATABASE: false,
    NODE_ENV: "production",
    ...env,
  })!;
  await mail.send({ kind: "organiser-sign-in", to: "organiser@example.org", subject: "Sign in", text: "Your link" });
  await mail.send({
    kind: "campaign-update",
    to: "reader@example.org",
    subject: "News",
    text: "Body",
    headers: { "List-Unsubscribe": "<https://campaign.example/u>" },
  });
  mail.close();
  await sink.close();
  return received;
}

describe("signed, labelled mail", () => {
  it("is DKIM-signed (checked through a stub resolver), labelled by kind, with Reply-To if configured", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const txt = `v=DKIM1; k=rsa; p=${publicKey.export({ format: "der", type: "spki" }).toString("base64")}`;
    const [signIn, update] = await sendTwo({
      MAIL_REPLY_TO: "team@campaign.example",
      DKIM_DOMAIN: "campaign.example",
      DKIM_SELECTOR: "test2026",
      DKIM_PRIVATE_KEY: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    });
    expect(verifyDkim(signIn.raw, txt)).toBe("pass");
    expect(verifyDkim(update.raw, txt)).toBe("pass");
    expect(verifyDkim(signIn.raw.replace("Your link", "Your lunk"), txt)).toBe("fail");
    const otherKey = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey;
    expect(
      verifyDkim(
        signIn.raw,
        `v=DKIM1; k=rsa; p=${otherKey.export({ format: "der", type: "spki" }).toString("base64")}`,
      ),
    ).toBe("fail");
    expect(signIn.headers["message-id"]).toMatch(/^<[0-9a-f-]{36}@campaign\.example>$/);
    expect(signIn.headers["reply-to"]).toBe("team@campaign.example");
    expect(signIn.headers["auto-submitted"]).toBe("auto-generated");
    expect(signIn.headers["list-id"]).toBeUndefined();
    expect(update.headers).toMatchObject({
      "list-id": "Campaign updates <updates.campaign.example>",
      precedence: "bulk",
      "list-unsubscribe": "<https://campaign.example/u>",
    });
    expect(update.headers["auto-submitted"]).toBeUndefined();
  });

  it("without MAIL_REPLY_TO or DKIM settings, no Reply-To and no signature", async () => {
    const [signIn] = await sendTwo({});
    expect(signIn.headers["reply-to"]).toBeUndefined();
    expect(signIn.headers["dkim-signature"]).toBeUndefined();
    expect(signIn.headers["message-id"]).toMatch(/@campaign\.example>$/);
  });
});
