import nodemailer from "nodemailer";

export type TMail = { to: string; subject: string; text: string };
export type TMailTransport = { send: (mail: TMail) => Promise<void>; close: () => void };

/**
 * Real SMTP through nodemailer when SMTP_URL is set; otherwise the email is printed, links and
 * all, so someone trying the app on `npm start` can still confirm a signature.
 */
export function createMailTransport(smtpUrl: string | undefined, from: string): TMailTransport {
  if (!smtpUrl) {
    return {
      send: async (mail) => {
        console.log(`\n--- email (SMTP_URL not set, so printed here) ---\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n---\n`);
      },
      close: () => {},
    };
  }
  // A few kept-open connections instead of one new connection (and greeting) per email.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  if (!url.searchParams.has("maxConnections")) url.searchParams.set("maxConnections", "4");
  const transporter = nodemailer.createTransport(url.toString());
  return {
    send: async (mail) => {
      await transporter.sendMail({ from, ...mail });
    },
    close: () => transporter.close(),
  };
}
