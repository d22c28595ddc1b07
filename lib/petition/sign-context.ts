import { getEnv, type TEnv } from "../env";
import { hashClientIp } from "../http/client-ip";
import type { TSignContext } from "./sign-petition";

/** Who is signing, as far as rate limits need to know, and the configured limits. */
export function signContextFrom(headers: Pick<Headers, "get">, env: TEnv = getEnv()): TSignContext {
  return {
    ipHash: hashClientIp(headers, env.IP_HASH_SECRET, env.TRUSTED_PROXIES),
    appUrl: env.APP_URL,
    limits: {
      ipPerMinute: env.SIGN_LIMIT_IP_PER_MINUTE,
      ipPerDay: env.SIGN_LIMIT_IP_PER_DAY,
      domainPer10Minutes: env.SIGN_LIMIT_DOMAIN_PER_10_MINUTES,
    },
  };
}
