import type { PrismaClient } from "../db/client";

/**
 * May this address sign in to /admin? Addresses in ORGANISER_EMAILS always (they become the first
 * admins); anyone else only while an admin has given them a role.
 */
export async function canSignIn(db: PrismaClient, email: string, organiserEmails: string[]): Promise<boolean> {
  const address = email.trim().toLowerCase();
  if (organiserEmails.includes(address)) return true;
  const user = await db.user.findUnique({ where: { email: address }, select: { role: true } });
  return !!user?.role;
}
