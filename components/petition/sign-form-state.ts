import type { TSignOutcome } from "@/lib/petition/sign-petition";

export type TSignFormState =
  | { status: "idle" }
  | { status: "ok"; outcome: TSignOutcome; message: string }
  | { status: "error"; message: string; fields?: Record<string, string>; values?: Record<string, string> };
