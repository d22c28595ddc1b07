"use client";

import { useRef, useState, useSyncExternalStore } from "react";
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

// One draw per page load, so every render of the composer agrees on it.
const PAGE_DRAW = Math.random();
const noSubscription = () => () => {};
const browserDraw = () => PAGE_DRAW;
const serverDraw = () => -1; // no draw on the server: the first letter, until hydrated

/** The letter with the supporter's "why I care" line put before its sign-off (its last paragraph). */
function withWhy(body: string, why: string): string {
  const line = why.trim();
  if (!line) return body;
  const end = body.lastIndexOf("\n\n");
  return end === -1 ? `${body}\n\n${line}` : `${body.slice(0, end)}\n\n${line}${body.slice(end)}`;
}

/**
 * The message composer: the page's one piece of client JavaScript. The supporter's name, town and
 * address never leave the browser; only "a channel was used for this target" is sent.
 */
export function Composer({ country, targets, letters, whyExamples, inBriefing, share }: TComposerProps) {
  const [chosenLetter, setChosenLetter] = useState<number | null>(null);
  const [why, setWhy] = useState("");
  const [targetId, setTargetId] = useState(targets[0]?.id ?? "");
  const [name, setName] = useState("");
  const [town, setTown] = useState("");
  const [senderAddress, setSenderAddress] = useState("");
  const [editedSubject, setEditedSubject] = useState<string | null>(null);
  const [editedBody, setEditedBody] = useState<string | null>(null);
  const [result, setResult] = useState<{ count?: number; error?: string } | null>(null);
  // Each channel counts once per visit and target, however often its button is pressed.
  const recorded = useRef(new Set<string>());
  // A letter at random per visitor, so embassies do not receive one text many times over. Drawn in
  // the browser: the cached page is the same for everyone (and shows the first without JavaScript).
  const draw = useSyncExternalStore(noSubscription, browserDraw, serverDraw);
  const letterIndex = chosenLetter ?? (draw < 0 ? 0 : Math.floor(draw * letters.length));
  const template = letters[letterIndex] ?? letters[0];
  const target = targets.find((t) => t.id === targetId) ?? targets[0];
  if (!target || !template) return null;

  const values = { target_name: target.name, country_name: country.name, supporter_name: name, supporter_town: town };
  const subject = editedSubject ?? renderTemplate(template.subject, values);
  const suggested = withWhy(renderTemplate(template.body, values), why);
  const body = editedBody ?? suggested;
  const personalised =
    why.trim() !== "" || (editedBody !== null && editedBody.trim() !== renderTemplate(template.body, values).trim());
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
        {letters.length > 1 ? (
          <p
            className="note"
            data-testid="letter-choice"
            data-letter={template.id}
            data-drawn={draw < 0 ? "server" : "browser"}
          >
            Suggested letter {letterIndex + 1} of {letters.length}.{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setChosenLetter((letterIndex + 1) % letters.length);
                setEditedBody(null);
                setEditedSubject(null);
              }}
            >
              Show me a different letter
            </button>
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="why-i-care">Why this matters to you (optional: it goes just above the sign-off)</label>
          <textarea
            id="why-i-care"
            rows={2}
            maxLength={600}
            value={why}
            aria-describedby="why-examples"
            onChange={(e) => setWhy(e.target.value)}
          />
          <details id="why-examples">
            <summary>Ideas for a sentence of your own</summary>
            <ul className="why-examples">
              {whyExamples.map((example) => (
                <li key={example}>
                  {example}{" "}
                  <button type="button" className="link-button" onClick={() => setWhy(example)}>
                    Use this<span className="visually-hidden">: {example}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </div>
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
              `Hello, my name is ${name.trim() || "…"}. ` +
              (inBriefing
                ? `In March 2021 Burma Campaign UK named ${country.name} among the countries involved in military ` +
                  "training and/or cooperation with the Burmese military, which seized power in a coup that February. "
                : "") +
              `I am calling to ask the government of ${country.name} to end any military training and ` +
              "cooperation with the Burmese military, and to say so publicly. Please pass my message to the " +
              "ambassador. Thank you."
            }
          />
        ) : null}
        <CopyChannel subject={subject} body={body} onAct={act} />
      </section>

      <ThankYou result={result} targetName={target.name} share={share} />
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
