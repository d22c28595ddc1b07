"use client";

import { useRef, useState } from "react";
import type { TActionChannel } from "@/lib/messages/action-channels";
import { channelsForContact } from "@/lib/messages/channels";
import { renderTemplate } from "@/lib/messages/merge-fields";
import { firstPhoneNumber } from "@/lib/messages/phone";
import { EmailChannel } from "./EmailChannel";
import { CopyChannel, PhoneChannel, PostChannel, WebsiteChannel } from "./OtherChannels";
import { PrintLetter } from "./PrintLetter";
import { postAction } from "./record-action";
import { ThankYou } from "./ThankYou";
import type { TComposerProps } from "./types";
import { setAsUnicode } from "./unicode-input";

/**
 * The message composer: the page's one piece of client JavaScript. The supporter's name, town and
 * address never leave the browser; only "a channel was used for this target" is sent.
 */
export function Composer({ country, targets, template }: TComposerProps) {
  const [targetId, setTargetId] = useState(targets[0]?.id ?? "");
  const [name, setName] = useState("");
  const [town, setTown] = useState("");
  const [senderAddress, setSenderAddress] = useState("");
  const [editedSubject, setEditedSubject] = useState<string | null>(null);
  const [editedBody, setEditedBody] = useState<string | null>(null);
  const [result, setResult] = useState<{ count?: number; error?: string } | null>(null);
  // Each channel counts once per visit and target, however often its button is pressed.
  const recorded = useRef(new Set<string>());
  const target = targets.find((t) => t.id === targetId) ?? targets[0];
  if (!target) return null;

  const values = { target_name: target.name, country_name: country.name, supporter_name: name, supporter_town: town };
  const subject = editedSubject ?? renderTemplate(template.subject, values);
  const body = editedBody ?? renderTemplate(template.body, values);
  const personalised = editedBody !== null && editedBody.trim() !== renderTemplate(template.body, values).trim();
  const channels = channelsForContact(target);
  const phone = firstPhoneNumber(target.phone);
  async function act(channel: TActionChannel) {
    const key = `${target.id}:${channel}`;
    if (recorded.current.has(key)) return;
    recorded.current.add(key);
    setResult(await postAction(country.slug, target.id, channel));
  }

  return (
    <div className="composer" data-testid="composer">
      <fieldset>
        <legend>About you</legend>
        <p className="note">Used only to sign your message. It stays in your browser; we do not store it.</p>
        <div className="field">
          <label htmlFor="supporter-name">Your name</label>
          <input
            id="supporter-name"
            autoComplete="name"
            maxLength={100}
            onChange={(e) => setAsUnicode(e.currentTarget, setName)}
          />
        </div>
        <div className="field">
          <label htmlFor="supporter-town">Your town or postcode</label>
          <input
            id="supporter-town"
            autoComplete="address-level2"
            maxLength={100}
            onChange={(e) => setAsUnicode(e.currentTarget, setTown)}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Your message</legend>
        {targets.length > 1 ? (
          <div className="field">
            <label htmlFor="target">Send it to</label>
            <select id="target" value={target.id} onChange={(e) => setTargetId(e.target.value)}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>
            To: <strong>{target.name}</strong>
          </p>
        )}
        {!target.verified ? (
          <p className="flag flag-unverified">
            <strong>Not yet verified:</strong>
            {" these contact details come from public pages we have not yet checked."}{" "}
            <a href="#contacts-heading">See the sources</a>.
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="message-subject">Subject</label>
          <input
            id="message-subject"
            maxLength={200}
            value={subject}
            onChange={(e) => setEditedSubject(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="message-body">Message</label>
          <textarea
            id="message-body"
            rows={16}
            maxLength={5000}
            value={body}
            aria-describedby="message-help message-count"
            onChange={(e) => setEditedBody(e.target.value)}
          />
          <p id="message-count" className="note" data-testid="char-count">
            {body.length.toLocaleString("en-GB")} characters
          </p>
          <p id="message-help" className={personalised ? "note" : "tip"} data-testid="personalise-tip">
            {personalised
              ? "Thank you for making it your own."
              : "Add a sentence in your own words: identical messages are often counted as one, or not read at all."}
          </p>
          {editedBody !== null || editedSubject !== null ? (
            <p className="note">
              You have edited the message, so changes to your name or town above are no longer filled in for you.{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setEditedBody(null);
                  setEditedSubject(null);
                }}
              >
                Go back to the suggested message
              </button>
            </p>
          ) : null}
        </div>
      </fieldset>

      <section aria-labelledby="send-heading">
        <h3 id="send-heading">Send it</h3>
        {channels.includes("email") ? (
          <EmailChannel emails={target.emails} subject={subject} body={body} onAct={act} />
        ) : null}
        {channels.includes("webform") && target.website ? (
          <WebsiteChannel website={target.website} subject={subject} body={body} onAct={act} />
        ) : null}
        {channels.includes("post") && target.address ? (
          <PostChannel
            address={target.address}
            senderAddress={senderAddress}
            setSenderAddress={setSenderAddress}
            onAct={act}
          />
        ) : null}
        {phone && target.phone ? (
          <PhoneChannel
            phone={phone}
            phoneText={target.phone}
            caution={target.phoneCaution}
            onAct={act}
            script={
              `Hello, my name is ${name.trim() || "…"}. In March 2021 Burma Campaign UK named ${country.name} ` +
              "among the countries involved in military training and/or cooperation with the Burmese military, " +
              `which seized power in a coup that February. I am calling to ask the government of ${country.name} ` +
              "to end any such training and cooperation, and to say so publicly. Please pass my message to the " +
              "ambassador. Thank you."
            }
          />
        ) : null}
        <CopyChannel subject={subject} body={body} onAct={act} />
      </section>

      <ThankYou result={result} targetName={target.name} />
      {target.address ? (
        <PrintLetter
          senderName={name.trim()}
          senderAddress={senderAddress.trim()}
          senderTown={town.trim()}
          recipientName={target.name}
          recipientAddress={target.address}
          subject={subject}
          body={body}
        />
      ) : null}
    </div>
  );
}
