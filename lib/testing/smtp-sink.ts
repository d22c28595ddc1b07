import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A received email; `headers` are its header lines as sent (unfolded), by lower-case name. */
export type TSunkMail = {
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
  receivedAt: string;
  /** The message as received, byte for byte (latin1), for signature checks. */
  raw: string;
};

// mailparser gives each raw line as "Name: value", possibly folded over several lines.
function headerRecord(lines: readonly { key: string; line: string }[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of lines)
    headers[key] ??= line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
  return headers;
}

/**
 * A local SMTP server for tests: accepts mail without TLS or AUTH (as next-auth's and nodemailer's
 * defaults need), parses it, and hands it on. `refuse` makes it answer 451 (try again later),
 * `reject` 550 (never: no such mailbox), and `answers` gives one address its own answer
 * (e.g. [550, "5.1.1 No such user"], [550, "5.7.1 Rejected by DMARC policy"]).
 */
export async function startSmtpSink(port: number, onMail: (mail: TSunkMail) => void) {
  const control = { refuse: false, reject: false, answers: new Map<string, [number, string]>() };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    // On close, the senders' open (pooled) connections are told 421 and dropped at once, as when a
    // real server goes away, instead of smtp-server's default 30 s of grace: the fault suite's SMTP
    // outage (R2b) waited that long before it began, in some runs (37.1 s against 7.0 s).
    closeTimeout: 1,
    logger: false,
    onRcptTo(address, _session, callback) {
      const answer = control.answers.get(address.address);
      if (answer) {
        callback(Object.assign(new Error(answer[1]), { responseCode: answer[0] }));
        return;
      }
      if (control.reject) {
        callback(Object.assign(new Error("No such user here"), { responseCode: 550 }));
        return;
      }
      if (control.refuse) {
        const error = Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.once("error", callback);
      stream.once("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
            onMail({
              to,
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              headers: headerRecord(parsed.headerLines),
              receivedAt: new Date().toISOString(),
              raw: raw.toString("latin1"),
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  // A sender killed mid-conversation (the fault suite SIGKILLs an instance and its email worker) resets
  // its connection; smtp-server reports that as the server's 'error', which unheard would end the
  // process. The sink serves on; the email stays in the sender's outbox.
  server.on("error", () => {});
  return { control, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
