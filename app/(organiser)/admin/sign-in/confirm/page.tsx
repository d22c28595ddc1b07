import type { Metadata } from "next";
import { z } from "zod";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

// What Auth.js put in the link it made; anything else is not a link of ours.
const ZLink = z.object({
  token: z.string().regex(/^[A-Za-z0-9_.-]{16,200}$/),
  email: z.email().max(254),
  callbackUrl: z.string().max(500).startsWith("/").optional().catch(undefined),
});

// Public: the page the emailed sign-in link opens. Opening it spends nothing, so a mail scanner
// that follows links cannot use up the link; the button goes on to Auth.js, which signs in once.
export default async function ConfirmSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const link = ZLink.safeParse(await searchParams);
  if (!link.success) {
    return (
      <>
        <h1>Sign in</h1>
        <p className="form-error" role="alert" data-testid="sign-in-link-invalid">
          That link is not complete. Copy the whole link from the email, or ask for a new one.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Sign in to the organiser area</h1>
      <p>Press the button to sign in as {link.data.email}. The link works once, for 15 minutes.</p>
      <form method="get" action="/api/auth/callback/nodemailer" className="admin-form">
        <input type="hidden" name="token" value={link.data.token} />
        <input type="hidden" name="email" value={link.data.email} />
        {link.data.callbackUrl ? <input type="hidden" name="callbackUrl" value={link.data.callbackUrl} /> : null}
        <button type="submit" className="button button-primary">
          Sign in
        </button>
      </form>
    </>
  );
}
