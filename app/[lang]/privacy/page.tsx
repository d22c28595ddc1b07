import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import Link from "next/link";
import { RETENTION } from "@/lib/privacy/retention";
import { pageMetadata } from "@/lib/share/page-metadata";

export const metadata: Metadata = pageMetadata({
  path: "/privacy",
  title: "Privacy",
  description:
    "What this campaign keeps about supporters, for how long, and who sees it. No tracking, no advertising or " +
    "analytics scripts.",
  image: "site",
});

// Plain-language notice. Each capability that stores personal data adds its section here.
export default function PrivacyPage({ params }: { params: Promise<{ lang: string }> }) {
  const { unconfirmedSignatureDays } = RETENTION;
  return (
    <EnglishOnly params={params}>
      <h1>How we handle your data</h1>
      <p className="lead">
        We keep as little about you as we can, only for as long as we need it, and never sell or share it.
      </p>
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">Reading this site</h2>
        <p>
          Reading the evidence and contact pages stores nothing about you: no account, no tracking cookies, no
          advertising or analytics scripts. Our server keeps ordinary technical logs (such as the time of a request) to
          keep the site running, and deletes them routinely. The share buttons are ordinary links: nothing from
          WhatsApp, Facebook, X or the other networks loads on our pages, and a network learns of you only if you press
          its button and share.
        </p>
      </section>
      <section aria-labelledby="sign-heading">
        <h2 id="sign-heading">If you sign the petition</h2>
        <p>
          We store your name, email address, country, optional postcode, and the time you signed, so we can count your
          signature and hand the petition in. We also record exactly which privacy wording you were shown, whether you
          chose to hear from us about the campaign (only if you tick that box), and a scrambled (hashed) form of your
          internet address to stop automated abuse. Your signature only counts once you confirm it with the link we
          email you; if you do not, we send at most two reminders. You can remove your signature and its personal data
          at any time with the link in any email we send; we then keep only a note that a signature was removed.
        </p>
        <p>
          <strong>Who sees your name.</strong> The petition is handed to the governments it names. They are told how
          many people signed and from which countries and postcode areas (such as &ldquo;SW1A&rdquo;). Your name is on
          the list they receive only if you ticked &ldquo;Add my name to the list we hand to the governments&rdquo;;
          nobody&apos;s email address or full postcode is ever on it. Inside the campaign, only signed-in organisers can
          see signers&apos; names and emails, and every export they make is recorded.
        </p>
        <p>
          <strong>Nobody can find out from this site whether you signed.</strong> The site answers everyone who signs
          with the same words, whether or not that address had signed before; anything that differs goes to the address
          by email.
        </p>
      </section>
      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">If you asked for campaign updates</h2>
        <p>
          Only if you ticked &ldquo;Email me campaign updates&rdquo; when signing, and confirmed your signature, do we
          email you news of the campaign, now and then. We record which updates we sent you, so nobody gets one twice.
        </p>
        <p>
          <strong>To stop them,</strong> open the link at the end of any update and press the button, or use your mail
          program&apos;s &ldquo;Unsubscribe&rdquo; button, which works in one click. You do not need to sign in or give
          your address. We record the time you stopped them; from then on no update goes to you, and organisers no
          longer see you among the people who asked for updates. Your signature still counts; to remove it as well, use
          the link in the email that asked you to confirm it. The page answers the same whatever link is opened, so it
          tells nobody whether an address signed.
        </p>
      </section>
      <section aria-labelledby="write-heading">
        <h2 id="write-heading">If you write to a government</h2>
        <p>
          Your message is sent from your own email, letter or phone. We only count that someone used a channel for a
          country, with no name or address attached.
        </p>
      </section>
      <section aria-labelledby="donate-heading">
        <h2 id="donate-heading">If you donate</h2>
        <p>
          Payments are handled by Stripe; we never see your card details. We keep the amount, date, and the name and
          email Stripe gives us, to send a receipt and meet our legal record-keeping duties. If you make a Gift Aid
          declaration we keep it, with your name, house name or number and postcode, as the law requires, and send those
          details with your gifts to HMRC when we claim Gift Aid on them.
        </p>
      </section>
      <section aria-labelledby="keep-heading">
        <h2 id="keep-heading">How long we keep it</h2>
        <ul>
          <li>
            A signature that is never confirmed is deleted, with its emails, after {unconfirmedSignatureDays} days.
          </li>
          <li>
            Once an email is sent we keep only that it was sent (to whom, when, its subject), not its text or links.
          </li>
          <li>
            Gift Aid details given for a gift that was never completed are erased after{" "}
            {RETENTION.unfinishedGiftAidDays} days.
          </li>
          <li>
            When the petition closes, and it has been handed in, signatures are anonymised: names, emails and full
            postcodes are removed and only the counts by country and postcode area stay.
          </li>
          <li>Gifts and Gift Aid declarations are kept as long as the law on charity and tax records requires.</li>
        </ul>
        <p>A job runs every day to apply these rules, and records how many items it removed.</p>
      </section>
      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">Your rights</h2>
        <p>
          Under UK data protection law you can ask to see, correct or delete what we hold about you, and complain to the
          Information Commissioner&apos;s Office.{" "}
          <Link href="/privacy/my-data">See and download everything we hold about your email address</Link>: we email
          that address a link to it.
        </p>
      </section>
    </EnglishOnly>
  );
}
