// Installs the npm dependencies when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone without a separate install step.
// Uses only Node built-ins: it runs before anything from node_modules can be loaded.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lockFile = join(root, "package-lock.json");
const installedMarker = join(root, "node_modules", ".package-lock.json");

const upToDate =
  existsSync(installedMarker) && statSync(installedMarker).mtimeMs >= statSync(lockFile).mtimeMs;

if (!upToDate) {
  console.log("ecograph: installing npm dependencies (npm ci) ...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(
      "ecograph: `npm ci` failed (exit code " +
        result.status +
        "). Check that the npm registry is reachable and that Node.js is 20.12 or newer, then run it again.",
    );
    process.exit(result.status ?? 1);
  }
}
