import { SignJWT } from "jose";
import type { AuthConfig } from "../config";
import type { Role } from "./roles";

export interface TokenRequest {
  readonly roles: readonly Role[];
  readonly subject: string;
  /** Lifetime, e.g. "8h", "30m", "7d". */
  readonly expiresIn: string;
}

/**
 * Mints an HS256 token with the configured secret, for development and tests. With a JWKS URL
 * configured there is no secret here: tokens then come from the identity provider.
 */
export async function mintToken(auth: AuthConfig, request: TokenRequest): Promise<string> {
  if (auth.jwtSecret === undefined) {
    throw new Error("No AUTH_JWT_SECRET is configured (tokens are verified against AUTH_JWKS_URL): get a token from your identity provider.");
  }
  const lifetime = lifetimeSeconds(request.expiresIn);
  if (lifetime === undefined || lifetime > auth.maxTokenLifetimeSeconds) {
    throw new Error(
      `A token may live at most ${auth.maxTokenLifetimeSeconds} s (AUTH_MAX_TOKEN_LIFETIME_SECONDS), ` +
        `but ${JSON.stringify(request.expiresIn)} asks for ${lifetime ?? "an unreadable lifetime"}${lifetime === undefined ? "" : " s"}; ask for less, e.g. 8h.`,
    );
  }
  let jwt = new SignJWT({ roles: [...request.roles] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn);
  if (auth.issuer !== undefined) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience !== undefined) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(new TextEncoder().encode(auth.jwtSecret));
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** "30m" → 1800; undefined when it is not a number with a unit s, m, h, d or w. */
export function lifetimeSeconds(duration: string): number | undefined {
  const match = /^(\d+)([smhdw])$/.exec(duration);
  return match ? Number(match[1]) * UNIT_SECONDS[match[2]!]! : undefined;
}
