import { describeWorldMap } from "@/lib/campaign/world-map-svg";
import { MAP_HEIGHT, MAP_WIDTH, type TMapCountry } from "@/lib/campaign/world-map";
import type { TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

/** The server-drawn map (/map.svg) with a text description and a legend: no client JavaScript. */
export function WorldMap({ lang, countries }: { lang: TLang; countries: TMapCountry[] }) {
  const t = messagesFor(lang).map;
  return (
    <figure className="world-map">
      {/* A plain img: the SVG is a static, cached document, so next/image would add nothing. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src="/map.svg"
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        alt={describeWorldMap(countries, t)}
        data-testid="world-map"
      />
      <figcaption className="map-legend">
        <span>
          <span className="swatch swatch-listed" aria-hidden="true" /> {t.listed}
        </span>
        <span>
          <span className="swatch swatch-removed" aria-hidden="true" /> {t.removed}
        </span>
        <span>
          <span className="swatch swatch-burma" aria-hidden="true" /> {t.burma}
        </span>
      </figcaption>
    </figure>
  );
}
