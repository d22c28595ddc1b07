import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Signature removed", robots: { index: false } };

export default function RemovedPage() {
  return (
    <>
      <h1>Your signature has been removed</h1>
      <p data-testid="removed">
        We have deleted your name, email address, country and postcode. We will not email you again.
      </p>
      <p>
        <Link href="/">Back to the campaign</Link>
      </p>
    </>
  );
}
