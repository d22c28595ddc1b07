// Pure. UK postcodes: outward code (area, district) and inward code (sector, unit), or GIR 0AA.
const UK_POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** The postcode in its standard form ("SW1A 1AA"), or null when it is not a valid UK postcode. */
export function normaliseUkPostcode(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, "");
  if (!UK_POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
