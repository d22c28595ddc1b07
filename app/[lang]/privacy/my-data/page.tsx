import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/share/page-metadata";
import { requestMyDataAction } from "./actions";

export const metadata: Metadata = {
  ...pageMetadata({
    path: "/privacy/my-data",
    title: "See the data we hold about you",
    description: "Ask for a link, sent to your email address, to everything this campaign holds about that address.",
    image: "site",
  }),
  robots: { index: false },
};

const ERRORS: Record<string, string> = {
  InvalidEmail: "Please enter a valid email address, like name@example.com.",
  RateLimited:
    "There have been several requests for that address or from your connection. " +
    "Please check your inbox, or try again later.",
  Unavailable: "Our database is restarting. Please try again in a few seconds.",
};

// Public: a supporter asks for a link to their own data. What the page says never depends on the address.
export default async function MyDataPage({
  params: page,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const error = typeof params.error === "string" && Object.hasOwn(ERRORS, params.error) ? ERRORS[params.error] : null;
  return (
    <EnglishOnly params={page}>
      <h1>See the data we hold about you</h1>
      <p className="lead">
        Enter your email address and we will email it a link to a page showing everything we hold about that address:
        signatures, the privacy wording you agreed to, emails we sent, donations and Gift Aid declarations. You can
        download it there.
      </p>
      {params.sent ? (
        <p role="status" className="saved" data-testid="my-data-sent">
          Thank you. We have emailed that address a link to see everything we hold about it, if we hold anything. The
          link works for 24 hours; check your spam folder too.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <form action={requestMyDataAction} className="admin-form">
        <div className="field">
          <label htmlFor="my-data-email">Your email address</label>
          <input id="my-data-email" name="email" type="email" autoComplete="email" maxLength={254} required />
        </div>
        <button type="submit" className="button button-primary">
          Email me the link
        </button>
      </form>
    </EnglishOnly>
  );
}
