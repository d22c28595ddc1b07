import { describeWorldMap } from "@/lib/campaign/world-map-svg";
import { MAP_HEIGHT, MAP_WIDTH, type TMapCountry } from "@/lib/campaign/world-map";

/** The server-drawn map (/map.svg) with a text description and a legend: no client JavaScript. */
export function WorldMap({ countries }: { countries: TMapCountry[] }) {
  return (
    <figure className="world-map">
      {/* A plain img: the SVG is a static, cached document, so next/image would add nothing. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src="/map.svg"
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        alt={describeWorldMap(countries)}
        data-testid="world-map"
      />
      <figcaption className="map-legend">
        <span>
          <span className="swatch swatch-listed" aria-hidden="true" /> Named in the March 2021 briefing, or added since
        </span>
        <span>
          <span className="swatch swatch-removed" aria-hidden="true" /> Removed from the list
        </span>
        <span>
          <span className="swatch swatch-burma" aria-hidden="true" /> Burma (Myanmar)
        </span>
      </figcaption>
    </figure>
  );
}
