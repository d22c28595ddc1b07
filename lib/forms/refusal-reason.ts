import type { TFormState } from "./form-state";

/**
 * For forms that answer with a redirect (they work without JavaScript and keep nothing in the URL
 * but a word): which message the page should show for a refused submission.
 */
export function refusalReason(state: TFormState): "InvalidEmail" | "RateLimited" | "Unavailable" {
  if (state.status !== "error") return "Unavailable";
  if (state.code === "INVALID_INPUT") return "InvalidEmail";
  if (state.code === "RATE_LIMITED") return "RateLimited";
  return "Unavailable";
}
