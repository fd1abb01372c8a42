import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from "jose";
import type { AuthConfig } from "../config";
import { anonymousCaller, isRole, UnauthenticatedError, type Caller, type Role } from "./roles";

/** Algorithms accepted from a JWKS (asymmetric only; `none` and HMAC are never accepted there). */
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];
/** Longest Authorization header looked at; a real token is a few hundred bytes. */
const MAX_AUTHORIZATION_HEADER = 8 * 1024;

/** The verified identity of a request: the caller, and the claims @neo4j/graphql evaluates. */
export interface Authentication {
  readonly caller: Caller;
  /** The verified payload for @neo4j/graphql's `@authentication` rules; undefined when anonymous. */
  readonly jwt: (JWTPayload & { roles: Role[] }) | undefined;
}

/**
 * Turns an `Authorization` header into a caller. No header: an anonymous caller (who may read
 * when AUTH_ANONYMOUS_READS allows it). A header that is there but not a valid bearer token is
 * refused with UNAUTHENTICATED — never treated as anonymous — so a client with an expired or
 * mistyped token learns it at once.
 */
export class Authenticator {
  private readonly verifySignature: (token: string, options: JWTVerifyOptions) => Promise<JWTPayload>;

  constructor(private readonly config: AuthConfig) {
    if (config.jwksUrl !== undefined) {
      const keySet = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
      this.verifySignature = async (token, options) =>
        (await jwtVerify(token, keySet, { ...options, algorithms: JWKS_ALGORITHMS })).payload;
    } else if (config.jwtSecret !== undefined) {
      const secret = new TextEncoder().encode(config.jwtSecret);
      this.verifySignature = async (token, options) =>
        (await jwtVerify(token, secret, { ...options, algorithms: ["HS256"] })).payload;
    } else {
      throw new Error("Authenticator needs AUTH_JWT_SECRET or AUTH_JWKS_URL (loadConfig guarantees one of them)");
    }
  }

  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (authorization === undefined || authorization.trim() === "") {
      return { caller: anonymousCaller(this.config.anonymousReads), jwt: undefined };
    }
    if (authorization.length > MAX_AUTHORIZATION_HEADER) {
      throw new UnauthenticatedError(`The Authorization header is longer than ${MAX_AUTHORIZATION_HEADER} bytes; send "Bearer <token>".`);
    }
    const match = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/i.exec(authorization.trim());
    if (!match) {
      throw new UnauthenticatedError('The Authorization header must be "Bearer <token>", with a JSON Web Token.');
    }
    const payload = await this.verify(match[1]!);
    this.checkLifetime(payload);
    const claimed = payload.roles;
    if (claimed !== undefined && !(Array.isArray(claimed) && claimed.every((role) => typeof role === "string"))) {
      throw new UnauthenticatedError('The token\'s "roles" claim must be a list of strings.');
    }
    const roles = (claimed ?? []).filter(isRole);
    const effective = new Set<Role>(roles);
    if (this.config.anonymousReads) effective.add("reader");
    return {
      caller: { subject: typeof payload.sub === "string" ? payload.sub : null, authenticated: true, roles: [...effective] },
      jwt: { ...payload, roles },
    };
  }

  /**
   * A token must say when it expires (`exp`, required by verify), may not live longer than
   * AUTH_MAX_TOKEN_LIFETIME_SECONDS, and may not claim to be issued in the future (`iat`): a stolen
   * token without `exp` would work forever, and one with a far `exp` nearly so. Both checks
   * tolerate AUTH_CLOCK_SKEW_SECONDS.
   */
  private checkLifetime(payload: JWTPayload): void {
    const now = Math.floor(Date.now() / 1000);
    const skew = this.config.clockSkewSeconds;
    const max = this.config.maxTokenLifetimeSeconds;
    if (payload.iat !== undefined && payload.iat > now + skew) {
      throw new UnauthenticatedError(
        `The bearer token was refused: its "iat" claim says it was issued ${payload.iat - now} s in the future ` +
          `(more than the ${skew} s of AUTH_CLOCK_SKEW_SECONDS). Check the issuer's clock, or get a new token.`,
      );
    }
    const lifetime = payload.exp! - (payload.iat ?? now);
    if (lifetime > max + skew) {
      throw new UnauthenticatedError(
        `The bearer token was refused: it is valid for ${lifetime} s, longer than the ${max} s a token may live ` +
          "(AUTH_MAX_TOKEN_LIFETIME_SECONDS). Get a token with a shorter expiry.",
      );
    }
  }

  private async verify(token: string): Promise<JWTPayload> {
    try {
      return await this.verifySignature(token, {
        clockTolerance: this.config.clockSkewSeconds,
        requiredClaims: ["exp"],
        ...(this.config.issuer === undefined ? {} : { issuer: this.config.issuer }),
        ...(this.config.audience === undefined ? {} : { audience: this.config.audience }),
      });
    } catch (error) {
      throw new UnauthenticatedError(`The bearer token was refused: ${describeTokenError(error)}.`, { cause: error });
    }
  }
}

/** What was wrong with a token, in words a client developer can act on. */
function describeTokenError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "it has expired; get a new one";
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "exp" && error.reason === "missing") {
    return 'it has no "exp" claim; a token must say when it expires';
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `its "${error.claim}" claim is not acceptable (${error.reason})`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "it is signed with an algorithm this API does not accept";
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "its signature does not match";
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return "it is not a well-formed JSON Web Token";
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "no key of the key set matches it";
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError) {
    return `it could not be verified (${error.code})`;
  }
  return "it could not be verified";
}
