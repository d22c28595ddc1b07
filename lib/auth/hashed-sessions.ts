import type { Adapter } from "next-auth/adapters";
import { hashToken } from "../crypto/tokens";

/**
 * Auth.js's database sessions, stored as the SHA-256 of their token: the cookie holds the token, the
 * Session table its hash, so a copy of the database (a backup, a read-only replica) holds no live
 * organiser session, as it holds no live emailed link. Sessions made before this are no longer found:
 * their organisers sign in again.
 */
export function withHashedSessions(adapter: Adapter): Adapter {
  const { createSession, getSessionAndUser, updateSession, deleteSession } = adapter;
  if (!createSession || !getSessionAndUser || !updateSession || !deleteSession) {
    throw new Error("The adapter has no database sessions to hash");
  }
  return {
    ...adapter,
    async createSession(session) {
      const row = await createSession({ ...session, sessionToken: hashToken(session.sessionToken) });
      return { ...row, sessionToken: session.sessionToken };
    },
    async getSessionAndUser(sessionToken) {
      const found = await getSessionAndUser(hashToken(sessionToken));
      return found && { ...found, session: { ...found.session, sessionToken } };
    },
    async updateSession(session) {
      const row = await updateSession({ ...session, sessionToken: hashToken(session.sessionToken) });
      return row && { ...row, sessionToken: session.sessionToken };
    },
    async deleteSession(sessionToken) {
      await deleteSession(hashToken(sessionToken));
    },
  };
}
