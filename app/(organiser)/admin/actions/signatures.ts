"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TAdminState } from "@/components/admin/admin-state";
import { bulkInvalidate, eraseSignatureAsOrganiser, invalidateSignature, ZBulkInvalidate } from "@/lib/admin/signatures-admin";
import { requireOrganiser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { parseForm, toState } from "./run-admin-action";

const ZId = z.string().min(1).max(64);

export async function invalidateSignatureAction(id: string, _state: TAdminState, _formData: FormData): Promise<TAdminState> {
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

export async function bulkInvalidateAction(_state: TAdminState, formData: FormData): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    const count = await bulkInvalidate(getDb(), organiser.email, parseForm(ZBulkInvalidate, formData));
    return `${count.toLocaleString("en-GB")} signatures invalidated.`;
  });
}
