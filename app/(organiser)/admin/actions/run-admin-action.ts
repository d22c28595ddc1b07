import "server-only";
import type { z } from "zod";
import type { TAdminState } from "@/components/admin/admin-state";
import { AppError } from "@/lib/errors";
import { formStrings } from "@/lib/http/form-strings";

/** Parses a form with zod and turns every refusal into words for the organiser. */
export function parseForm<T extends z.ZodType>(schema: T, formData: FormData): z.output<T> {
  const parsed = schema.safeParse(formStrings(formData));
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", parsed.error.issues.map((i) => i.message).join(" "));
  }
  return parsed.data;
}

export async function toState(work: () => Promise<string>): Promise<TAdminState> {
  try {
    return { status: "ok", message: await work() };
  } catch (error) {
    // Field-level refusals (e.g. an unknown merge field) say which field and why.
    if (error instanceof AppError) {
      const fields = error.details?.fields;
      return { status: "error", message: fields ? Object.values(fields).join(" ") : error.message };
    }
    throw error;
  }
}
