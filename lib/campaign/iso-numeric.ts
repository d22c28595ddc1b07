// ISO 3166-1 numeric codes, which key the shapes in world-atlas (Natural Earth) by country.
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AU: "036",
  BY: "112",
  KH: "116",
  CN: "156",
  IN: "356",
  JP: "392",
  NP: "524",
  KP: "408",
  PK: "586",
  RU: "643",
  TH: "764",
  UA: "804",
  VN: "704",
  MM: "104",
};
