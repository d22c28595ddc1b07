import { buildWorldMap, MAP_HEIGHT, MAP_WIDTH, type TMapCountry } from "./world-map";

const FILL = { listed: "url(#listed)", removed: "url(#removed)", burma: "#1f2937", other: "#d4d4d8" } as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The map as a standalone SVG document. Served as its own cached file rather than inlined, so the
 * outlines are not sent twice (once as HTML, once again in React's server payload) on every page.
 */
export function renderWorldMapSvg(countries: TMapCountry[]): string {
  const shapes = buildWorldMap(countries);
  const others = shapes
    .filter((s) => s.kind === "other")
    .map((s) => s.d)
    .join("");
  const marked = shapes
    .filter((s) => s.kind !== "other")
    .map(
      (s) => `<path d="${s.d}" fill="${FILL[s.kind]}" data-kind="${s.kind}"><title>${escapeXml(s.name)}</title></path>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img">` +
    `<defs><pattern id="listed" width="6" height="6" patternUnits="userSpaceOnUse">` +
    `<rect width="6" height="6" fill="#b91c1c"/></pattern>` +
    `<pattern id="removed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#93c5fd"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="#1d4ed8" stroke-width="3"/></pattern></defs>` +
    `<rect width="100%" height="100%" fill="#eef2f7"/>` +
    `<g stroke="#ffffff" stroke-width="0.5"><path d="${others}" fill="#d4d4d8"/>${marked}</g></svg>`
  );
}

/** The words a screen reader hears for the map. */
export function describeWorldMap(
  countries: TMapCountry[],
  words = {
    altListed: "World map. In red, the countries named in the briefing of March 2021 or added since: {names}.",
    altRemoved: " Hatched in blue, removed from the list: {names}.",
    altBurma: " Burma is shown in dark grey.",
  },
): string {
  const listed = countries.filter((c) => c.status === "LISTED").map((c) => c.name);
  const removed = countries.filter((c) => c.status === "REMOVED").map((c) => c.name);
  return (
    words.altListed.replace("{names}", listed.join(", ")) +
    (removed.length ? words.altRemoved.replace("{names}", removed.join(", ")) : "") +
    words.altBurma
  );
}
