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
  let jwt = new SignJWT({ roles: [...request.roles] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn);
  if (auth.issuer !== undefined) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience !== undefined) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(new TextEncoder().encode(auth.jwtSecret));
}
