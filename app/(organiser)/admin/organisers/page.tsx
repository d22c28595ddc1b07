import type { Metadata } from "next";
import { AdminForm } from "@/components/admin/AdminForm";
import { listOrganisers } from "@/lib/admin/organisers";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { inviteOrganiserAction, removeOrganiserAction } from "../actions/organisers";

export const metadata: Metadata = { title: "Organisers", robots: { index: false } };

export default async function OrganisersPage() {
  const admin = await requireOrganiserPage("ADMIN");
  const users = await listOrganisers(getDb());
  return (
    <>
      <h1>Organisers</h1>
      <table className="admin-table" data-testid="organisers">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Remove</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.email}>
              <td>{u.email}</td>
              <td>{u.role === "ADMIN" ? "Admin" : "Organiser"}</td>
              <td>
                {u.email === admin.email ? (
                  "(you)"
                ) : (
                  <AdminForm
                    action={removeOrganiserAction.bind(null, u.email)}
                    submitLabel={`Remove ${u.email}`}
                    danger
                  >
                    <span />
                  </AdminForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Invite an organiser</h2>
      <AdminForm action={inviteOrganiserAction} submitLabel="Invite" testId="invite">
        <div className="field">
          <label htmlFor="invite-email">Email</label>
          <input id="invite-email" name="email" type="email" required />
        </div>
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" name="role">
            <option value="ORGANISER">Organiser</option>
            <option value="ADMIN">Admin (can invite and remove)</option>
          </select>
        </div>
      </AdminForm>
    </>
  );
}
