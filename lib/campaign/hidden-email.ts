// Pure. Where a contact has no email, its research notes may say why: a page published one, but the
// stored copy hides it behind "[email protected]" (a web host's address-hiding), or the notes say it is
// hidden. Such a mission has published an address; "no published address found" would be untrue of it.

const HIDDEN = /\[email(?:\s|&#160;|\u00a0)protected\]|\b(?:is|are) hidden\b|\bhides (?:it|them)\b/i;

export function emailHiddenInSource(contact: { emails: readonly string[]; notes: string | null }): boolean {
  return contact.emails.length === 0 && HIDDEN.test(contact.notes ?? "");
}
