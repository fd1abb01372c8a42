import type { StrategyConfig } from "../config";
import type { ReportColumn, ReportDefinition, ReportParameter } from "../reports/report-library";
import { StrategyService } from "./strategy.service";

const parameter = (p: Omit<ReportParameter, "min" | "max" | "defaultValue"> & Partial<ReportParameter>): ReportParameter => ({
  min: undefined,
  max: undefined,
  defaultValue: null,
  ...p,
});
const column = (name: string, type: ReportColumn["type"], description: string, extra: Partial<ReportColumn> = {}): ReportColumn => ({
  name,
  type,
  list: false,
  nullable: false,
  description,
  ...extra,
});

/**
 * The `strategy-assessment` report (npm run report -- strategy-assessment --param platform=<id>):
 * one row per strategy of StrategyService.assess, with its first evidence figure and its top action
 * and candidates. Computed by the service (docs/strategies.md), not by Cypher.
 */
export function strategyAssessmentReport(settings: StrategyConfig): ReportDefinition {
  return {
    name: "strategy-assessment",
    title: "Strategy assessment of a platform's ecosystem",
    description:
      "The thesis' seven strategies (five self-improvement services, intensive local operation, differentiated domestic service) " +
      "with status, score, the rule, the headline evidence against the peers, and the top-ranked action and its candidates. " +
      "The same figures as the strategyAssessment query (docs/strategies.md).",
    parameters: [
      parameter({ name: "platform", type: "id", label: "Platform", required: true, description: "The platform whose ecosystem is assessed" }),
      parameter({ name: "asOf", type: "string", label: undefined, required: false, description: "The day (YYYY-MM-DD) the ecosystem is taken as of; today when left out" }),
    ],
    columns: [
      column("strategy", "string", "The strategy"),
      column("status", "string", "CRITICAL, WEAK, ADEQUATE or STRONG"),
      column("score", "float", "0..1, from the rule"),
      column("metric", "string", "The headline evidence: the metric's name and label"),
      column("value", "float", "Its value for the platform"),
      column("unit", "string", "Its unit"),
      column("peerValues", "string", "The same metric for each peer, as name=value", { list: true }),
      column("actions", "int", "Ranked actions"),
      column("topAction", "string", "The first action's title", { nullable: true }),
      column("topCandidates", "string", "Its candidates, best first, as name (basis, reach)", { list: true }),
      column("asOf", "string", "The day assessed; null for today", { nullable: true }),
      column("scope", "string", "The scope measured"),
    ],
    query: { name: "report.strategy-assessment", cypher: "" },
    file: "src/strategy/strategy-report.ts",
    compute: async (db, parameters, observe) => {
      const assessment = await new StrategyService(db, settings).assess(
        String(parameters.platform),
        typeof parameters.asOf === "string" ? parameters.asOf : null,
        observe,
      );
      return assessment.strategies.map((s) => {
        const headline = s.evidence[0];
        const action = s.actions[0];
        return {
          strategy: s.strategy,
          status: s.status,
          score: s.score,
          metric: headline ? `${headline.metric}: ${headline.label}` : "",
          value: headline?.value ?? 0,
          unit: headline?.unit ?? "",
          peerValues: (headline?.peers ?? []).map((p) => `${p.platformName}=${p.value}`),
          actions: s.actions.length,
          topAction: action?.title ?? null,
          topCandidates: (action?.candidates ?? []).map((c) => `${c.actor.name} (${c.basis}, ${c.reach})`),
          asOf: assessment.asOf,
          scope: assessment.scope,
        };
      });
    },
  };
}
