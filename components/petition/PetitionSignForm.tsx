import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import { LANGUAGES, localPath, type TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { issueFormToken } from "@/lib/petition/form-token";
import { listCountryOptions } from "@/lib/petition/iso-countries";
import { SignForm } from "./SignForm";

/**
 * The signing form as every page and embed places it: the same fields, server action and one answer,
 * in the page's language, recording the page it was signed on (its English path, given the prefix here).
 */
export function PetitionSignForm({
  lang,
  idPrefix,
  sourcePath,
  sourceCountry,
  share,
  embedded,
}: {
  lang: TLang;
  idPrefix: string;
  sourcePath: string;
  sourceCountry?: string;
  share: ReactNode;
  /** In a partner's frame, every link opens our site in a new tab. */
  embedded?: boolean;
}) {
  const m = messagesFor(lang);
  return (
    <SignForm
      idPrefix={idPrefix}
      lang={lang}
      words={m.sign}
      donatePath={localPath(lang, "/donate")}
      privacyPath={localPath(lang, "/privacy")}
      sourcePath={localPath(lang, sourcePath)}
      sourceCountry={sourceCountry}
      countries={listCountryOptions(LANGUAGES[lang].htmlLang)}
      formToken={issueFormToken(getEnv().IP_HASH_SECRET)}
      embedded={embedded ? { newTab: m.embed.newTab } : undefined}
      share={share}
    />
  );
}
