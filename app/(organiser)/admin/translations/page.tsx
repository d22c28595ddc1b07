import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { TRANSLATED_LANGS } from "@/lib/content/translations-admin";
import { messagesFor } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: "Translations", robots: { index: false } };

export default async function TranslationsPage() {
  await requireOrganiserPage();
  return (
    <>
      <h1>Translations</h1>
      <p>
        The campaign&apos;s own words (its title and ask, the petition, country names, status notes, research notes and
        updates) in each language of the public site. Anything not yet translated shows in English there, marked as
        English. The site&apos;s interface (menus, buttons, form labels) is in the message catalogues in the code
        (lib/i18n/messages).
      </p>
      <ul>
        {TRANSLATED_LANGS.map((lang) => (
          <li key={lang}>
            <Link href={`/admin/translations/${lang}`}>
              <span lang={lang}>{messagesFor(lang).languageName}</span> ({lang})
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
