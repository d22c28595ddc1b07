// Pure. An update's status in the words the organiser area shows.
export const STATUS_WORDS = {
  DRAFT: "Draft",
  SENDING: "Sending",
  PAUSED: "Paused",
  SENT: "All handed to the outbox",
} as const;
