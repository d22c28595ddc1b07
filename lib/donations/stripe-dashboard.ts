// Pure. Where a donation and its events are in Stripe's dashboard (its test-mode half for test keys).

const DASHBOARD = "https://dashboard.stripe.com";

/** Test keys (sk_test_…, rk_test_…) see test-mode objects, which live under /test in the dashboard. */
export const isStripeTestKey = (secretKey: string | undefined) => /^(sk|rk)_test_/.test(secretKey ?? "");

/** The gift in Stripe: a one-off's payment, a monthly gift's subscription, else its customer; null before checkout. */
export function stripeDashboardUrl(
  d: {
    stripePaymentIntentId: string | null;
    stripeSubscriptionId: string | null;
    stripeCustomerId: string | null;
  },
  testMode: boolean,
): string | null {
  const base = `${DASHBOARD}${testMode ? "/test" : ""}`;
  const path = d.stripePaymentIntentId
    ? `payments/${d.stripePaymentIntentId}`
    : d.stripeSubscriptionId
      ? `subscriptions/${d.stripeSubscriptionId}`
      : d.stripeCustomerId
        ? `customers/${d.stripeCustomerId}`
        : null;
  return path ? `${base}/${encodeURI(path)}` : null;
}

export function stripeEventUrl(eventId: string, testMode: boolean): string {
  return `${DASHBOARD}${testMode ? "/test" : ""}/events/${encodeURIComponent(eventId)}`;
}
