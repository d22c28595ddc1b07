"use server";

import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
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
import {
  addContact,
  addCountry,
  addCountryLetter,
  addEvidence,
  addUpdate,
  ZNewContact,
  ZNewCountry,
  ZNewEvidence,
  ZNewUpdate,
} from "@/lib/content/add-content";
import type { PrismaClient } from "@/lib/db/client";
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";
import { editLetter, setLetterRetired } from "@/lib/messages/save-template";
import { refreshPublicPages } from "@/lib/content/refresh-public-pages";

// What every content action is bound to: the country page it changes, and the row.
const ZSlug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, "That is not a country of ours.") });
const ZRow = ZSlug.extend({ id: z.string().min(1).max(64) });

const SAVED = "Saved. The public pages show it now.";

type TAdd<I> = (db: PrismaClient, by: string, slug: string, input: I) => Promise<unknown>;

/** The "add to a country" forms: an organiser's, checked first; the addition audited; the page redrawn. */
function addToCountry<S extends z.ZodObject>(
  slug: string,
  formData: FormData,
  schema: S,
  add: TAdd<z.output<S>>,
  done: string,
) {
  return runFormAction(
    {
      who: "organiser",
      schema: schema.extend(ZSlug.shape),
      work: async (parsed, organiser) => {
        // The bound slug was checked with the form (ZSlug); the rest is the schema's own output.
        const { slug: checked, ...input } = parsed as { slug: string } & z.output<S>;
        await add(getDb(), organiser.email, checked, input as z.output<S>);
        refreshPublicPages(checked);
        return done;
      },
    },
    formData,
    { slug },
  );
}

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

// The letter's own rules (merge fields included) are checked where it is saved.
const ZLetter = z.object({ subject: z.string().default(""), body: z.string().default("") });

export async function saveLetterAction(
  slug: string,
  countryId: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZLetter.extend(ZRow.shape).extend({ countryId: z.string().min(1).max(64) }),
      work: async ({ slug, countryId, id, ...letter }, organiser) => {
        const saved = await editLetter(getDb(), organiser.email, countryId, id, letter);
        refreshPublicPages(slug);
        return `Letter saved as version ${saved.version}.`;
      },
    },
    formData,
    { slug, countryId, id },
  );
}

export async function addLetterAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(slug, formData, ZLetter, addCountryLetter, "Letter added: visitors may now be offered it.");
}

export async function setLetterRetiredAction(
  slug: string,
  countryId: string,
  id: string,
  retired: boolean,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZRow.extend({
        countryId: z.string().min(1).max(64),
        retired: z.enum(["retire", "restore"]).transform((v) => v === "retire"),
      }),
      work: async (input, organiser) => {
        await setLetterRetired(getDb(), organiser.email, input.countryId, input.id, input.retired);
        refreshPublicPages(input.slug);
        return input.retired ? "Retired: no longer offered to visitors." : "Offered to visitors again.";
      },
    },
    formData,
    { slug, countryId, id, retired: retired ? "retire" : "restore" },
  );
}

export async function addCountryAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZNewCountry,
      work: async (input, organiser) => {
        const country = await addCountry(getDb(), organiser.email, input);
        refreshPublicPages(country.slug);
        return (
          `${country.name} added: its page is /countries/${country.slug}. ` +
          "Add its evidence, a contact and a letter below."
        );
      },
    },
    formData,
  );
}

export async function addEvidenceAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(slug, formData, ZNewEvidence, addEvidence, "Evidence added.");
}

export async function addContactAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(
    slug,
    formData,
    ZNewContact,
    addContact,
    "Contact added, marked not yet verified until someone checks it against its sources.",
  );
}

export async function addUpdateAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(
    slug,
    formData,
    ZNewUpdate,
    addUpdate,
    "Update added to the country's timeline and the home page.",
  );
}
