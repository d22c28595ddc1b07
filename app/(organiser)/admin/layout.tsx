import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/AdminNav";
import { signOutAction } from "./actions/session";

// Navigation only: every page below checks who is asking itself. The sign-in pages show no menu.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="admin">
      <AdminNav signOut={signOutAction} />
      {children}
    </div>
  );
}
