import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { zodReason } from "../reasons/reason";

export const ZInvite = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email(zodReason("organiserEmailInvalid"))),
  role: z.enum(["ORGANISER", "ADMIN"], { error: zodReason("organiserRoleMissing") }),
});

/** Lets a person sign in as an organiser (or changes their role). */
export async function inviteOrganiser(db: PrismaClient, actor: string, input: z.infer<typeof ZInvite>) {
  await db.user.upsert({
    where: { email: input.email },
    create: { email: input.email, role: input.role, invitedBy: actor },
    update: { role: input.role, invitedBy: actor },
  });
  await recordAudit(db, actor, "invite-organiser", input.email, { role: input.role });
}

/** Takes a person's role away and ends their sessions at once. */
export async function removeOrganiser(db: PrismaClient, actor: string, email: string) {
  if (email === actor) throw new AppError("INVALID_INPUT", "cannotRemoveSelf");
  const user = await db.user.findUnique({ where: { email } });
  if (!user?.role) throw new AppError("NOT_FOUND", "notAnOrganiser");
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { role: null } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
  await recordAudit(db, actor, "remove-organiser", email);
}

/** Everyone who may sign in to the organiser area, with their role. */
export function listOrganisers(db: PrismaClient) {
  return db.user.findMany({
    where: { role: { not: null } },
    orderBy: { email: "asc" },
    select: { email: true, role: true },
  });
}
