import type { Metadata } from "next";

export const metadata: Metadata = { title: "Privacy" };

// Plain-language notice. Each capability that stores personal data adds its section here.
export default function PrivacyPage() {
  return (
    <>
      <h1>How we handle your data</h1>
      <p className="lead">We keep as little about you as we can, only for as long as we need it, and never sell or share it.</p>
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">Reading this site</h2>
        <p>
          Reading the evidence and contact pages stores nothing about you: no account, no tracking cookies, no
          advertising or analytics scripts. Our server keeps ordinary technical logs (such as the time of a request) to
          keep the site running, and deletes them routinely.
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
          declaration we keep it, with your home address, as the law requires.
        </p>
      </section>
      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">Your rights</h2>
        <p>
          Under UK data protection law you can ask to see, correct or delete what we hold about you, and complain to
          the Information Commissioner&apos;s Office.
        </p>
      </section>
    </>
  );
}
