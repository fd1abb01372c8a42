// Runs the TypeScript build (`npm run build`) only when a source file is newer than the last
// build, so `npm run import` and the other command aliases start at once when the build is current.
// Uses only Node built-ins.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const marker = join(root, "dist", "src", "cli", "ecograph.js");
const inputs = ["src", "seed", "scripts", "schema", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
if (built === 0 || inputs.some((input) => newest(join(root, input)) > built)) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
