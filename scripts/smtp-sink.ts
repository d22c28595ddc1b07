// A local SMTP sink for trying email by hand and for the e2e tests: every message is written as
// JSON into SMTP_SINK_DIR (default .data/mailbox, emptied at start) and printed.
// Point the app at it with SMTP_URL=smtp://127.0.0.1:2525.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../lib/testing/smtp-sink";

const port = Number(process.env.SMTP_SINK_PORT ?? 2525);
const dir = process.env.SMTP_SINK_DIR ?? path.join(process.cwd(), ".data/mailbox");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let n = 0;
await startSmtpSink(port, (mail) => {
  const file = path.join(dir, `${Date.now()}-${process.pid}-${n++}.json`);
  writeFileSync(file, JSON.stringify(mail, null, 2));
  console.log(`SMTP sink: mail to ${mail.to}: ${mail.subject}`);
});
console.log(`SMTP sink listening on 127.0.0.1:${port}, writing to ${dir}`);
