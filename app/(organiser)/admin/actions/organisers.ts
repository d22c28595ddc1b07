"use server";

import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { inviteOrganiser, removeOrganiser, ZInvite } from "@/lib/admin/organisers";
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";
import { reason } from "@/lib/reasons/reason";

export async function inviteOrganiserAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: ZInvite,
      work: async (input, admin) => {
        await inviteOrganiser(getDb(), admin.email, input);
        return reason(input.role === "ADMIN" ? "adminInvited" : "organiserInvited", { email: input.email });
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
        return reason("organiserRemoved", { email: input.email });
      },
    },
    formData,
    { email },
  );
}
