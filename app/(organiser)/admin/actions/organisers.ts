"use server";

import { z } from "zod";
import type { TAdminState } from "@/components/admin/admin-state";
import { inviteOrganiser, removeOrganiser, ZInvite } from "@/lib/admin/organisers";
import { requireOrganiser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { parseForm, toState } from "./run-admin-action";

export async function inviteOrganiserAction(_state: TAdminState, formData: FormData): Promise<TAdminState> {
  const admin = await requireOrganiser("ADMIN");
  return toState(async () => {
    const input = parseForm(ZInvite, formData);
    await inviteOrganiser(getDb(), admin.email, input);
    return `${input.email} can now sign in as ${input.role === "ADMIN" ? "an admin" : "an organiser"}.`;
  });
}

export async function removeOrganiserAction(
  email: string,
  _state: TAdminState,
  _formData: FormData,
): Promise<TAdminState> {
  const admin = await requireOrganiser("ADMIN");
  return toState(async () => {
    await removeOrganiser(getDb(), admin.email, z.email().parse(email));
    return `${email} can no longer sign in.`;
  });
}
