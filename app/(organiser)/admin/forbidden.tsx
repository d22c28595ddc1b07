import Link from "next/link";

// The organiser area's own (the root layout sets no document, so the root cannot have one): shown
// inside app/(organiser)/layout.tsx's document.
export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p>You are signed in, but this part of the organiser area is not open to you. Ask an admin if you need it.</p>
      <p>
        <Link href="/">Back to the campaign</Link>
      </p>
    </>
  );
}
