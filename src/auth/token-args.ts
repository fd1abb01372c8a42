import { parseArgs } from "node:util";
import { isRole, ROLES, type Role } from "./roles";
import type { TokenRequest } from "./dev-token";

export const TOKEN_USAGE = `Usage: npm run token -- --role <role>[,<role>...] [--subject <name>] [--expires <duration>]

Prints a development token signed with AUTH_JWT_SECRET (or the development secret).
  --role      one or more of ${ROLES.join(", ")} (repeat the flag or separate with commas)
  --subject   who the token is for (default: developer)
  --expires   lifetime such as 30m, 8h, 7d (default: 8h)

Send it as:  Authorization: Bearer <token>`;

/** Parses the token CLI's arguments; throws an Error with the usage-level message when they are wrong. */
export function parseTokenArgs(argv: readonly string[]): TokenRequest {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      role: { type: "string", multiple: true },
      subject: { type: "string", default: "developer" },
      expires: { type: "string", default: "8h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument ${JSON.stringify(positionals[0])}.`);
  const roles = (values.role ?? []).flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  if (roles.length === 0) throw new Error(`Name at least one role with --role (${ROLES.join(", ")}).`);
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new Error(`Unknown role ${unknown.map((r) => JSON.stringify(r)).join(", ")}; the roles are ${ROLES.join(", ")}.`);
  if (!/^\d+[smhdw]$/.test(values.expires!)) {
    throw new Error(`--expires must be a number with a unit s, m, h, d or w (e.g. 8h), but got ${JSON.stringify(values.expires)}.`);
  }
  return { roles: [...new Set(roles as Role[])], subject: values.subject!, expiresIn: values.expires! };
}
