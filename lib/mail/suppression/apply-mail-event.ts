import type { PrismaClient } from "../../db/client";
import { classifyStatus } from "../smtp-answer";
import { recordSoftBounce, suppressAddress } from "./suppress";
import type { TSuppressionKey } from "./suppression-keys";

/** A bounce or complaint as a provider (or our own SMTP session) reports it. */
export type TMailEvent = {
  type: "bounce" | "complaint";
  address: string;
  /** The enhanced status code (RFC 3463) when the report gives one, e.g. "5.1.1". */
  status: string | null;
  /** Bounces only: whether the provider calls it permanent, when it gives no usable status. */
  permanent?: boolean;
  source: "ses" | "sendgrid" | "smtp";
  detail?: string;
};

export type TEventEffect = "suppressed" | "soft-bounce" | "alerted" | "ignored";

/**
 * One rule for every source: a complaint or a hard bounce (5.1.x, 5.2.1) suppresses the address; soft
 * bounces (5.2.x) suppress after several within a window; a policy refusal (5.7.x: DMARC, reputation)
 * alerts the organisers and suppresses no one. Alerts name the recipient's domain, never the address.
 */
export async function applyMailEvent(
  db: PrismaClient,
  keys: TSuppressionKey[],
  event: TMailEvent,
  now = Date.now(),
): Promise<TEventEffect> {
  if (event.type === "complaint") {
    await suppressAddress(db, keys, event.address, { reason: "COMPLAINT", source: event.source }, now);
    return "suppressed";
  }
  let kind = classifyStatus(event.status);
  if (kind === "row" && event.permanent !== undefined) kind = event.permanent ? "hard" : "soft";
  if (kind === "hard") {
    await suppressAddress(
      db,
      keys,
      event.address,
      { reason: "HARD_BOUNCE", source: event.source, status: event.status },
      now,
    );
    return "suppressed";
  }
  if (kind === "soft") {
    await recordSoftBounce(db, keys, event.address, event.source, event.status, now);
    return "soft-bounce";
  }
  if (kind === "policy") {
    await db.mailAlert.create({
      data: {
        at: new Date(now),
        source: event.source,
        status: event.status ?? "",
        detail: `Refused on policy by ${event.address.split("@").pop() ?? "?"}: ${(event.detail ?? "").slice(0, 300)}`,
      },
    });
    return "alerted";
  }
  return "ignored";
}
