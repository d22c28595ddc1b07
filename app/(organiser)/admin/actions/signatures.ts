"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import {
  bulkInvalidate,
  eraseSignatureAsOrganiser,
  invalidateSignature,
  undoBulkInvalidation,
  ZBulkInvalidate,
} from "@/lib/admin/signatures-admin";
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";

const ZId = z.object({ id: z.string().min(1).max(64) });

export async function invalidateSignatureAction(
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZId,
      work: async (input, organiser) => {
        await invalidateSignature(getDb(), organiser.email, input.id);
        revalidatePath("/admin/signatures");
        return "The signature is invalidated and no longer counts.";
      },
    },
    formData,
    { id },
  );
}

export async function eraseSignatureAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZId,
      work: async (input, organiser) => {
        await eraseSignatureAsOrganiser(getDb(), organiser.email, input.id);
        revalidatePath("/admin/signatures");
        return "The signer's personal data is erased; a deletion log entry was kept.";
      },
    },
    formData,
    { id },
  );
}

// Admins only: it can remove thousands of signatures at once (and be undone).
export async function bulkInvalidateAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: ZBulkInvalidate,
      work: async (input, admin) => {
        const result = await bulkInvalidate(getDb(), admin.email, input);
        const n = result.count.toLocaleString("en-GB");
        if (result.step === "preview") {
          return `${n} live signatures match. To invalidate them, enter ${n} as the number to confirm and press again.`;
        }
        revalidatePath("/admin/signatures");
        return `${n} signatures invalidated. You can undo this below.`;
      },
    },
    formData,
  );
}

export async function undoBulkInvalidationAction(
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: ZId,
      work: async (input, admin) => {
        const restored = await undoBulkInvalidation(getDb(), admin.email, input.id);
        revalidatePath("/admin/signatures");
        return `${restored.toLocaleString("en-GB")} signatures put back to what they were.`;
      },
    },
    formData,
    { id },
  );
}
