import { mintToken } from "./auth/dev-token";
import { parseTokenArgs, TOKEN_USAGE } from "./auth/token-args";
import { ConfigError, loadConfigFromProcess } from "./config";

/** `npm run token -- --role analyst`: prints a bearer token for development and scripts. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(TOKEN_USAGE);
    return;
  }
  let request;
  try {
    request = parseTokenArgs(argv);
  } catch (error) {
    console.error(`token: ${(error as Error).message}\n\n${TOKEN_USAGE}`);
    process.exit(2);
  }
  const config = loadConfigFromProcess();
  process.stdout.write(`${await mintToken(config.auth, request)}\n`);
}

main().catch((error: unknown) => {
  console.error(`token: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
