// Pure. What every accepted signature is told, whether or not the address had signed before
// (lib/petition/sign-petition.ts): its words are the catalogue's (lib/i18n/messages/reasons-en.ts).
import { REASONS_EN } from "../i18n/messages/reasons-en";

export const SIGN_RECEIVED = REASONS_EN.signReceived;
