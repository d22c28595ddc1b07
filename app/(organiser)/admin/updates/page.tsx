import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/AdminForm";
import { UpdateFields } from "@/components/admin/UpdateFields";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { listCountryChoices } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { listCountryOptions } from "@/lib/petition/iso-countries";
import { listUpdates } from "@/lib/updates/drafts";
import { STATUS_WORDS } from "@/lib/updates/status-words";
import { createUpdateAction } from "../actions/updates";

export const metadata: Metadata = { title: "Email updates", robots: { index: false } };

export default async function UpdatesPage() {
  await requireOrganiserPage();
  const [updates, pages] = await Promise.all([listUpdates(getDb()), listCountryChoices(getDb())]);
  const perMinute = getEnv().UPDATE_SEND_PER_MINUTE.toLocaleString("en-GB");
  return (
    <>
      <h1>Email updates to supporters</h1>
      <p>
        An update goes to every confirmed signer who asked for campaign updates and has not unsubscribed since, or only
        to those from one country or who signed on one country&apos;s page. It goes out at {perMinute} emails a minute;
        you can pause it. Each email carries a one-click link to stop updates.
      </p>
      {updates.length ? (
        <table className="admin-table" data-testid="update-list">
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Status</th>
              <th scope="col">Recipients</th>
              <th scope="col">Written</th>
            </tr>
          </thead>
          <tbody>
            {updates.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link href={`/admin/updates/${u.id}`}>{u.subject}</Link>
                </td>
                <td>{STATUS_WORDS[u.status]}</td>
                <td>{u.status === "DRAFT" ? "–" : `${u.queued.toLocaleString("en-GB")} queued`}</td>
                <td>
                  {u.createdAt.toISOString().slice(0, 16).replace("T", " ")} by {u.createdBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No updates yet.</p>
      )}
      <h2>Write an update</h2>
      <p className="note">
        It is saved as a draft: you see a preview and can send yourself a test before anyone gets it.
      </p>
      <AdminForm action={createUpdateAction} submitLabel="Save draft and preview" testId="new-update">
        <UpdateFields
          pages={pages.map((c) => ({ value: c.slug, label: c.name }))}
          signerCountries={listCountryOptions().map((c) => ({ value: c.code, label: c.name }))}
        />
      </AdminForm>
    </>
  );
}
