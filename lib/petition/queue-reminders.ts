import type { PrismaClient } from "../db/client";
import type { TLinkSettings } from "../mail/link-tokens";
import { getPetition } from "./petition";
import { queueConfirmation } from "./sign-petition";

// After one day, then after three more days; never more than two reminders.
const REMINDER_AFTER_MS = [86_400_000, 4 * 86_400_000];

/** Queues reminder emails for signatures still unconfirmed. Returns how many were queued. */
export async function queueReminders(db: PrismaClient, links: TLinkSettings, now = Date.now()): Promise<number> {
  const petition = await getPetition(db);
  let queued = 0;
  for (const [round, after] of REMINDER_AFTER_MS.entries()) {
    const due = await db.signature.findMany({
      where: {
        petitionId: petition.id,
        status: "PENDING",
        remindersSent: round,
        createdAt: { lte: new Date(now - after) },
        // One email a day at most, whatever sent the last (a re-sent confirmation counts).
        OR: [{ lastEmailedAt: null }, { lastEmailedAt: { lte: new Date(now - 86_400_000) } }],
      },
      select: { id: true },
      take: 100,
    });
    for (const { id } of due) {
      await db.$transaction(async (tx) => {
        // Re-checked under a row lock: another worker may have queued this reminder already.
        const [row] = await tx.$queryRaw<{ email: string; firstName: string; sourcePath: string | null }[]>`
          SELECT "email", "firstName", "sourcePath" FROM "Signature"
          WHERE "id" = ${id} AND "status" = 'PENDING' AND "remindersSent" = ${round} FOR UPDATE SKIP LOCKED`;
        if (!row) return;
        await queueConfirmation(
          tx,
          { id, email: row.email, firstName: row.firstName, sourcePath: row.sourcePath },
          petition.title,
          links,
          now,
          "reminder",
        );
        queued++;
      });
    }
  }
  return queued;
}
