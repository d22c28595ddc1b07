import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireOrganiser, type TOrganiser } from "../auth/guards";
import { userErrorOf } from "../errors";
import type { TFormState } from "../forms/form-state";
import { formStrings } from "../http/form-strings";
import { isLang } from "../i18n/languages";
import { sayFormState, type TCodedFormState } from "../i18n/localise-reason";
import { reason, saidOf, type TReason } from "../reasons/reason";
import { errorKind, getLogger } from "../observability/logger";

/** Who may run an action: anyone ("public", said in words), any organiser, or admins only. */
export type TWho = "public" | "organiser" | "admin";
type TAsker<W extends TWho> = W extends "public" ? null : TOrganiser;

type TOptions<W extends TWho, S extends z.ZodType> = {
  who: W;
  schema: S;
  /** Fields sent back with a refusal, so a form posted without JavaScript keeps what was typed. */
  echo?: readonly string[];
  /**
   * The work; returns what to say, a coded reason (lib/reasons/reason.ts), or null when the form
   * answers with a redirect and says nothing. It may call redirect() (passed through untouched).
   */
  work: (input: z.output<S>, asker: TAsker<W>) => Promise<TReason | null>;
};

/** Field → first message, for showing next to each field. */
function fieldMessages(error: z.ZodError): Record<string, TReason> {
  const fields: Record<string, TReason> = {};
  for (const issue of error.issues) fields[String(issue.path[0] ?? "form")] ??= saidOf(issue.message);
  return fields;
}

/**
 * The one way a server action runs (after dub's safe-action clients): check who is asking, first;
 * parse the form with zod; run the work; turn every error through userErrorOf into the form's state:
 * a user's mistake with its field messages, a database outage as "restarting", anything else logged
 * and answered generically. Next's own control flow (redirect, notFound, forbidden) passes through.
 * A public form posts its page's language (`lang`), and is answered in it: every answer is a coded
 * reason until then (lib/reasons/reason.ts), said by code from the catalogue.
 */
export async function runFormAction<W extends TWho, S extends z.ZodType>(
  options: TOptions<W, S>,
  formData: FormData,
  bound: Record<string, string> = {},
): Promise<TFormState> {
  const state = await runCoded(options, formData, bound);
  // Only the public site is translated: an organiser's form may post a `lang` of its own (the
  // translation it saves) and is answered in English, the organiser area's language.
  const lang = options.who === "public" && formData instanceof FormData ? formData.get("lang") : null;
  return sayFormState(state, typeof lang === "string" && isLang(lang) ? lang : "en");
}

async function runCoded<W extends TWho, S extends z.ZodType>(
  options: TOptions<W, S>,
  formData: FormData,
  bound: Record<string, string>,
): Promise<TCodedFormState> {
  const asker = (
    options.who === "public" ? null : await requireOrganiser(options.who === "admin" ? "ADMIN" : "ORGANISER")
  ) as TAsker<W>;
  // Values bound to the action (a page's slug, a row's id) are parsed with the form, and win over it.
  const raw = { ...formStrings(formData), ...bound };
  const values = options.echo
    ? Object.fromEntries(options.echo.map((key) => [key, (raw[key] ?? "").slice(0, 300)]))
    : undefined;
  const parsed = options.schema.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error);
    return {
      status: "error",
      code: "INVALID_INPUT",
      said: reason("checkDetails"),
      saidAsFields: !options.echo,
      fields,
      values,
    };
  }
  try {
    return { status: "ok", said: await options.work(parsed.data, asker) };
  } catch (error) {
    unstable_rethrow(error);
    const userError = userErrorOf(error);
    if (userError) {
      const fields = userError.details?.fields;
      const challenge = userError.details?.challenge;
      return {
        status: "error",
        code: userError.code,
        said: userError.reason,
        saidAsFields: Boolean(fields && !options.echo),
        fields,
        values,
        ...(challenge ? { challenge } : {}),
      };
    }
    getLogger().error(errorKind(error), "server action failed; answered INTERNAL");
    return { status: "error", code: "INTERNAL", said: reason("internal"), values };
  }
}
