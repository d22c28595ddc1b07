import type { z } from "zod";
import { errorResponse } from "../errors";
import type { TBodySource } from "../http/read-body";
import { readJsonBody } from "../http/read-json-body";

export type TJsonAnswer = { status: number; headers: Record<string, string>; body: string };

type TJsonOptions<S extends z.ZodType, R> = {
  /** Anyone may call it, said in words (organiser JSON endpoints would check here first). */
  who: "public";
  schema: S;
  maxBytes: number;
  /** Refuse browser posts from other sites (CORS-open endpoints check their origins in `work`). */
  sameOriginOnly: boolean;
  status: number;
  work: (input: z.output<S>, request: TBodySource) => Promise<R>;
};

/**
 * The JSON twin of lib/actions/form-action.ts, for POST endpoints: read the body within its limit,
 * parse it with zod, run the work, and turn every error through userErrorOf (errorResponse) into a
 * status and words. Written against a body source, so Next's routes and the server layer's fast
 * path answer byte for byte the same.
 */
export async function runJsonRequest<S extends z.ZodType, R>(
  options: TJsonOptions<S, R>,
  request: TBodySource,
): Promise<TJsonAnswer> {
  try {
    const input = await readJsonBody(request, options.schema, {
      maxBytes: options.maxBytes,
      sameOriginOnly: options.sameOriginOnly,
    });
    const result = await options.work(input, request);
    return {
      status: options.status,
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
      body: JSON.stringify(result),
    };
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  }
}

/** A Next route answer from a JSON answer. */
export const toResponse = (answer: TJsonAnswer) =>
  new Response(answer.body, { status: answer.status, headers: answer.headers });
