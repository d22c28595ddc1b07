import { loadSeedData } from "../lib/seed/seed-data";

// The same data file the seed loads: pages must show exactly what it holds.
export const seed = loadSeedData();
export const listedCountries = seed.countries.filter((c) => c.status === "listed");
