import { readFileSync } from "node:fs";
import path from "node:path";

/** The Big List of Naughty Strings (MIT, see fixtures/blns.LICENSE): 515 hostile inputs. */
export const BLNS: string[] = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/blns.json"), "utf8"));
