"use client";

import { startTransition, useActionState, type ReactNode } from "react";
import type { TFormState } from "@/lib/forms/form-state";

type TProps = {
  action: (state: TFormState, formData: FormData) => Promise<TFormState>;
  submitLabel: string;
  children: ReactNode;
  testId?: string;
  danger?: boolean;
};

/**
 * An organiser form. With JavaScript the submission keeps what was typed when the server refuses
 * it (React resets a form after an action, so it is submitted by hand); without, it posts as usual.
 */
export function AdminForm({ action, submitLabel, children, testId, danger }: TProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form
      action={formAction}
      data-testid={testId}
      className="admin-form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {state.status === "error" ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "ok" ? (
        <p className="saved" role="status">
          {state.message}
        </p>
      ) : null}
      {children}
      <button type="submit" className={danger ? "button" : "button button-primary"} disabled={pending}>
        {pending ? "Working…" : submitLabel}
      </button>
    </form>
  );
}
