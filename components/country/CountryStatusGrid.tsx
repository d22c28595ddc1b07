import { PageLink as Link } from "@/components/ui/PageLink";
import { StatusBadge } from "@/components/country/StatusBadge";
import { localPath, type TLang } from "@/lib/i18n/languages";

type TCountry = {
  id: string;
  slug: string;
  name: string;
  status: "LISTED" | "REMOVED";
  statusDate: Date | null;
  addedBy: string | null;
};

/** A titled grid of countries, each with its dated status (the home page's added and removed lists). */
export function CountryStatusGrid({
  lang,
  id,
  title,
  countries,
}: {
  lang: TLang;
  id: string;
  title: string;
  /** With their names in the page's language. */
  countries: TCountry[];
}) {
  if (!countries.length) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <ul className="country-grid" data-testid={`${id}-countries`}>
        {countries.map((country) => (
          <li key={country.id}>
            <Link href={localPath(lang, `/countries/${country.slug}`)}>
              <span className="name">{country.name}</span>
              <span className="sub">
                <StatusBadge
                  lang={lang}
                  status={country.status}
                  statusDate={country.statusDate}
                  addedBy={country.addedBy}
                />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
