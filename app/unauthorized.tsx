import Link from "next/link";

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
