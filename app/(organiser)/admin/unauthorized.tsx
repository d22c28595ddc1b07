import Link from "next/link";

// The organiser area's own (the root layout sets no document, so the root cannot have one): shown
// inside app/(organiser)/layout.tsx's document.
export default function Unauthorized() {
  return (
    <>
      <h1>Please sign in</h1>
      <p>
        <Link href="/admin/sign-in">Sign in to the organiser area</Link>.
      </p>
    </>
  );
}
