import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Signature confirmed", robots: { index: false } };

export default function ConfirmedPage() {
  return (
    <>
      <h1>Your signature is confirmed</h1>
      <p data-testid="confirmed">Thank you. Your signature now counts towards the petition.</p>
      <p>
        Next, <Link href="/">write to one of the governments on the list</Link>: it takes a minute.
      </p>
    </>
  );
}
