import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/AdminForm";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getCampaignOverview } from "@/lib/campaign/queries";
import { saveCampaignTextAction } from "../actions/content";

export const metadata: Metadata = { title: "Content", robots: { index: false } };

export default async function ContentPage() {
  await requireOrganiserPage();
  const campaign = await getCampaignOverview();
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
    </>
  );
}
