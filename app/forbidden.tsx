import Link from "next/link";

// Shown inside the organiser area's layout (app/(organiser)/layout.tsx), which sets the document.
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
