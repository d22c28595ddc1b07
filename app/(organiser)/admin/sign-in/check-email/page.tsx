import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <p data-testid="check-email">
        If that address belongs to an organiser, a sign-in link is on its way. It works once, for 15 minutes.
      </p>
    </>
  );
}
