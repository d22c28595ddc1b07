"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
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
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";
import { saveMessageTemplate } from "@/lib/messages/save-template";
import { purgePageCache } from "@/lib/server/page-cache";

// What every content action is bound to: the country page it changes, and the row.
const ZSlug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, "That is not a country of ours.") });
const ZRow = ZSlug.extend({ id: z.string().min(1).max(64) });

// Public pages and their preview images are cached; a saved change must show at once.
function refreshPublicPages(slug?: string) {
  revalidatePath("/");
  revalidatePath("/opengraph-image");
  revalidatePath("/about");
  revalidatePath("/map.svg");
  // The country's page and preview image. Next names an image route inside a route group
  // opengraph-image-<hash>, which no literal address reaches, so the pattern refreshes every
  // country's page and image (each redrawn on its next request).
  if (slug) revalidatePath("/(public)/countries/[slug]", "layout");
  purgePageCache();
}

const SAVED = "Saved. The public pages show it now.";

export async function saveCampaignTextAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZCampaignText,
      work: async (input, organiser) => {
        await updateCampaignText(getDb(), organiser.email, input);
        refreshPublicPages();
        return SAVED;
      },
    },
    formData,
  );
}

export async function saveCountryStatusAction(
  slug: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: z.intersection(ZCountryStatus, ZSlug),
      work: async ({ slug, ...status }, organiser) => {
        await updateCountryStatus(getDb(), organiser.email, slug, status);
        refreshPublicPages(slug);
        return SAVED;
      },
    },
    formData,
    { slug },
  );
}

export async function saveContactAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZContactEdit.extend(ZRow.shape),
      work: async ({ slug, id, ...edit }, organiser) => {
        await updateContact(getDb(), organiser.email, id, edit);
        refreshPublicPages(slug);
        return "Contact saved (still unverified until someone marks it verified).";
      },
    },
    formData,
    { slug, id },
  );
}

export async function verifyContactAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZRow,
      work: async (input, organiser) => {
        await verifyContact(getDb(), organiser.email, input.id);
        refreshPublicPages(input.slug);
        return `Marked verified by ${organiser.email}.`;
      },
    },
    formData,
    { slug, id },
  );
}

export async function unverifyContactAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZRow,
      work: async (input, organiser) => {
        await unverifyContact(getDb(), organiser.email, input.id);
        refreshPublicPages(input.slug);
        return "Marked as not yet verified.";
      },
    },
    formData,
    { slug, id },
  );
}

export async function saveEvidenceAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZEvidenceEdit.extend(ZRow.shape),
      work: async ({ slug, id, ...edit }, organiser) => {
        await updateEvidenceItem(getDb(), organiser.email, id, edit);
        refreshPublicPages(slug);
        return "Evidence saved.";
      },
    },
    formData,
    { slug, id },
  );
}

export async function saveTemplateAction(
  slug: string,
  countryId: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      // The template's own rules (merge fields included) are checked where it is saved.
      schema: ZRow.extend({ subject: z.string().default(""), body: z.string().default("") }),
      work: async (input, organiser) => {
        const saved = await saveMessageTemplate(getDb(), input.id, { subject: input.subject, body: input.body });
        await recordAudit(getDb(), organiser.email, "edit-message-template", input.id, { version: saved.version });
        refreshPublicPages(input.slug);
        return `Message saved as version ${saved.version}.`;
      },
    },
    formData,
    { slug, id: countryId },
  );
}
