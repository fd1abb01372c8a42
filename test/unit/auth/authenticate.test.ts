import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { Authenticator } from "../../../src/auth/authenticate";
import { mintToken } from "../../../src/auth/dev-token";
import { parseTokenArgs } from "../../../src/auth/token-args";
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig, type AuthConfig } from "../../../src/config";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256";
const auth = (overrides: Partial<AuthConfig> = {}): AuthConfig => ({
  jwtSecret: SECRET,
  jwksUrl: undefined,
  issuer: undefined,
  audience: undefined,
  anonymousReads: true,
  maxTokenLifetimeSeconds: 86_400,
  clockSkewSeconds: 30,
  ...overrides,
});
const base64url = (value: object | string) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const now = () => Math.floor(Date.now() / 1000);

describe("Authenticator with an HS256 secret", () => {
  const authenticator = new Authenticator(auth());

  it("treats a request without a header as anonymous, reading only when allowed", async () => {
    expect((await authenticator.authenticate(undefined)).caller).toEqual({ subject: null, authenticated: false, roles: ["reader"] });
    const strict = new Authenticator(auth({ anonymousReads: false }));
    expect((await strict.authenticate(undefined)).caller.roles).toEqual([]);
  });

  it("accepts a token it signed and keeps only known roles", async () => {
    const token = await new SignJWT({ roles: ["analyst", "superuser"] }).setProtectedHeader({ alg: "HS256" }).setSubject("ana").setExpirationTime("1h").sign(new TextEncoder().encode(SECRET));
    const { caller, jwt } = await authenticator.authenticate(`Bearer ${token}`);
    expect(caller).toEqual({ subject: "ana", authenticated: true, roles: ["analyst", "reader"] });
    expect(jwt?.roles).toEqual(["analyst"]);
  });

  it.each<[string, () => Promise<string> | string, RegExp]>([
    ["a token signed with another secret", () => mintToken(auth({ jwtSecret: `${SECRET}-other` }), { roles: ["admin"], subject: "x", expiresIn: "1h" }), /signature does not match/],
    ["an unsigned token (alg none)", () => `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ roles: ["admin"], exp: now() + 3600 })}.`, /algorithm this API does not accept|not a well-formed/],
    ["an HS512 token", () => hmacToken("HS512", "sha512", { roles: ["admin"], exp: now() + 3600 }), /algorithm this API does not accept/],
    ["a token not valid yet", () => hmacToken("HS256", "sha256", { roles: ["admin"], nbf: now() + 3600, exp: now() + 7200 }), /"nbf" claim/],
    ["a token without exp (it would never expire)", () => hmacToken("HS256", "sha256", { roles: ["admin"], iat: now() }), /no "exp" claim/],
    ["a token issued an hour in the future", () => hmacToken("HS256", "sha256", { roles: ["admin"], iat: now() + 3600, exp: now() + 7200 }), /"iat" claim says it was issued 3600 s in the future/],
    ["a token living longer than the maximum", () => hmacToken("HS256", "sha256", { roles: ["admin"], iat: now(), exp: now() + 2 * 86_400 }), /valid for 172800 s, longer than the 86400 s .*AUTH_MAX_TOKEN_LIFETIME_SECONDS/],
    ["a token without iat expiring past the maximum", () => hmacToken("HS256", "sha256", { roles: ["admin"], exp: now() + 2 * 86_400 }), /AUTH_MAX_TOKEN_LIFETIME_SECONDS/],
    ["roles that are not a list", () => hmacToken("HS256", "sha256", { roles: "admin", exp: now() + 3600 }), /"roles" claim must be a list/],
    ["garbage", () => "Bearer-ish nonsense", /must be "Bearer <token>"/],
  ])("refuses %s", async (_case, make, message) => {
    const token = await make();
    const header = token.includes(".") ? `Bearer ${token}` : token;
    await expect(authenticator.authenticate(header)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(message) });
  });

  it("tolerates AUTH_CLOCK_SKEW_SECONDS on iat, and a lifetime within the maximum", async () => {
    const skewed = hmacToken("HS256", "sha256", { roles: ["admin"], iat: now() + 20, exp: now() + 3600 });
    expect((await authenticator.authenticate(`Bearer ${skewed}`)).caller.roles).toContain("admin");
    const strict = new Authenticator(auth({ clockSkewSeconds: 0 }));
    await expect(strict.authenticate(`Bearer ${skewed}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("mints development tokens only within the maximum lifetime", async () => {
    await expect(mintToken(auth({ maxTokenLifetimeSeconds: 3600 }), { roles: ["reader"], subject: "dev", expiresIn: "2h" })).rejects.toThrow(
      /at most 3600 s \(AUTH_MAX_TOKEN_LIFETIME_SECONDS\).*asks for 7200 s/,
    );
    const token = await mintToken(auth({ maxTokenLifetimeSeconds: 3600 }), { roles: ["reader"], subject: "dev", expiresIn: "1h" });
    expect(JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).exp).toBeGreaterThan(now());
  });

  it("says an expired token has expired", async () => {
    const header = `Bearer ${hmacToken("HS256", "sha256", { roles: ["admin"], exp: now() - 3600 })}`;
    await expect(authenticator.authenticate(header)).rejects.toThrow(/has expired; get a new one/);
  });

  it("checks issuer and audience when they are configured", async () => {
    const strict = new Authenticator(auth({ issuer: "https://id.example", audience: "ecograph" }));
    const right = await mintToken(auth({ issuer: "https://id.example", audience: "ecograph" }), { roles: ["reader"], subject: "r", expiresIn: "1h" });
    const wrong = await mintToken(auth({ issuer: "https://evil.example", audience: "ecograph" }), { roles: ["reader"], subject: "r", expiresIn: "1h" });
    expect((await strict.authenticate(`Bearer ${right}`)).caller.authenticated).toBe(true);
    await expect(strict.authenticate(`Bearer ${wrong}`)).rejects.toThrow(/"iss" claim/);
  });
});

describe("Authenticator with a JWKS URL", () => {
  let server: Server;
  let url: string;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("accepts a token signed by a key of the set and refuses an HS256 token", async () => {
    const authenticator = new Authenticator(auth({ jwtSecret: undefined, jwksUrl: url }));
    const token = await new SignJWT({ roles: ["integrator"] }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("erp").setExpirationTime("1h").sign(privateKey);
    expect((await authenticator.authenticate(`Bearer ${token}`)).caller).toMatchObject({ subject: "erp", roles: expect.arrayContaining(["integrator"]) });
    const hs = hmacToken("HS256", "sha256", { roles: ["admin"], exp: now() + 3600 });
    await expect(authenticator.authenticate(`Bearer ${hs}`)).rejects.toThrow(/algorithm this API does not accept/);
  });
});

describe("auth settings", () => {
  it("falls back to the development secret in development only", () => {
    expect(loadConfig({}).auth.jwtSecret).toBe(DEVELOPMENT_JWT_SECRET);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/Production mode needs AUTH_JWT_SECRET or AUTH_JWKS_URL/);
    expect(() => loadConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/public development secret/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: "short" })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET }).auth.anonymousReads).toBe(false);
    expect(loadConfig({}).auth.anonymousReads).toBe(true);
  });
});

describe("token CLI arguments", () => {
  it("parses roles, subject and lifetime, and refuses unknown roles", () => {
    expect(parseTokenArgs(["--role", "analyst,reader", "--subject", "ana", "--expires", "30m"])).toEqual({ roles: ["analyst", "reader"], subject: "ana", expiresIn: "30m" });
    expect(() => parseTokenArgs(["--role", "boss"])).toThrow(/Unknown role "boss"; the roles are reader, analyst, integrator, admin/);
    expect(() => parseTokenArgs([])).toThrow(/at least one role/);
    expect(() => parseTokenArgs(["--role", "reader", "--expires", "forever"])).toThrow(/--expires/);
  });
});

function hmacToken(alg: string, hash: string, payload: object): string {
  const unsigned = `${base64url({ alg, typ: "JWT" })}.${base64url(payload)}`;
  return `${unsigned}.${createHmac(hash, SECRET).update(unsigned).digest("base64url")}`;
}
