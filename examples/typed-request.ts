import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/** A GraphQL error as the API returns it: a message and a code in `extensions.code`. */
export interface ApiError {
  readonly message: string;
  readonly extensions?: { readonly code?: string } & Record<string, unknown>;
}

/** The API answered with errors; `errors` holds them, each with its `extensions.code`. */
export class ApiErrors extends Error {
  constructor(readonly errors: readonly ApiError[]) {
    super(errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("\n"));
  }
}

/**
 * How a frontend calls the API with the generated documents (`npm run codegen`): the document's
 * type fixes the variables it takes and the shape of `data`, so a renamed field or a wrong
 * variable is a compile error instead of a runtime surprise. Plain `fetch`, no client library.
 */
export async function request<TData, TVariables extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<TData> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: ApiError[] };
  if (body.errors?.length) throw new ApiErrors(body.errors);
  if (body.data === undefined || body.data === null) throw new Error(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}
