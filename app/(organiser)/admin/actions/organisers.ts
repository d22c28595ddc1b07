"use server";

import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { inviteOrganiser, removeOrganiser, ZInvite } from "@/lib/admin/organisers";
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";

export async function inviteOrganiserAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: ZInvite,
      work: async (input, admin) => {
        await inviteOrganiser(getDb(), admin.email, input);
        return `${input.email} can now sign in as ${input.role === "ADMIN" ? "an admin" : "an organiser"}.`;
      },
    },
    formData,
  );
}

export async function removeOrganiserAction(
  email: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: z.object({ email: z.email() }),
      work: async (input, admin) => {
        await removeOrganiser(getDb(), admin.email, input.email);
        return `${input.email} can no longer sign in.`;
      },
    },
    formData,
    { email },
  );
}
