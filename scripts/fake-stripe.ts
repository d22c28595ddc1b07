// The local fake of Stripe's HTTP API, as a process (for the e2e tests, or to try the donation
// flow by hand): STRIPE_API_BASE=http://127.0.0.1:12111 STRIPE_SECRET_KEY=sk_test_x …
import { startFakeStripe } from "../lib/testing/fake-stripe";

const port = Number(process.env.FAKE_STRIPE_PORT ?? 12111);
await startFakeStripe(port);
console.log(`Fake Stripe API on http://127.0.0.1:${port}`);
