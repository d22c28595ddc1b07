import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import { checkoutPage, completeCheckout, type TFakeWebhook } from "./fake-checkout";

export type TFakeCheckoutSession = {
  id: string;
  params: Record<string, string>;
  idempotencyKey: string | null;
  url: string;
};

/**
 * A local stand-in for the parts of Stripe's HTTP API the app calls (Checkout Sessions, Customer
 * Portal sessions, the payment intent and invoice payment look-ups behind a refund, and deleting a
 * customer when a donor is erased). Stripe's
 * own SDK talks to it through STRIPE_API_BASE; it answers in Stripe's shapes, honours idempotency
 * keys, and remembers what it was asked.
 */
export async function startFakeStripe(port: number) {
  // Set by the zero-setup `npm start` (sendWebhooksTo) once the app's address is known: its checkout
  // page then pays. The suites, which send their own events, leave it unset.
  let webhook: TFakeWebhook | null = null;
  const sessions: TFakeCheckoutSession[] = [];
  const byKey = new Map<string, string>();
  // Port 0 takes any free one; the address is known once listening.
  let base = `http://127.0.0.1:${port}`;
  // failNext: checkout sessions refused; customersDown: customer deletions answered 500, as in an outage.
  const control = { failNext: 0, customersDown: 0 };
  const deletedCustomers: string[] = [];
  // Payment intents and the invoices they paid, as tests tell the fake about them (refund lookups).
  const paymentIntents = new Map<string, { metadata: Record<string, string> }>();
  const invoicesByPaymentIntent = new Map<string, object>();
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => resolve(body));
    });
  const server = createServer(async (req, res) => {
    const json = (status: number, value: unknown) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": `req_${randomBytes(6).toString("hex")}`,
      });
      res.end(JSON.stringify(value));
    };
    const url = new URL(req.url ?? "/", base);
    const params = Object.fromEntries(new URLSearchParams(await read(req)));
    if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      if (control.failNext > 0) {
        control.failNext--;
        return json(400, { error: { type: "invalid_request_error", message: "Fake Stripe was told to fail." } });
      }
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      let session = key && byKey.has(key) ? sessions.find((s) => s.id === byKey.get(key)) : undefined;
      if (!session) {
        const id = `cs_test_${randomBytes(12).toString("hex")}`;
        session = { id, params, idempotencyKey: key, url: `${base}/pay/${id}` };
        sessions.push(session);
        if (key) byKey.set(key, id);
      }
      return json(200, {
        id: session.id,
        object: "checkout.session",
        url: session.url,
        mode: session.params.mode,
        status: "open",
        payment_status: "unpaid",
        client_reference_id: session.params.client_reference_id ?? null,
        metadata: Object.fromEntries(
          Object.entries(session.params)
            .filter(([k]) => k.startsWith("metadata["))
            .map(([k, v]) => [k.slice(9, -1), v]),
        ),
      });
    }
    if (req.method === "POST" && url.pathname === "/v1/billing_portal/sessions") {
      return json(200, {
        id: `bps_${randomBytes(8).toString("hex")}`,
        object: "billing_portal.session",
        url: `${base}/portal/${params.customer}`,
      });
    }
    if (req.method === "GET" && url.pathname.startsWith("/v1/payment_intents/")) {
      const id = decodeURIComponent(url.pathname.slice("/v1/payment_intents/".length));
      const known = paymentIntents.get(id);
      if (!known)
        return json(404, {
          error: {
            type: "invalid_request_error",
            code: "resource_missing",
            message: `No such payment_intent: '${id}'`,
          },
        });
      return json(200, { id, object: "payment_intent", status: "succeeded", metadata: known.metadata });
    }
    if (req.method === "GET" && url.pathname === "/v1/invoice_payments") {
      const pi = url.searchParams.get("payment[payment_intent]") ?? "";
      const invoice = invoicesByPaymentIntent.get(pi);
      const data = invoice
        ? [
            {
              id: `inpay_${pi}`,
              object: "invoice_payment",
              invoice,
              payment: { type: "payment_intent", payment_intent: pi },
            },
          ]
        : [];
      return json(200, { object: "list", data, has_more: false, url: "/v1/invoice_payments" });
    }
    if (req.method === "DELETE" && url.pathname.startsWith("/v1/customers/")) {
      if (control.customersDown > 0) {
        control.customersDown--;
        return json(500, { error: { type: "api_error", message: "Fake Stripe was told to be down." } });
      }
      const id = decodeURIComponent(url.pathname.slice("/v1/customers/".length));
      // As Stripe: a customer deleted once is no longer there to delete.
      if (deletedCustomers.includes(id))
        return json(404, {
          error: { type: "invalid_request_error", code: "resource_missing", message: `No such customer: '${id}'` },
        });
      deletedCustomers.push(id);
      return json(200, { id, object: "customer", deleted: true });
    }
    if (req.method === "GET" && url.pathname === "/__sessions") return json(200, sessions);
    const paying = url.pathname.startsWith("/pay/") ? sessions.find((s) => s.id === url.pathname.slice(5)) : undefined;
    if (req.method === "GET" && (url.pathname.startsWith("/pay/") || url.pathname.startsWith("/portal/"))) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(checkoutPage(url.pathname, paying, webhook));
    }
    if (req.method === "POST" && paying && webhook) {
      try {
        const back = await completeCheckout(paying, { name: params.name ?? "", email: params.email ?? "" }, webhook);
        res.writeHead(303, { location: back });
        return res.end();
      } catch (error) {
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        return res.end((error as Error).message);
      }
    }
    json(404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` },
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`;
  return {
    base,
    sessions,
    control,
    deletedCustomers,
    paymentIntents,
    invoicesByPaymentIntent,
    sendWebhooksTo: (target: TFakeWebhook) => {
      webhook = target;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
