// Pure, shared by server actions and the forms that show their answers: one shape for every form.

export type TFormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | {
      status: "error";
      /** What kind of refusal, for actions that answer with a redirect: an AppError's code, or INTERNAL. */
      code: string;
      message: string;
      fields?: Record<string, string>;
      values?: Record<string, string>;
      /** A proof-of-work challenge the form solves and sends back (lib/petition/sign-gate.ts). */
      challenge?: object;
    };
