import type { TActionChannel } from "@/lib/letters/action-channels";

/** The server's count, or its words on why not (empty when it gave none: the composer says its own). */
export type TRecordResult = { count: number } | { error: string };

/**
 * Tells the server a channel was used. keepalive lets the request finish when the click also
 * leaves the page (mail links). UTM tags come from the address the supporter arrived at.
 */
export async function postAction(country: string, contactId: string, channel: TActionChannel): Promise<TRecordResult> {
  const params = new URLSearchParams(window.location.search);
  const tag = (name: string) => params.get(name)?.slice(0, 100) || undefined;
  try {
    const response = await fetch("/api/actions", {
      method: "POST",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        country,
        contactId,
        channel,
        sourcePath: window.location.pathname.slice(0, 300),
        utmSource: tag("utm_source"),
        utmMedium: tag("utm_medium"),
        utmCampaign: tag("utm_campaign"),
        // Set by the partner embed's link here; the server keeps it only if it is a listed partner.
        embedOrigin: params.get("origin")?.slice(0, 300) || undefined,
      }),
    });
    const json = (await response.json()) as { count?: number; error?: { message: string } };
    if (response.ok && typeof json.count === "number") return { count: json.count };
    return { error: json.error?.message ?? "" };
  } catch {
    return { error: "" };
  }
}
