"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TAdminState } from "@/components/admin/admin-state";
import {
  bulkInvalidate,
  eraseSignatureAsOrganiser,
  invalidateSignature,
  undoBulkInvalidation,
  ZBulkInvalidate,
} from "@/lib/admin/signatures-admin";
import { requireOrganiser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { parseForm, toState } from "./run-admin-action";

const ZId = z.string().min(1).max(64);

export async function invalidateSignatureAction(
  id: string,
  _state: TAdminState,
  _formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await invalidateSignature(getDb(), organiser.email, ZId.parse(id));
    revalidatePath("/admin/signatures");
    return "The signature is invalidated and no longer counts.";
  });
}

export async function eraseSignatureAction(id: string, _state: TAdminState, _formData: FormData): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await eraseSignatureAsOrganiser(getDb(), organiser.email, ZId.parse(id));
    revalidatePath("/admin/signatures");
    return "The signer's personal data is erased; a deletion log entry was kept.";
  });
}

// Admins only: it can remove thousands of signatures at once (and be undone).
export async function bulkInvalidateAction(_state: TAdminState, formData: FormData): Promise<TAdminState> {
  const organiser = await requireOrganiser("ADMIN");
  return toState(async () => {
    const result = await bulkInvalidate(getDb(), organiser.email, parseForm(ZBulkInvalidate, formData));
    const n = result.count.toLocaleString("en-GB");
    if (result.step === "preview")
      return `${n} live signatures match. To invalidate them, enter ${n} as the number to confirm and press again.`;
    revalidatePath("/admin/signatures");
    return `${n} signatures invalidated. You can undo this below.`;
  });
}

// Admins only.
export async function undoBulkInvalidationAction(
  batchId: string,
  _state: TAdminState,
  _formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser("ADMIN");
  return toState(async () => {
    const restored = await undoBulkInvalidation(getDb(), organiser.email, ZId.parse(batchId));
    revalidatePath("/admin/signatures");
    return `${restored.toLocaleString("en-GB")} signatures put back to what they were.`;
  });
}
