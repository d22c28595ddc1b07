import { AdminForm } from "@/components/admin/AdminForm";
import { recordHandInAction } from "../../actions/handin";

/** When, how and to whom a pack was handed in; the count starts as today's and can be corrected to the pack's. */
export function DeliveryForm({ slug, signatureCount }: { slug: string; signatureCount: number }) {
  return (
    <AdminForm action={recordHandInAction.bind(null, slug)} submitLabel="Mark delivered" testId="mark-delivered">
      <div className="field">
        <label htmlFor="delivered-on">Date handed in</label>
        <input id="delivered-on" name="deliveredOn" type="date" required />
      </div>
      <div className="field">
        <label htmlFor="delivered-how">How</label>
        <select id="delivered-how" name="method" defaultValue="IN_PERSON">
          <option value="IN_PERSON">In person</option>
          <option value="POST">By post</option>
          <option value="EMAIL">By email</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="delivered-to">To whom (shown publicly, e.g. &quot;the Deputy Head of Mission&quot;)</label>
        <input id="delivered-to" name="recipient" required />
      </div>
      <div className="field">
        <label htmlFor="delivered-count">Signatures the pack counted</label>
        <input
          id="delivered-count"
          name="signatureCount"
          type="number"
          min={0}
          defaultValue={signatureCount}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="delivered-photo">Photo (web address, optional: it becomes the update&apos;s source)</label>
        <input id="delivered-photo" name="photoUrl" type="url" />
      </div>
      <div className="field">
        <label htmlFor="delivered-reply">Their reply (optional, shown publicly)</label>
        <textarea id="delivered-reply" name="reply" rows={4} />
      </div>
    </AdminForm>
  );
}
