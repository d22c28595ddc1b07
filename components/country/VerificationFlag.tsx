import type { TLang } from "@/lib/i18n/languages";
import { fill } from "@/lib/text/fill";
import { formatDateIn, messagesFor } from "@/lib/i18n/messages";

/** Says plainly whether an organiser has checked a contact against its sources. */
export function VerificationFlag({ lang, verifiedAt }: { lang: TLang; verifiedAt: Date | null }) {
  const t = messagesFor(lang).contact;
  if (verifiedAt) {
    return <p className="flag flag-verified">{fill(t.verified, { date: formatDateIn(lang, verifiedAt) ?? "" })}</p>;
  }
  return (
    <p className="flag flag-unverified" data-testid="unverified-flag">
      <strong>{t.unverifiedStrong}</strong> {t.unverified}
    </p>
  );
}
