import { EcographError } from "../errors";

/**
 * The roles a token can carry (claim `roles`). Each role grants a set of abilities; `admin` has
 * all of them. Which abilities anonymous callers have is a setting (AUTH_ANONYMOUS_READS).
 */
export const ROLES = ["reader", "analyst", "integrator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Reading the graph, its on-demand metrics and the change feed. */
export const CAN_READ: readonly Role[] = ["reader", "analyst", "integrator", "admin"];
/** Writing: the generated create/update/delete mutations and partner sync. */
export const CAN_WRITE: readonly Role[] = ["integrator", "admin"];
/** Metric write-back (`runMetrics`) and the analyst reports. */
export const CAN_ANALYZE: readonly Role[] = ["analyst", "admin"];

/** Who is calling: the verified token's subject and roles, or an anonymous caller. */
export interface Caller {
  /** The token's `sub`; null for an anonymous caller. */
  readonly subject: string | null;
  readonly authenticated: boolean;
  /**
   * The roles the caller acts with. An anonymous caller acts as `reader` when anonymous reads are
   * allowed, and with no role otherwise.
   */
  readonly roles: readonly Role[];
}

export function anonymousCaller(allowAnonymousReads: boolean): Caller {
  return { subject: null, authenticated: false, roles: allowAnonymousReads ? ["reader"] : [] };
}

/** The request carried no usable credentials where they are needed, or a token that is not valid. */
export class UnauthenticatedError extends EcographError {
  readonly code = "UNAUTHENTICATED";
}

/** The caller is known but none of their roles allows the operation. */
export class ForbiddenError extends EcographError {
  readonly code = "FORBIDDEN";
}

/** True when the caller holds at least one of `allowed`. */
export function callerHas(caller: Caller, allowed: readonly Role[]): boolean {
  return caller.roles.some((role) => allowed.includes(role));
}

/**
 * Throws unless the caller holds one of `allowed`: UNAUTHENTICATED for an anonymous caller (a token
 * would help), FORBIDDEN for an authenticated one (their roles do not suffice).
 */
export function assertCallerHas(caller: Caller, allowed: readonly Role[], what: string): void {
  if (callerHas(caller, allowed)) return;
  const needed = allowed.join(" or ");
  if (!caller.authenticated) {
    throw new UnauthenticatedError(`${what} needs a token with the role ${needed}; send it as "Authorization: Bearer <token>".`);
  }
  throw new ForbiddenError(`${what} needs the role ${needed}; this token has ${caller.roles.length ? caller.roles.join(", ") : "no role"}.`);
}
