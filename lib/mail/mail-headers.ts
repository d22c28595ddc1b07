/** The domain of MAIL_FROM ("Campaign <no-reply@example.org>" → "example.org"). */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return (
    address
      .slice(address.lastIndexOf("@") + 1)
      .trim()
      .toLowerCase() || "localhost"
  );
}

/**
 * Labels mail programs and auto-responders read: an update is a list message (RFC 2919 List-Id,
 * and Precedence: bulk, which keeps out-of-office replies away); everything else the app sends is
 * generated automatically (RFC 3834 Auto-Submitted), so auto-responders do not answer it either.
 */
export function labelHeaders(kind: string | undefined, domain: string): Record<string, string> {
  if (kind === "campaign-update") return { "List-Id": `Campaign updates <updates.${domain}>`, Precedence: "bulk" };
  return { "Auto-Submitted": "auto-generated" };
}
