import { AdminForm } from "@/components/admin/AdminForm";
import { getDb } from "@/lib/db/get-db";
import { readJobHealth, URGENT_MAIL_WARN_SECONDS } from "@/lib/jobs/read-health";
import { listDeadLetters } from "@/lib/mail/dead-letters";
import { discardDeadLetterAction, retryDeadLetterAction } from "./actions/dead-letters";

const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "never");

/** Background jobs and email health, for the dashboard (its page checks who is asking). */
export async function MailHealth() {
  const [health, dead] = await Promise.all([readJobHealth(getDb()), listDeadLetters(getDb())]);
  return (
    <section aria-labelledby="mail-health" data-testid="mail-health">
      <h2 id="mail-health">Email and background jobs</h2>
      {health.urgentMailLate ? (
        <p className="form-error" role="alert" data-testid="urgent-mail-late">
          A sign-in, confirmation or data-access email has waited {Math.round(health.urgentWaitingSeconds / 60)} minutes
          (more than {URGENT_MAIL_WARN_SECONDS / 60}): check the jobs below and the SMTP server.
        </p>
      ) : null}
      {health.alerts.map((alert) => (
        <p className="form-error" role="alert" key={alert.id} data-testid="mail-alert">
          {when(alert.at)} ({alert.source}, {alert.status}): {alert.detail}. Check the sending domain&apos;s SPF, DKIM
          and DMARC records (README, Email).
        </p>
      ))}
      <p data-testid="suppressed-count">
        Addresses suppressed after a bounce or a complaint: {health.suppressed.toLocaleString("en-GB")}. Emails set
        aside: {health.deadLetters.toLocaleString("en-GB")}.
      </p>
      <table className="admin-table" data-testid="job-health">
        <caption>Background jobs, per worker</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Worker</th>
            <th scope="col">Last success</th>
            <th scope="col">Last error</th>
            <th scope="col">Waiting (oldest)</th>
          </tr>
        </thead>
        <tbody>
          {health.beats.map((beat) => (
            <tr key={`${beat.job}/${beat.worker}`}>
              <th scope="row">{beat.job}</th>
              <td>{beat.worker}</td>
              <td>{when(beat.lastSuccessAt)}</td>
              <td>
                {beat.failuresInARow > 0 ? `${beat.failuresInARow} in a row: ` : ""}
                {beat.lastError ? `${beat.lastError} (${when(beat.lastErrorAt)})` : "–"}
              </td>
              <td>{beat.waiting === null ? "–" : `${beat.waiting} (${when(beat.oldestWaitingAt)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {dead.length ? (
        <table className="admin-table" data-testid="dead-letters">
          <caption>Emails set aside</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">To (domain)</th>
              <th scope="col">Why</th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {dead.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.kind}, {when(row.createdAt)}
                </th>
                <td>{row.toDomain}</td>
                <td>
                  {row.rowFailures} tries: {row.lastError}
                </td>
                <td>
                  <AdminForm action={retryDeadLetterAction.bind(null, row.id)} submitLabel="Retry">
                    {null}
                  </AdminForm>
                  <AdminForm action={discardDeadLetterAction.bind(null, row.id)} submitLabel="Discard" danger>
                    {null}
                  </AdminForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
