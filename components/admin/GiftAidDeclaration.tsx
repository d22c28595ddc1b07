import Link from "next/link";
import type { TFormState } from "@/lib/forms/form-state";
import { AdminForm } from "./AdminForm";

type TAction = (state: TFormState, formData: FormData) => Promise<TFormState>;
type TProps = {
  donation: {
    giftAid: boolean;
    giftAidTitle: string | null;
    giftAidFirstName: string | null;
    giftAidLastName: string | null;
    giftAidHouse: string | null;
    giftAidPostcode: string | null;
    giftAidName: string | null;
    giftAidAddress: string | null;
    giftAidDeclarationVersion: string | null;
    giftAidDeclaredAt: Date | null;
    giftAidCancelledAt: Date | null;
  };
  claims: { id: string; reference: string }[];
  complete: TAction;
  cancel: TAction;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");

/**
 * A gift's Gift Aid declaration for organisers: as HMRC's schedule needs it, with what an earlier
 * form took (one name, a free address) shown as typed beside empty fields to complete by hand.
 */
export function GiftAidDeclaration({ donation: d, claims, complete, cancel }: TProps) {
  if (!d.giftAid)
    return (
      <>
        <h2>Gift Aid</h2>
        <p>No Gift Aid declaration with this gift.</p>
      </>
    );
  const incomplete = !d.giftAidFirstName || !d.giftAidLastName || !d.giftAidHouse;
  return (
    <>
      <h2>Gift Aid</h2>
      <dl className="contact-details" data-testid="gift-aid-declaration">
        <dt>Declaration</dt>
        <dd>
          {d.giftAidCancelledAt
            ? `Cancelled on ${day(d.giftAidCancelledAt)}: nothing more is claimed.`
            : `Made on ${day(d.giftAidDeclaredAt)} (wording of ${d.giftAidDeclarationVersion ?? "unknown date"}).`}
        </dd>
        <dt>Name</dt>
        <dd>{[d.giftAidTitle, d.giftAidFirstName, d.giftAidLastName].filter(Boolean).join(" ") || "–"}</dd>
        <dt>House name or number</dt>
        <dd>{d.giftAidHouse ?? "–"}</dd>
        <dt>Postcode</dt>
        <dd>{d.giftAidPostcode ?? "–"}</dd>
        {d.giftAidName || d.giftAidAddress ? (
          <>
            <dt>As given on the earlier form</dt>
            <dd className="preserve-lines">
              {d.giftAidName ?? ""}
              {"\n"}
              {d.giftAidAddress ?? ""}
            </dd>
          </>
        ) : null}
        <dt>Claimed</dt>
        <dd>
          {claims.length
            ? claims.map((c, i) => (
                <span key={c.id}>
                  {i ? ", " : ""}
                  <Link href={`/admin/donations/gift-aid/${c.id}`}>{c.reference}</Link>
                </span>
              ))
            : "Not yet"}
        </dd>
      </dl>
      {incomplete && !d.giftAidCancelledAt ? (
        <AdminForm action={complete} submitLabel="Complete the declaration" testId="complete-declaration">
          <p>
            HMRC needs the donor&apos;s first and last name and their house name or number. Type them from what the
            donor gave (above), or ask the donor; do not guess.
          </p>
          <Field name="giftAidTitle" label="Title (optional)" value={d.giftAidTitle} maxLength={4} />
          <Field name="giftAidFirstName" label="First name" value={d.giftAidFirstName} maxLength={35} />
          <Field name="giftAidLastName" label="Last name" value={d.giftAidLastName} maxLength={35} />
          <Field name="giftAidHouse" label="House name or number" value={d.giftAidHouse} maxLength={40} />
          <Field name="giftAidPostcode" label="Postcode" value={d.giftAidPostcode} maxLength={10} />
        </AdminForm>
      ) : null}
      {!d.giftAidCancelledAt ? (
        <AdminForm action={cancel} submitLabel="Cancel the declaration" danger testId="cancel-declaration">
          <p>When the donor asks to cancel: no gift of theirs is claimed from then on (past claims stand).</p>
        </AdminForm>
      ) : null}
    </>
  );
}

function Field({
  name,
  label,
  value,
  maxLength,
}: {
  name: string;
  label: string;
  value: string | null;
  maxLength: number;
}) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} defaultValue={value ?? ""} maxLength={maxLength} />
    </div>
  );
}
