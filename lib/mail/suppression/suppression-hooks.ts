import type { PrismaClient } from "../../db/client";
import type { TDeliveryHooks } from "../deliver-outbox";
import { enhancedStatus } from "../smtp-answer";
import { applyMailEvent } from "./apply-mail-event";
import { sentToSuppressed } from "./suppressed-kinds";
import { findSuppression, markSignatures } from "./suppress";
import type { TSuppressionKey } from "./suppression-keys";

/** Delivery consults the suppression list before each send and teaches it from each SMTP answer. */
export function suppressionHooks(db: PrismaClient, keys: TSuppressionKey[]): TDeliveryHooks {
  return {
    suppressed: async (email) => {
      if (sentToSuppressed(email.kind)) return null;
      const entry = await findSuppression(db, keys, email.toAddress);
      // Someone who signed after the address was suppressed is not "opted in" either.
      if (entry && email.signatureId) await markSignatures(db, email.toAddress);
      return entry ? `Not sent: the address is suppressed (${entry.reason.toLowerCase().replace("_", " ")})` : null;
    },
    onAnswer: async (email, failure, answer) => {
      if (failure === "transport" || failure === "row") return;
      await applyMailEvent(db, keys, {
        type: "bounce",
        address: email.toAddress,
        status: enhancedStatus(answer),
        source: "smtp",
        detail: answer,
      });
    },
  };
}
