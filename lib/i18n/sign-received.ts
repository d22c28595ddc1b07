// Pure. What every accepted signature is told, whether or not the address had signed before
// (lib/petition/sign-petition.ts): its words are the catalogue's (lib/reasons/reasons-en.ts).
import { REASONS_EN } from "../reasons/reasons-en";

export const SIGN_RECEIVED = REASONS_EN.signReceived;
