import { z } from "zod";

/**
 * A web address an organiser gives as a source or a website: http(s) only. zod's plain url() also
 * takes javascript:, data: and mailto:, which would become live links on the public pages.
 */
export const webUrl = (message: string) => z.url({ protocol: /^https?$/, error: message }).max(2000, message);
