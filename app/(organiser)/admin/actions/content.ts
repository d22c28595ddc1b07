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
import type { TOrganiser } from "@/lib/auth/guards";
import type { PrismaClient } from "@/lib/db/client";
import { getDb } from "@/lib/db/get-db";
import type { TFormState } from "@/lib/forms/form-state";
import { editLetter, setLetterRetired } from "@/lib/letters/save-template";
import { refreshPublicPages } from "@/lib/content/refresh-public-pages";
import { reason, type TReason, type TReasonCode, zodReason } from "@/lib/reasons/reason";

// What every content action is bound to: the country page it changes, and the row.
const ZSlug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, zodReason("notACountryOfOurs")) });
const ZRow = ZSlug.extend({ id: z.string().min(1).max(64) });

const SAVED = reason("savedPublic");

type TEdited = { done: TReason; refresh?: string };

/**
 * Every content form, one way: an organiser's, checked first (runFormAction), with the values bound
 * to the action parsed with the form; the change made (and audited) by lib/content; the public pages
 * it touches redrawn (one country's, or all when `refresh` is absent); the words to show returned.
 */
function editContent<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  bound: Record<string, string> | undefined,
  edit: (input: z.output<S>, organiser: TOrganiser, db: PrismaClient) => Promise<TEdited>,
) {
  return runFormAction(
    {
      who: "organiser",
      schema,
      work: async (input, organiser) => {
        const { done, refresh } = await edit(input, organiser, getDb());
        refreshPublicPages(refresh);
        return done;
      },
    },
    formData,
    bound,
  );
}

type TAdd<I> = (db: PrismaClient, by: string, slug: string, input: I) => Promise<unknown>;

/** The "add to a country" forms: the bound slug checked with the form, the rest the schema's own. */
function addToCountry<S extends z.ZodObject>(
  slug: string,
  formData: FormData,
  schema: S,
  add: TAdd<z.output<S>>,
  done: TReasonCode,
) {
  return editContent(formData, schema.extend(ZSlug.shape), { slug }, async (parsed, organiser, db) => {
    const { slug: checked, ...input } = parsed as { slug: string } & z.output<S>;
    await add(db, organiser.email, checked, input as z.output<S>);
    return { done: reason(done), refresh: checked };
  });
}

export async function saveCampaignTextAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return editContent(formData, ZCampaignText, undefined, async (input, organiser, db) => {
    await updateCampaignText(db, organiser.email, input);
    return { done: SAVED };
  });
}

export async function saveCountryStatusAction(
  slug: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return editContent(
    formData,
    z.intersection(ZCountryStatus, ZSlug),
    { slug },
    async ({ slug, ...status }, organiser, db) => {
      await updateCountryStatus(db, organiser.email, slug, status);
      return { done: SAVED, refresh: slug };
    },
  );
}

export async function saveContactAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return editContent(
    formData,
    ZContactEdit.extend(ZRow.shape),
    { slug, id },
    async ({ slug, id, ...edit }, organiser, db) => {
      await updateContact(db, organiser.email, id, edit);
      return { done: reason("contactSaved"), refresh: slug };
    },
  );
}

export async function verifyContactAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return editContent(formData, ZRow, { slug, id }, async (input, organiser, db) => {
    await verifyContact(db, organiser.email, input.id);
    return { done: reason("contactVerified", { by: organiser.email }), refresh: input.slug };
  });
}

export async function unverifyContactAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return editContent(formData, ZRow, { slug, id }, async (input, organiser, db) => {
    await unverifyContact(db, organiser.email, input.id);
    return { done: reason("contactUnverified"), refresh: input.slug };
  });
}

export async function saveEvidenceAction(
  slug: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return editContent(
    formData,
    ZEvidenceEdit.extend(ZRow.shape),
    { slug, id },
    async ({ slug, id, ...edit }, organiser, db) => {
      await updateEvidenceItem(db, organiser.email, id, edit);
      return { done: reason("evidenceSaved"), refresh: slug };
    },
  );
}

// The letter's own rules (merge fields included) are checked where it is saved.
const ZLetter = z.object({ subject: z.string().default(""), body: z.string().default("") });
const ZLetterRow = ZRow.extend({ countryId: z.string().min(1).max(64) });

export async function saveLetterAction(
  slug: string,
  countryId: string,
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  const schema = ZLetter.extend(ZLetterRow.shape);
  return editContent(
    formData,
    schema,
    { slug, countryId, id },
    async ({ slug, countryId, id, ...letter }, organiser, db) => {
      const saved = await editLetter(db, organiser.email, countryId, id, letter);
      return { done: reason("letterSaved", { version: saved.version }), refresh: slug };
    },
  );
}

export async function addLetterAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(slug, formData, ZLetter, addCountryLetter, "letterAdded");
}

export async function setLetterRetiredAction(
  slug: string,
  countryId: string,
  id: string,
  retired: boolean,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  const schema = ZLetterRow.extend({ retired: z.enum(["retire", "restore"]).transform((v) => v === "retire") });
  const bound = { slug, countryId, id, retired: retired ? "retire" : "restore" };
  return editContent(formData, schema, bound, async (input, organiser, db) => {
    await setLetterRetired(db, organiser.email, input.countryId, input.id, input.retired);
    const done = input.retired ? reason("letterRetired") : reason("letterRestored");
    return { done, refresh: input.slug };
  });
}

export async function addCountryAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return editContent(formData, ZNewCountry, undefined, async (input, organiser, db) => {
    const country = await addCountry(db, organiser.email, input);
    const page = `/countries/${country.slug}`;
    return {
      done: reason("countryAdded", { name: country.name, page }),
      refresh: country.slug,
    };
  });
}

export async function addEvidenceAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(slug, formData, ZNewEvidence, addEvidence, "evidenceAdded");
}

export async function addContactAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(slug, formData, ZNewContact, addContact, "contactAdded");
}

export async function addUpdateAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return addToCountry(slug, formData, ZNewUpdate, addUpdate, "countryUpdateAdded");
}
