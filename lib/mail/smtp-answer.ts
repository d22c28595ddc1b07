/**
 * What a failed send says about whom (RFC 3463 enhanced status codes, RFC 5321 replies):
 * - `transport`: the connection, our server's greeting or our sender were refused, or "try again
 *   later" (4xx), or no answer at all: nothing about this row; never counts toward its dead letter.
 * - `hard`: the recipient does not exist or is disabled (5.1.x, 5.2.1): the address is suppressed.
 * - `soft`: the mailbox is full or over its limits (5.2.x): counted; suppressed after several.
 * - `policy`: the receiving server refused us on policy (5.7.x: DMARC, reputation): organisers are
 *   alerted and no one is suppressed; it says more about our sending than about the reader, so it
 *   never counts toward a row's dead letter either.
 * - `row`: any other permanent answer to this message: counts toward the row's dead letter.
 */
export type TFailureClass = "transport" | "hard" | "soft" | "policy" | "row";

/** SMTP commands whose refusal concerns the session, not the recipient or the message. */
const SESSION_COMMANDS = new Set(["CONN", "EHLO", "HELO", "STARTTLS", "AUTH", "AUTH PLAIN", "AUTH LOGIN", "MAIL FROM"]);

export function enhancedStatus(text: string): string | null {
  return /\b([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(text)?.[0] ?? null;
}

/** The class of an enhanced status code given by a bounce or a complaint report, or an SMTP answer. */
export function classifyStatus(status: string | null, replyCode?: number): TFailureClass {
  // 5.7.x (policy, DMARC) and 5.1.7/5.1.8 (our sender address) are about us, not the reader.
  if (status?.startsWith("5.7.") || status === "5.1.7" || status === "5.1.8") return "policy";
  if (status?.startsWith("5.1.") || status === "5.2.1") return "hard";
  if (status?.startsWith("5.2.")) return "soft";
  if (status?.startsWith("4.") || (replyCode !== undefined && replyCode < 500)) return "transport";
  return "row";
}

export function classifySmtpFailure(error: unknown): TFailureClass {
  const { responseCode, response, command } = (error ?? {}) as {
    responseCode?: number;
    response?: string;
    command?: string;
  };
  // No reply code: refused connection, timeout, DNS, TLS: the transport, not the row.
  if (typeof responseCode !== "number" || responseCode < 500) return "transport";
  if (command && SESSION_COMMANDS.has(command.toUpperCase())) return "transport";
  return classifyStatus(enhancedStatus(response ?? String((error as Error).message ?? "")), responseCode);
}
