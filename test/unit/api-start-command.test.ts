import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** The words of the command that starts the API: `npm start`'s script, and the Docker image's CMD. */
function startCommands(): { npm: string[]; docker: string[] } {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } };
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(root, "Dockerfile"), "utf8"));
  if (!cmd) throw new Error("The Dockerfile has no CMD [...] line");
  return { npm: manifest.scripts.start.trim().split(/\s+/), docker: JSON.parse(cmd[1]!) as string[] };
}

/**
 * The API runs with node options that the request thread's latency depends on (--v8-pool-size=1:
 * see README, "Responsiveness while a metric computes"). The benchmarks read them from package.json;
 * the Docker image must start the server the same way.
 */
describe("the command that starts the API", () => {
  it("is the same for npm start and the Docker image", () => {
    const { npm, docker } = startCommands();
    expect(docker).toEqual(npm);
  });

  it("keeps V8's helper threads to one, so they cannot take both cores of a small host from requests", () => {
    expect(startCommands().npm).toEqual(["node", "--v8-pool-size=1", "dist/src/index.js"]);
  });
});
