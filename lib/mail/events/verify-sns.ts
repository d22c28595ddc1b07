import { createVerify } from "node:crypto";
import { z } from "zod";

export const ZSnsMessage = z.object({
  Type: z.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string().max(200),
  TopicArn: z.string().max(300),
  Subject: z.string().max(500).optional(),
  Message: z.string().max(200_000),
  Timestamp: z.string().max(100),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().max(2000),
  SigningCertURL: z.string().max(500),
  SubscribeURL: z.string().max(2000).optional(),
  Token: z.string().max(2000).optional(),
});
export type TSnsMessage = z.infer<typeof ZSnsMessage>;

// Only Amazon SNS's own hosts (sns.<region>.amazonaws.com, and the China partition's) over https:
// a signature is only as good as the certificate, and a message names where to fetch it.
const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

export function isSnsUrl(value: string, pathPattern?: RegExp): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === "https:" &&
    SNS_HOST.test(url.hostname) &&
    url.port === "" &&
    !url.username &&
    (!pathPattern || pathPattern.test(url.pathname))
  );
}

/** The text SNS signs: named fields as "Name\nvalue\n", in its documented order, by message type. */
export function snsStringToSign(message: TSnsMessage): string {
  const fields =
    message.Type === "Notification"
      ? (["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"] as const)
      : (["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"] as const);
  return fields
    .filter((field) => message[field] !== undefined)
    .map((field) => `${field}\n${message[field]}\n`)
    .join("");
}

/**
 * Whether the message was signed by the holder of the certificate at its SigningCertURL (allowlisted
 * host; fetched through `fetchCertificate`, injectable so tests sign with a key of their own).
 */
export async function verifySnsMessage(
  message: TSnsMessage,
  fetchCertificate: (url: string) => Promise<string>,
): Promise<boolean> {
  if (!isSnsUrl(message.SigningCertURL, /\.pem$/)) return false;
  const certificate = await fetchCertificate(message.SigningCertURL);
  const verifier = createVerify(message.SignatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256");
  verifier.update(snsStringToSign(message), "utf8");
  try {
    return verifier.verify(certificate, message.Signature, "base64");
  } catch {
    return false;
  }
}
