import { getEnv, type TEnv } from "../env";
import { signerSourceFrom } from "../embed/signer-source";
import { hashClientAddress } from "../http/client-address";
import type { TSignContext } from "./sign-petition";

/** Who is signing, as far as rate limits need to know, the configured limits, and where they came from. */
export function signContextFrom(
  headers: Pick<Headers, "get">,
  env: TEnv = getEnv(),
  form: { noScript: boolean } = { noScript: false },
): TSignContext {
  return {
    ipHash: hashClientAddress(headers, env.IP_HASH_SECRET),
    appUrl: env.APP_URL,
    formSecret: env.IP_HASH_SECRET,
    linkSecret: env.AUTH_SECRET,
    minFillMs: env.SIGN_MIN_FILL_SECONDS * 1000,
    limits: {
      ipPerMinute: env.SIGN_LIMIT_IP_PER_MINUTE,
      ipPerDay: env.SIGN_LIMIT_IP_PER_DAY,
      domainPer10Minutes: env.SIGN_LIMIT_DOMAIN_PER_10_MINUTES,
    },
    source: signerSourceFrom(headers, env.PETITION_EMBED_ORIGINS),
    // Only our own form's server action passes `form`: a partner's JSON post is always asked to solve.
    challenge: env.SIGN_CHALLENGES
      ? {
          hardIpPerDay: env.SIGN_HARD_CAP_IP_PER_DAY,
          noScriptIpPerDay: env.SIGN_NOSCRIPT_CAP_IP_PER_DAY,
          noScript: form.noScript,
        }
      : undefined,
  };
}
