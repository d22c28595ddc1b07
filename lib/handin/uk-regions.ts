// Pure. Where UK signers live, by region, from the area of their postcode (the letters it starts with:
// "SW" of "SW1A 1AA", "B" of "B15 2TT"): anonymisation keeps only that part, and a government reading
// the pack needs no more. The areas are Royal Mail's; the regions are the twelve ITL1 regions of the
// Office for National Statistics (International Territorial Levels). Each area is put in the region
// holding most of its postcode districts: an area that straddles a boundary is approximate (KT and DA
// are part London, SY part Wales, CH part Wales, SK part East Midlands, PE part East Midlands, DL part
// Yorkshire). Exact regions would need the ONS Postcode Directory and full postcodes, which we do not
// keep after a petition closes.

const REGION_AREAS: Record<string, string> = {
  London: "E EC N NW SE SW W WC BR CR EN HA IG RM SM TW UB",
  "South East": "BN CT DA GU HP KT ME MK OX PO RG RH SL SO TN",
  "East of England": "AL CB CM CO IP LU NR PE SG SS WD",
  "South West": "BA BH BS DT EX GL PL SN SP TA TQ TR",
  "West Midlands": "B CV DY HR ST SY TF WR WS WV",
  "East Midlands": "DE LE LN NG NN",
  "Yorkshire and The Humber": "BD DN HD HG HU HX LS S WF YO",
  "North West": "BB BL CA CH CW FY L LA M OL PR SK WA WN",
  "North East": "DH DL NE SR TS",
  Wales: "CF LD LL NP SA",
  Scotland: "AB DD DG EH FK G HS IV KA KW KY ML PA PH TD ZE",
  "Northern Ireland": "BT",
  // Not in the UK's ITL regions, but they have UK-style postcodes.
  "Channel Islands and Isle of Man": "GY JE IM",
  "British Forces (BFPO)": "BF",
};

const REGION_OF_AREA = new Map(
  Object.entries(REGION_AREAS).flatMap(([region, areas]) => areas.split(" ").map((area) => [area, region] as const)),
);

export const UK_AREA_NOT_RECOGNISED = "UK (area not recognised)";
export const UK_NO_POSTCODE = "UK (no postcode given)";

/** The region of a postcode area ("SW", "EH"), in words; null for an area we do not know. */
export function ukRegionOfArea(area: string): string | null {
  return REGION_OF_AREA.get(area.toUpperCase()) ?? null;
}

/** Every area we place, for tests: each in exactly one region. */
export function knownPostcodeAreas(): string[] {
  return [...REGION_OF_AREA.keys()];
}
