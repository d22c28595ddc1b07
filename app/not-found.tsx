import Link from "next/link";
import { SiteDocument } from "@/components/layout/SiteDocument";
import { messagesFor } from "@/lib/i18n/messages";

// Any address no route matches (and made-up country slugs, lib/server/unknown-country.ts). It is not
// told the language asked for, so it says so in each; app/[lang]/not-found.tsx answers within a page.
export default function NotFound() {
  const en = messagesFor("en").notFound;
  const my = messagesFor("my").notFound;
  return (
    <SiteDocument lang="en" languageSwitch={false}>
      <h1>{en.title}</h1>
      <p>
        {en.body} <Link href="/">{en.link}</Link>.
      </p>
      <div lang="my">
        <h2>{my.title}</h2>
        <p>
          {my.body} <Link href="/my">{my.link}</Link>
        </p>
      </div>
    </SiteDocument>
  );
}
