import type { ReactNode } from "react";
import { isLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * A page not yet translated (donations, privacy, the emailed-link pages): under /my/ it says so in
 * Burmese and marks its English as English. Its words move to the catalogues when it is translated.
 */
export async function EnglishOnly({ params, children }: { params: Promise<{ lang: string }>; children: ReactNode }) {
  const { lang } = await params;
  if (!isLang(lang) || lang === "en") return children;
  return (
    <>
      <p className="note" data-testid="english-only">
        {messagesFor(lang).englishOnlyPage}
      </p>
      <div lang="en-GB">{children}</div>
    </>
  );
}
