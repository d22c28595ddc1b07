import Link from "next/link";

// Shown inside the organiser area's layout (app/(organiser)/layout.tsx), which sets the document.
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
