import "server-only";
import type { z } from "zod";
import type { TAdminState } from "@/components/admin/admin-state";
import { AppError } from "@/lib/errors";

/** Parses a form with zod and turns every refusal into words for the organiser. */
export function parseForm<T extends z.ZodType>(schema: T, formData: FormData): z.output<T> {
  const raw = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", parsed.error.issues.map((i) => i.message).join(" "));
  }
  return parsed.data;
}

export async function toState(work: () => Promise<string>): Promise<TAdminState> {
  try {
    return { status: "ok", message: await work() };
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message };
    throw error;
  }
}
