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
import { reason } from "@/lib/reasons/reason";

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
        return reason("signatureInvalidated");
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
        return reason("signatureErased");
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
          return reason("bulkInvalidationPreview", { count: n });
        }
        revalidatePath("/admin/signatures");
        return reason("bulkInvalidated", { count: n });
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
        return reason("bulkInvalidationUndone", { count: restored.toLocaleString("en-GB") });
      },
    },
    formData,
    { id },
  );
}
