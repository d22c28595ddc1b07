"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/form-action";
import { getDb } from "@/lib/db/get-db";
import { cancelDeclaration, completeDeclaration } from "@/lib/donations/donations-admin";
import { eraseDonor } from "@/lib/donations/erase-donor";
import { createGiftAidClaim, ZNewGiftAidClaim } from "@/lib/donations/gift-aid-claims";
import { ZDeclarationFields } from "@/lib/donations/gift-aid-declaration";
import { getEnv } from "@/lib/env";
import type { TFormState } from "@/lib/forms/form-state";
import { getRedis } from "@/lib/redis/get-redis";

const ZId = z.object({ id: z.string().min(1).max(64) });

// Organisers: claims the period's gifts under a reference and opens the claim, whose schedule is
// downloaded from there (as often as needed: the gifts are claimed once, here).
export async function createGiftAidClaimAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZNewGiftAidClaim,
      work: async (input, organiser) => {
        const claim = await createGiftAidClaim(getDb(), organiser.email, input);
        revalidatePath("/admin/donations/gift-aid");
        redirect(`/admin/donations/gift-aid/${claim.id}`);
      },
    },
    formData,
  );
}

export async function completeDeclarationAction(
  id: string,
  _state: TFormState,
  formData: FormData,
): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: z.intersection(ZId, ZDeclarationFields),
      work: async ({ id: donationId, ...declaration }, organiser) => {
        await completeDeclaration(getDb(), organiser.email, donationId, declaration);
        revalidatePath(`/admin/donations/${donationId}`);
        return "The declaration is complete: its gifts can be claimed.";
      },
    },
    formData,
    { id },
  );
}

export async function cancelDeclarationAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "organiser",
      schema: ZId,
      work: async (input, organiser) => {
        await cancelDeclaration(getDb(), organiser.email, input.id);
        revalidatePath(`/admin/donations/${input.id}`);
        return "The declaration is cancelled: none of this donor's gifts will be claimed from now on.";
      },
    },
    formData,
    { id },
  );
}

// Admins only: erasing a donor cannot be undone. They type "erase" so a slipped click erases nobody.
const ZErase = ZId.extend({ confirm: z.literal("erase", { error: 'Type "erase" to erase this donor.' }) });

export async function eraseDonorAction(id: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  return runFormAction(
    {
      who: "admin",
      schema: ZErase,
      work: async (input, organiser) => {
        const { gifts, declarationsKept } = await eraseDonor(getDb(), organiser.email, input.id, {
          secret: getEnv().IP_HASH_SECRET,
          redis: getRedis(),
        });
        revalidatePath(`/admin/donations/${input.id}`);
        const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
        const kept = declarationsKept
          ? ` ${plural(declarationsKept, "Gift Aid declaration")} of claimed gifts kept until HMRC's six years end.`
          : "";
        return `Erased from ${plural(gifts, "gift")}; their Stripe customer is deleted in the background.${kept}`;
      },
    },
    formData,
    { id },
  );
}
