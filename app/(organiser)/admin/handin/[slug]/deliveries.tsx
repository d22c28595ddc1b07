import { formatPartialDate } from "@/lib/i18n/format-date";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { DELIVERY_METHOD_WORDS as HOW } from "@/lib/handin/record-delivery";

type TDelivery = {
  id: string;
  deliveredOn: string;
  method: keyof typeof HOW;
  recipient: string;
  photoUrl: string | null;
  reply: string | null;
  signatureCount: number;
  createdBy: string;
};

/** Past deliveries, newest first, as recorded. */
export function Deliveries({ deliveries }: { deliveries: TDelivery[] }) {
  return (
    <ul data-testid="deliveries">
      {deliveries.map((d) => (
        <li key={d.id}>
          {formatPartialDate(d.deliveredOn)}: {HOW[d.method]} to {d.recipient},{" "}
          {d.signatureCount.toLocaleString("en-GB")} signatures (recorded by {d.createdBy}).
          {d.photoUrl ? (
            <>
              {" "}
              Photo: <ExternalLink href={d.photoUrl} />
            </>
          ) : null}
          {d.reply ? <p>Reply: {d.reply}</p> : null}
        </li>
      ))}
    </ul>
  );
}
