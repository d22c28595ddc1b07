"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TAdminState } from "@/components/admin/admin-state";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireOrganiser } from "@/lib/auth/guards";
import {
  unverifyContact,
  updateCampaignText,
  updateContact,
  updateCountryStatus,
  updateEvidenceItem,
  verifyContact,
  ZCampaignText,
  ZContactEdit,
  ZCountryStatus,
  ZEvidenceEdit,
} from "@/lib/content/edit-content";
import { getDb } from "@/lib/db";
import { saveMessageTemplate } from "@/lib/messages/save-template";
import { purgePageCache } from "@/lib/server/page-cache";
import { parseForm, toState } from "./run-admin-action";

const ZSlug = z.string().regex(/^[a-z0-9-]{1,60}$/);
const ZId = z.string().min(1).max(64);

// Public pages are cached; a saved change must show at once.
function refreshPublicPages(slug?: string) {
  revalidatePath("/");
  revalidatePath("/about");
  revalidatePath("/map.svg");
  if (slug) revalidatePath(`/countries/${slug}`);
  purgePageCache();
}

export async function saveCampaignTextAction(_state: TAdminState, formData: FormData): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await updateCampaignText(getDb(), organiser.email, parseForm(ZCampaignText, formData));
    refreshPublicPages();
    return "Saved. The public pages show it now.";
  });
}

export async function saveCountryStatusAction(
  slug: string,
  _state: TAdminState,
  formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await updateCountryStatus(getDb(), organiser.email, ZSlug.parse(slug), parseForm(ZCountryStatus, formData));
    refreshPublicPages(slug);
    return "Saved. The public pages show it now.";
  });
}

export async function saveContactAction(
  slug: string,
  id: string,
  _state: TAdminState,
  formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await updateContact(getDb(), organiser.email, ZId.parse(id), parseForm(ZContactEdit, formData));
    refreshPublicPages(ZSlug.parse(slug));
    return "Contact saved (still unverified until someone marks it verified).";
  });
}

export async function verifyContactAction(
  slug: string,
  id: string,
  _state: TAdminState,
  _formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await verifyContact(getDb(), organiser.email, ZId.parse(id));
    refreshPublicPages(ZSlug.parse(slug));
    return `Marked verified by ${organiser.email}.`;
  });
}

export async function unverifyContactAction(
  slug: string,
  id: string,
  _state: TAdminState,
  _formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await unverifyContact(getDb(), organiser.email, ZId.parse(id));
    refreshPublicPages(ZSlug.parse(slug));
    return "Marked as not yet verified.";
  });
}

export async function saveEvidenceAction(
  slug: string,
  id: string,
  _state: TAdminState,
  formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    await updateEvidenceItem(getDb(), organiser.email, ZId.parse(id), parseForm(ZEvidenceEdit, formData));
    refreshPublicPages(ZSlug.parse(slug));
    return "Evidence saved.";
  });
}

export async function saveTemplateAction(
  slug: string,
  countryId: string,
  _state: TAdminState,
  formData: FormData,
): Promise<TAdminState> {
  const organiser = await requireOrganiser();
  return toState(async () => {
    const raw = { subject: String(formData.get("subject") ?? ""), body: String(formData.get("body") ?? "") };
    const saved = await saveMessageTemplate(getDb(), ZId.parse(countryId), raw);
    await recordAudit(getDb(), organiser.email, "edit-message-template", countryId, { version: saved.version });
    refreshPublicPages(ZSlug.parse(slug));
    return `Message saved as version ${saved.version}.`;
  });
}
