"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";
import { discardDeadLetter, retryDeadLetter } from "@/lib/mail/dead-letters";
import { reason } from "@/lib/reasons/reason";

const ZId = z.object({ id: z.uuid() });

export async function retryDeadLetterAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZId,
      work: async (input, organiser) => {
        await retryDeadLetter(getDb(), organiser.email, input.id);
        revalidatePath("/admin");
        return reason("deadLetterRequeued");
      },
    },
    formData,
    { id },
  );
}

export async function discardDeadLetterAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZId,
      work: async (input, organiser) => {
        await discardDeadLetter(getDb(), organiser.email, input.id);
        revalidatePath("/admin");
        return reason("deadLetterDiscarded");
      },
    },
    formData,
    { id },
  );
}
