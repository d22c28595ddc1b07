// The one campaign this deployment runs (the schema allows more).
export const CAMPAIGN_SLUG = "burma-military-ties";
