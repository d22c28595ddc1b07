import { formatPartialDate } from "@/lib/campaign/format-date";

/** Says plainly whether an organiser has checked a contact against its sources. */
export function VerificationFlag({ verifiedAt }: { verifiedAt: Date | null }) {
  if (verifiedAt) {
    return <p className="flag flag-verified">Checked by the campaign team on {formatPartialDate(verifiedAt)}.</p>;
  }
  return (
    <p className="flag flag-unverified" data-testid="unverified-flag">
      <strong>Not yet verified.</strong> These details come from the public pages listed as sources and have not been
      checked with the mission. Please confirm them before you rely on them.
    </p>
  );
}
