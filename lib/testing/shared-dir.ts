import path from "node:path";

// The workplace's shared folder (the briefing, its data set), which sits beside the checkout on dev
// machines; a clone elsewhere names it in CAMPAIGN_SHARED_DIR (.ci/run does, when it is not beside).
const SHARED_DIR = process.env.CAMPAIGN_SHARED_DIR ?? path.resolve(process.cwd(), "../shared");

export const sharedFile = (...parts: string[]) => path.join(SHARED_DIR, ...parts);
