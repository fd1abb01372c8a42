// Compares graphql-armor's validation rules with Ecograph's src/server/query-limits.ts on the same
// schema and documents: which requests each refuses, and how long validation takes (interleaved
// rounds). graphql-armor is not a dependency of Ecograph (see docs/security-tests.md for why), so
// it is installed in a scratch folder:
//   mkdir -p /tmp/armor && (cd /tmp/armor && npm init -y && npm install @escape.tech/graphql-armor-max-depth@2.4.2 \
//     @escape.tech/graphql-armor-max-aliases@2.6.2 @escape.tech/graphql-armor-max-directives@2.3.1 @escape.tech/graphql-armor-cost-limit@2.4.3)
//   npx tsc -p tsconfig.build.json --outDir /tmp/armor/dist --incremental false
//   ARMOR_DIR=/tmp/armor node scripts/compare-graphql-armor.cjs
const { join } = require("node:path");
const armorDir = process.env.ARMOR_DIR;
if (!armorDir) throw new Error("Set ARMOR_DIR to the scratch folder with graphql-armor installed and dist/ compiled (see the top of this file).");
const fromArmor = (name) => require(require.resolve(name, { paths: [armorDir] }));
const { buildSchema, parse, validate, specifiedRules } = require("graphql");
const { maxDepthRule } = fromArmor("@escape.tech/graphql-armor-max-depth");
const { maxAliasesRule } = fromArmor("@escape.tech/graphql-armor-max-aliases");
const { maxDirectivesRule } = fromArmor("@escape.tech/graphql-armor-max-directives");
const { costLimitRule } = fromArmor("@escape.tech/graphql-armor-cost-limit");
const { queryLimitRules } = require(join(armorDir, "dist", "src", "server", "query-limits.js"));
const schema = buildSchema(`
  type Query { firms(limit: Int, offset: Int): [Firm!]! platforms(limit: Int): [Platform!]! firmsConnection(first: Int, after: String): FirmConnection! }
  type Firm { id: ID! name: String memberOf(limit: Int): [Platform!]! suppliesTo(limit: Int): [Firm!]! }
  type Platform { id: ID! name: String members(limit: Int): [Firm!]! }
  type FirmConnection { totalCount: Int! edges: [FirmEdge!]! }
  type FirmEdge { cursor: String! node: Firm! }
`);
const limits = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxTokens: 5000, maxCost: 50000, maxPageSize: 1000, defaultPageSize: 100, maxListItems: 1000, maxFilterBranches: 50, maxSortKeys: 10, maxInputDepth: 32, maxSearchPhrase: 1000 };
const armor = [
  maxDepthRule({ n: limits.maxDepth, propagateOnRejection: true }),
  maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: true }),
  maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: true }),
  costLimitRule({ maxCost: limits.maxCost, propagateOnRejection: true }),
];
const ours = queryLimitRules(limits);
const deep = (levels) => { let s = "name"; for (let l = levels - 2; l >= 1; l--) s = `${l % 2 ? "members" : "memberOf"}(limit: 1) { ${s} }`; return `{ platforms(limit: 1) { ${s} } }`; };
const cases = [
  ["depth 13", deep(13), true],
  ["depth 12", deep(12), false],
  ["31 aliases", `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ")} }`, true],
  ["21 directives", `{ ${"... @include(if: true) { __typename } ".repeat(21)}}`, true],
  ["six levels of limit: 0 (5 × 10^9 names)", `{ platforms(limit: 0) { members(limit: 0) { memberOf(limit: 0) { members(limit: 0) { memberOf(limit: 0) { name } } } } } }`, true],
  ["nested lists without a page", `{ firms { suppliesTo { suppliesTo { suppliesTo { name } } } } }`, true],
  ["page sizes in variables", `query($a: Int, $b: Int) { firms(limit: $a) { suppliesTo(limit: $b) { name } } }`, true],
  ["30 aliases × firms(limit: 1000)", `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: firms(limit: 1000) { name id }`).join(" ")} }`, true],
  ["a connection of 1000 × members(limit: 100)", `{ firmsConnection(first: 1000) { edges { node { memberOf(limit: 100) { name } } } } }`, true],
  ["a small page (must pass)", `{ firms(limit: 20) { id name memberOf(limit: 5) { name } } }`, false],
  ["a connection page of 100 (must pass)", `{ firmsConnection(first: 100) { totalCount edges { cursor node { id name } } } }`, false],
];
const refused = (rules, doc) => { try { return validate(schema, parse(doc), [...specifiedRules, ...rules]).length > 0; } catch { return true; } };
let armorWrong = 0, oursWrong = 0;
for (const [name, doc, shouldRefuse] of cases) {
  const a = refused(armor, doc), o = refused(ours, doc);
  if (a !== shouldRefuse) armorWrong++;
  if (o !== shouldRefuse) oursWrong++;
  console.log(`${name.padEnd(45)} expected ${shouldRefuse ? "refuse" : "accept"}  armor ${a ? "refuse" : "accept"}${a !== shouldRefuse ? " (WRONG)" : ""}  ours ${o ? "refuse" : "accept"}${o !== shouldRefuse ? " (WRONG)" : ""}`);
}
console.log(`wrong answers: graphql-armor ${armorWrong}/${cases.length}, query-limits.ts ${oursWrong}/${cases.length}`);
// Validation time, interleaved rounds of 2,000 validations each over all cases.
const docs = cases.map(([, d]) => parse(d));
const time = (rules) => { const t = process.hrtime.bigint(); for (let i = 0; i < 200; i++) for (const d of docs) { try { validate(schema, d, rules); } catch {} } return Number(process.hrtime.bigint() - t) / 1e6; };
const ratios = [];
for (let round = 1; round <= 7; round++) {
  const a = time(armor), o = time(ours);
  ratios.push(o / a);
  console.log(`round ${round}: armor ${a.toFixed(1)} ms, ours ${o.toFixed(1)} ms, ours/armor ${(o / a).toFixed(2)}`);
}
ratios.sort((x, y) => x - y);
console.log(`median ours/armor ${ratios[3].toFixed(2)} (spread ${ratios[0].toFixed(2)}–${ratios[6].toFixed(2)}); load average ${require("os").loadavg().map((l) => l.toFixed(1)).join(" ")}`);
