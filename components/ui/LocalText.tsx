import type { TLocalText } from "@/lib/i18n/content";

/**
 * The campaign's words in the page's language; where no translation exists yet, the English
 * (marked lang="en-GB" for screen readers) with a short note saying so in the page's language.
 */
export function LocalText({ value, inEnglish }: { value: TLocalText; inEnglish: string }) {
  if (!value.fallback || !inEnglish) return <>{value.text}</>;
  return (
    <>
      <span lang="en-GB">{value.text}</span> <small className="in-english">{inEnglish}</small>
    </>
  );
}
