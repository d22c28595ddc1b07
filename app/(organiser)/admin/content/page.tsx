import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/AdminForm";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getCampaignOverview } from "@/lib/campaign/queries";
import { addCountryAction, saveCampaignTextAction } from "../actions/content";
import { getDb } from "@/lib/db/get-db";

export const metadata: Metadata = { title: "Content", robots: { index: false } };

export default async function ContentPage() {
  await requireOrganiserPage();
  const campaign = await getCampaignOverview(getDb());
  return (
    <>
      <h1>Content</h1>
      <h2>Campaign text</h2>
      <AdminForm action={saveCampaignTextAction} submitLabel="Save campaign text" testId="campaign-text">
        <div className="field">
          <label htmlFor="title">Title</label>
          <input id="title" name="title" defaultValue={campaign.title} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="ask">What the campaign asks</label>
          <textarea id="ask" name="ask" rows={5} defaultValue={campaign.ask} />
        </div>
      </AdminForm>
      <h2>Countries</h2>
      <ul data-testid="content-countries">
        {campaign.countries.map((c) => (
          <li key={c.id}>
            <Link href={`/admin/content/${c.slug}`}>{c.name}</Link> ({c.status === "LISTED" ? "on the list" : "removed"}
            )
          </li>
        ))}
      </ul>
      <h2>Add a country</h2>
      <p className="note">
        For a country the briefing of March 2021 does not name: its page says who added it, when and on what source, and
        is live as soon as it is saved. Then add its evidence, a contact and at least one letter.
      </p>
      <AdminForm action={addCountryAction} submitLabel="Add country" testId="add-country">
        <div className="field">
          <label htmlFor="new-name">Name</label>
          <input id="new-name" name="name" />
        </div>
        <div className="field">
          <label htmlFor="new-slug">Web address part (e.g. laos for /countries/laos)</label>
          <input id="new-slug" name="slug" />
        </div>
        <div className="field">
          <label htmlFor="new-iso2">Two-letter ISO code (e.g. LA)</label>
          <input id="new-iso2" name="iso2" maxLength={2} />
        </div>
        <input type="hidden" name="status" value="LISTED" />
        <div className="field">
          <label htmlFor="new-status-date">Date it was added to the list</label>
          <input id="new-status-date" name="statusDate" type="date" />
        </div>
        <div className="field">
          <label htmlFor="new-status-note">Why (shown on its page)</label>
          <textarea id="new-status-note" name="statusNote" rows={3} />
        </div>
        <div className="field">
          <label htmlFor="new-status-source">Source (web address)</label>
          <input id="new-status-source" name="statusSourceUrl" type="url" />
        </div>
      </AdminForm>
    </>
  );
}
