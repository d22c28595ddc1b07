import { deliveryJob } from "./delivery-job";
import { donorRetentionJob } from "./donor-retention-job";
import type { TJob } from "./job";
import { remindersJob } from "./reminders-job";
import { repeatSignersJob } from "./repeat-signers-job";
import { retentionJob } from "./retention-job";
import { stripeCustomerDeletionJob } from "./stripe-customer-deletion-job";
import { signInLinksJob } from "./sign-in-links-job";
import { updatePacingJob } from "./update-pacing-job";

/**
 * Every background job the worker runs (lib/jobs/run-jobs.ts), each on its own interval and backoff.
 * Adding a job is one line here.
 */
export const JOBS: TJob[] = [
  deliveryJob,
  signInLinksJob,
  updatePacingJob,
  repeatSignersJob,
  remindersJob,
  retentionJob,
  donorRetentionJob,
  stripeCustomerDeletionJob,
];
