import type { PrismaClient } from "../db/client";
import type { OutboxBody } from "../generated/prisma/client";
import { linkSlot, linkToken, type TLinkSettings } from "../mail/link-tokens";
import { renderEmail } from "../mail/templates";
import { emailLang, pagesPrefix } from "./email-language";
import { getPetition } from "./petition";

// A new signer's confirmation email is written without its text: the worker renders it when it
// sends it (issue 16: a kilobyte less per signature to write at a peak, and no working link kept in
// the outbox meanwhile). Its two links' tokens are HMACs of the email's id under AUTH_SECRET, as every
// emailed link's are (lib/mail/link-tokens.ts), so the worker can make them again; the signature's
// token rows keep only their SHA-256. Rotating AUTH_SECRET voids links not yet sent.

export function confirmationTokens(secret: string, emailId: string): { confirm: string; remove: string } {
  return {
    confirm: linkToken(secret, "signature-confirm", emailId),
    remove: linkToken(secret, "signature-remove", emailId),
  };
}

type TOutboxRow = { id: string; kind: string; text: string; body: OutboxBody; signatureId?: string | null };

/** Fills in the text of claimed confirmation emails written without it, in place (links as slots, filled next). */
export async function renderDeferredConfirmations(
  db: PrismaClient,
  emails: TOutboxRow[],
  links: TLinkSettings,
): Promise<void> {
  const deferred = emails.filter((e) => e.kind === "signature-confirm" && e.body === "RENDER_AT_SEND" && e.signatureId);
  if (!deferred.length) return;
  const petition = await getPetition(db);
  const signers = await db.signature.findMany({
    where: { id: { in: deferred.map((e) => e.signatureId!) } },
    select: { id: true, firstName: true, sourcePath: true, status: true },
  });
  const byId = new Map(signers.map((s) => [s.id, s]));
  for (const email of deferred) {
    const signer = byId.get(email.signatureId!);
    // Erased, deleted, confirmed or invalidated since it was queued: there is nothing to send, and
    // the body stays unrendered (the worker sends only a READY body).
    if (signer?.status !== "PENDING") continue;
    const pages = `${links.appUrl}${pagesPrefix(signer.sourcePath)}`;
    email.text = renderEmail("signature-confirm", {
      firstName: signer.firstName ?? "",
      petitionTitle: petition.title,
      confirmUrl: `${pages}/petition/confirm/${linkSlot("signature-confirm")}`,
      removeUrl: `${pages}/petition/remove/${linkSlot("signature-remove")}`,
      ...emailLang(signer.sourcePath),
    }).text;
    email.body = "READY";
  }
}
