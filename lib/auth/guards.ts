import "server-only";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { getDb } from "../db/get-db";
import { auth } from "./auth";

export type TOrganiser = { id: string; email: string; role: "ORGANISER" | "ADMIN" };

/** The signed-in organiser, "anonymous", or "not-organiser", read from the database every time. */
async function whoIsAsking(): Promise<TOrganiser | "anonymous" | "not-organiser"> {
  const session = await auth();
  if (!session?.user?.email) return "anonymous";
  const user = await getDb().user.findUnique({
    where: { email: session.user.email },
    select: { id: true, email: true, role: true },
  });
  if (!user?.role) return "not-organiser";
  return { id: user.id, email: user.email, role: user.role };
}

/** For organiser pages: anonymous → sign-in page; signed in without a role → 403. */
export async function requireOrganiserPage(role: "ORGANISER" | "ADMIN" = "ORGANISER"): Promise<TOrganiser> {
  const who = await whoIsAsking();
  if (who === "anonymous") redirect("/admin/sign-in");
  if (who === "not-organiser" || (role === "ADMIN" && who.role !== "ADMIN")) forbidden();
  return who;
}

/** For server actions and route handlers: anonymous → 401; signed in without the role → 403. */
export async function requireOrganiser(role: "ORGANISER" | "ADMIN" = "ORGANISER"): Promise<TOrganiser> {
  const who = await whoIsAsking();
  if (who === "anonymous") unauthorized();
  if (who === "not-organiser" || (role === "ADMIN" && who.role !== "ADMIN")) forbidden();
  return who;
}
