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
import { reason, zodReason } from "@/lib/reasons/reason";

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
        return reason("declarationCompleted");
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
        return reason("declarationCancelled");
      },
    },
    formData,
    { id },
  );
}

// Admins only: erasing a donor cannot be undone. They type "erase" so a slipped click erases nobody.
const ZErase = ZId.extend({ confirm: z.literal("erase", { error: zodReason("donorEraseUnconfirmed") }) });

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
        // The counts go in with their noun, in the singular or the plural as the number needs.
        const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
        const erased = { gifts: plural(gifts, "gift") };
        return declarationsKept
          ? reason("donorErasedDeclarationsKept", {
              ...erased,
              declarations: plural(declarationsKept, "Gift Aid declaration"),
            })
          : reason("donorErased", erased);
      },
    },
    formData,
    { id },
  );
}
