import { isSnsUrl } from "./verify-sns";

const certificates = new Map<string, Promise<string>>();

/** Fetches (once per URL per process) an SNS signing certificate; only from an allowlisted SNS host. */
export function fetchSnsCertificate(url: string): Promise<string> {
  if (!isSnsUrl(url, /\.pem$/)) return Promise.reject(new Error("Not an SNS certificate URL"));
  let certificate = certificates.get(url);
  if (!certificate) {
    certificate = fetch(url, { signal: AbortSignal.timeout(5000), redirect: "error" }).then(async (response) => {
      if (!response.ok) throw new Error(`Certificate fetch answered ${response.status}`);
      return response.text();
    });
    certificate.catch(() => certificates.delete(url));
    certificates.set(url, certificate);
  }
  return certificate;
}

/** Confirms an SNS subscription by visiting its SubscribeURL (checked to be SNS's by the caller). */
export async function confirmSnsSubscription(url: string): Promise<void> {
  if (!isSnsUrl(url)) throw new Error("Not an SNS URL");
  const response = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "error" });
  if (!response.ok) throw new Error(`Subscription confirmation answered ${response.status}`);
}
