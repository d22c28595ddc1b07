// Pure. The first name in a signer's emails is what the submitter typed, and the email goes to the
// address's owner, who may be someone else: the campaign's domain must not carry their words (a link,
// a line break, a reversed file name, an instruction). A name is used only if it is letters and marks
// (a hyphen or apostrophe inside), at most three words and 30 characters; anything else greets without it.
const NAME = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?: [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*){0,2}$/u;

/** " Name" for a greeting ("Hello Name,"), or "" when the name is not plainly one. */
export function greetingName(firstName: string): string {
  return firstName.length <= 30 && NAME.test(firstName) ? ` ${firstName}` : "";
}
