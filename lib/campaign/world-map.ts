import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };
import { ISO_NUMERIC } from "./iso-numeric";

type TMapShapeKind = "listed" | "removed" | "burma" | "other";
export type TMapShape = { id: string; name: string; d: string; kind: TMapShapeKind };
export type TMapCountry = { iso2: string; name: string; status: "LISTED" | "REMOVED" };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
const ANTARCTICA = "010";

type TBaseShape = { id: string; name: string; d: string };
let baseShapes: TBaseShape[] | undefined;

// Projecting 177 outlines costs a few milliseconds; do it once per server process.
function getBaseShapes(): TBaseShape[] {
  if (baseShapes) return baseShapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const shown = { ...countries, features: countries.features.filter((f) => f.id !== ANTARCTICA) };
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], shown);
  const path = geoPath(projection).digits(0);
  baseShapes = shown.features.map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "" }));
  return baseShapes;
}

/** The world's outlines, each tagged with its place in the campaign (listed, removed, Burma). */
export function buildWorldMap(countries: TMapCountry[]): TMapShape[] {
  const byNumeric = new Map(countries.map((c) => [ISO_NUMERIC[c.iso2], c]));
  return getBaseShapes().map((shape) => {
    const country = byNumeric.get(shape.id);
    const kind: TMapShapeKind =
      shape.id === ISO_NUMERIC.MM ? "burma" : country ? (country.status === "LISTED" ? "listed" : "removed") : "other";
    return { ...shape, name: country?.name ?? shape.name, kind };
  });
}
