"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import type { TFormState } from "@/lib/forms/form-state";
import { createUpdate, editUpdate } from "@/lib/updates/drafts";
import { sendTestCopy, setPaused, startSending } from "@/lib/updates/sending";
import { ZUpdateDraft } from "@/lib/updates/update-input";
import { reason, zodReason } from "@/lib/reasons/reason";

const ZId = z.object({ id: z.string().min(1).max(64) });
const ZStart = ZId.extend({
  confirmCount: z
    .string()
    .transform((v) => v.replace(/[\s,]/g, ""))
    .pipe(
      z
        .string()
        .regex(/^\d{1,9}$/, zodReason("updateConfirmCountMissing"))
        .transform(Number),
    ),
});

export async function createUpdateAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZUpdateDraft,
      work: async (input, organiser) => {
        const id = await createUpdate(getDb(), organiser.email, input);
        redirect(`/admin/updates/${id}`);
      },
    },
    formData,
  );
}

export async function editUpdateAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZUpdateDraft.extend(ZId.shape),
      work: async ({ id, ...input }, organiser) => {
        await editUpdate(getDb(), organiser.email, id, input);
        revalidatePath(`/admin/updates/${id}`);
        return reason("updateSaved");
      },
    },
    formData,
    { id },
  );
}

export async function sendTestUpdateAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZId,
      work: async (input, organiser) => {
        await sendTestCopy(getDb(), organiser.email, input.id, getEnv().APP_URL);
        return reason("updateTestSent", { email: organiser.email });
      },
    },
    formData,
    { id },
  );
}

export async function startUpdateAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: ZStart,
      work: async (input, organiser) => {
        await startSending(getDb(), organiser.email, input.id, input.confirmCount, Date.now());
        revalidatePath(`/admin/updates/${input.id}`);
        revalidatePath("/admin/updates");
        return reason("updateStarted");
      },
    },
    formData,
    { id },
  );
}

export async function pauseUpdateAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZId,
      work: async (input, organiser) => {
        await setPaused(getDb(), organiser.email, input.id, true, Date.now());
        revalidatePath(`/admin/updates/${input.id}`);
        return reason("updatePaused");
      },
    },
    formData,
    { id },
  );
}

export async function resumeUpdateAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: ZId,
      work: async (input, organiser) => {
        await setPaused(getDb(), organiser.email, input.id, false, Date.now());
        revalidatePath(`/admin/updates/${input.id}`);
        return reason("updateResumed");
      },
    },
    formData,
    { id },
  );
}
