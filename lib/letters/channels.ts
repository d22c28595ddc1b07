// Pure: which ways of reaching a target exist, from what its contact record actually holds.
import { phoneToCall } from "./phone";

export type TChannel = "email" | "webform" | "post" | "phone" | "copy";
export type TChannelContact = {
  emails: string[];
  website: string | null;
  address: string | null;
  phone: string | null;
};

export function channelsForContact(contact: TChannelContact): TChannel[] {
  const channels: TChannel[] = [];
  if (contact.emails.length) channels.push("email");
  if (contact.website) channels.push("webform");
  if (contact.address) channels.push("post");
  if (phoneToCall(contact.phone)) channels.push("phone");
  channels.push("copy");
  return channels;
}
