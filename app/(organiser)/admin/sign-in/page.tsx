import type { Metadata } from "next";
import { requestSignInLinkAction } from "../actions/session";

export const metadata: Metadata = { title: "Organiser sign-in", robots: { index: false } };

const ERRORS: Record<string, string> = {
  InvalidEmail: "Please enter a valid email address.",
  AccessDenied: "That address is not an organiser here. Ask an admin to invite you.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  RateLimited: "Too many sign-in links were asked for just now. Please wait a few minutes and try again.",
  Unavailable: "Our database is restarting. Please try again in a few seconds.",
};

// Public: the way in. Sends a link only to known organisers, and says the same to everyone.
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const error = (await searchParams).error;
  const message =
    typeof error === "string"
      ? Object.hasOwn(ERRORS, error)
        ? ERRORS[error]
        : "Sign-in did not work. Please try again."
      : null;
  return (
    <>
      <h1>Organiser sign-in</h1>
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      <form action={requestSignInLinkAction} className="admin-form">
        <div className="field">
          <label htmlFor="email">Your email address</label>
          <input id="email" name="email" type="email" autoComplete="email" required />
        </div>
        <button type="submit" className="button button-primary">
          Email me a sign-in link
        </button>
      </form>
    </>
  );
}
