export type TSignFormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fields?: Record<string, string>; values?: Record<string, string> };
