import Link from "next/link";
import { messagesFor } from "@/lib/i18n/messages";

// Inside a public page's layout (a country page's notFound()), which has set the language already;
// a not-found file is not told it, so both languages are said.
export default function NotFound() {
  const en = messagesFor("en").notFound;
  const my = messagesFor("my").notFound;
  return (
    <>
      <div lang="en-GB">
        <h1>{en.title}</h1>
        <p>
          {en.body} <Link href="/">{en.link}</Link>.
        </p>
      </div>
      <div lang="my">
        <h2>{my.title}</h2>
        <p>
          {my.body} <Link href="/my">{my.link}</Link>
        </p>
      </div>
    </>
  );
}
