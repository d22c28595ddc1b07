import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/AdminForm";
import { AutoRefresh } from "@/components/ui/AutoRefresh";
import { UpdateFields } from "@/components/admin/UpdateFields";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { listCountryChoices } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { listCountryOptions } from "@/lib/petition/iso-countries";
import { getUpdate } from "@/lib/updates/drafts";
import { updateProgress } from "@/lib/updates/progress";
import { audienceOf, previewUpdateEmail } from "@/lib/updates/sending";
import { STATUS_WORDS } from "@/lib/updates/status-words";
import { hasVersionIn } from "@/lib/updates/update-text";
import {
  editUpdateAction,
  pauseUpdateAction,
  resumeUpdateAction,
  sendTestUpdateAction,
  startUpdateAction,
} from "../../actions/updates";

export const metadata: Metadata = { title: "Email update", robots: { index: false } };

export default async function UpdatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireOrganiserPage();
  const update = await getUpdate(getDb(), (await params).id);
  if (!update) notFound();
  const email = previewUpdateEmail(update, getEnv().APP_URL);
  const burmese = hasVersionIn(update, "my") ? previewUpdateEmail(update, getEnv().APP_URL, "my") : null;
  const countryName = update.signerCountry
    ? new Intl.DisplayNames(["en-GB"], { type: "region" }).of(update.signerCountry)
    : null;
  const who = [
    countryName ? `living in ${countryName}` : null,
    update.sourceCountry ? `who signed on the ${update.sourceCountry.name} page` : null,
  ].filter(Boolean);
  return (
    <>
      <p>
        <Link href="/admin/updates">All updates</Link>
      </p>
      <h1>{update.subject}</h1>
      <p data-testid="update-status">
        Status: <strong>{STATUS_WORDS[update.status]}</strong>. For confirmed signers who asked for updates
        {who.length ? `, ${who.join(" and ")}` : ""}.
      </p>
      {update.status === "DRAFT" ? (
        <Draft id={update.id} update={update} />
      ) : (
        <Progress id={update.id} status={update.status} />
      )}
      <h2>Preview</h2>
      <p className="note">
        Exactly as each supporter gets it, as plain text; their own link to stop updates replaces the one below.
      </p>
      <dl>
        <dt>Subject</dt>
        <dd>{email.subject}</dd>
      </dl>
      <pre className="email-preview" data-testid="update-preview">
        {email.text}
      </pre>
      <h2>Preview in Burmese</h2>
      {burmese ? (
        <>
          <p className="note">As supporters who signed on the Burmese pages get it.</p>
          <dl>
            <dt>Subject</dt>
            <dd lang="my">{burmese.subject}</dd>
          </dl>
          <pre className="email-preview" lang="my" data-testid="update-preview-my">
            {burmese.text}
          </pre>
        </>
      ) : (
        <p className="note" data-testid="update-preview-my">
          No Burmese version: supporters who signed on the Burmese pages get the English above, ending in Burmese.
        </p>
      )}
    </>
  );
}

type TDraft = NonNullable<Awaited<ReturnType<typeof getUpdate>>>;

async function Draft({ id, update }: { id: string; update: TDraft }) {
  const [audience, pages] = await Promise.all([audienceOf(getDb(), update), listCountryChoices(getDb())]);
  const n = audience.toLocaleString("en-GB");
  return (
    <>
      <h2>Test it</h2>
      <AdminForm action={sendTestUpdateAction.bind(null, id)} submitLabel="Send a test copy to me" testId="send-test">
        <p>A copy marked [Test] goes to your own address; its stop link changes nothing.</p>
      </AdminForm>
      <h2>Send it</h2>
      <p data-testid="audience">
        It would go to <strong>{n}</strong> supporter{audience === 1 ? "" : "s"} now.
      </p>
      <AdminForm action={startUpdateAction.bind(null, id)} submitLabel="Start sending" danger testId="start-sending">
        <div className="field">
          <label htmlFor="confirmCount">To send it, enter the number of supporters ({n})</label>
          <input id="confirmCount" name="confirmCount" inputMode="numeric" autoComplete="off" required />
        </div>
      </AdminForm>
      <h2>Change it</h2>
      <AdminForm action={editUpdateAction.bind(null, id)} submitLabel="Save changes" testId="edit-update">
        <UpdateFields
          pages={pages.map((c) => ({ value: c.slug, label: c.name }))}
          signerCountries={listCountryOptions().map((c) => ({ value: c.code, label: c.name }))}
          values={{ ...update, sourceCountry: update.sourceCountry?.slug ?? null }}
        />
      </AdminForm>
    </>
  );
}

async function Progress({ id, status }: { id: string; status: TDraft["status"] }) {
  const p = await updateProgress(getDb(), id);
  const total = Math.max(p.audience, p.queued);
  const f = (n: number) => n.toLocaleString("en-GB");
  return (
    <>
      {status === "SENDING" ? <AutoRefresh seconds={3} /> : null}
      <div className="progress">
        <label htmlFor="update-progress">
          {f(p.sent)} of {f(total)} sent
        </label>
        <br />
        <progress id="update-progress" max={total || 1} value={p.sent} />
      </div>
      <p data-testid="update-progress">
        {f(p.queued)} handed to the outbox, {f(p.sent)} sent
        {p.failed ? `, ${f(p.failed)} refused by the recipient's mail server` : ""}.{" "}
        <Link href={`/admin/updates/${id}`}>Refresh</Link>
      </p>
      {status === "SENDING" ? (
        <AdminForm action={pauseUpdateAction.bind(null, id)} submitLabel="Pause sending" danger testId="pause">
          <p>Pausing stops new emails at once; the few seconds&apos; worth already queued still go.</p>
        </AdminForm>
      ) : null}
      {status === "PAUSED" ? (
        <AdminForm action={resumeUpdateAction.bind(null, id)} submitLabel="Resume sending" testId="resume">
          <p>Resuming goes on with the supporters who have not had it yet.</p>
        </AdminForm>
      ) : null}
    </>
  );
}
