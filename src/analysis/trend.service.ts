import { isCalendarDate, parseCalendarDate } from "../calendar-date";
import type { Database, QueryObserver } from "../db/database";
import type { EcosystemService } from "../ecosystem/ecosystem.service";
import { InvalidInputError } from "../errors";
import type { ChainService } from "../metrics/chain.service";
import type { HealthService } from "../metrics/health.service";
import { chainsOfPlatform, ecosystemFigures, type EcosystemFigures } from "./ecosystem-figures";

/** How far apart the days of a trend are. */
export const TREND_STEPS = ["YEAR", "QUARTER", "MONTH"] as const;
export type TrendStep = (typeof TREND_STEPS)[number];
const MONTHS: Readonly<Record<TrendStep, number>> = { YEAR: 12, QUARTER: 3, MONTH: 1 };

/** Most days one trend may hold: each is a full health and chain computation. */
export const MAX_TREND_POINTS = 60;

export interface EcosystemTrend {
  readonly platform: { readonly id: string; readonly name: string };
  readonly from: string;
  readonly to: string;
  readonly step: TrendStep;
  /** One per day from `from` in steps up to `to` (inclusive when it falls on a step), oldest first. */
  readonly points: readonly EcosystemFigures[];
}

/**
 * The days of a trend: `from`, then `from` plus 1, 2, … steps while not after `to`. A day that
 * does not exist in a month (31 → 30 April, 29 February in a common year) becomes the month's last.
 */
export function trendDays(from: string, to: string, step: TrendStep): string[] {
  const start = parseCalendarDate(from, "from");
  const end = parseCalendarDate(to, "to");
  if (!(TREND_STEPS as readonly string[]).includes(step)) {
    throw new InvalidInputError(`step must be one of ${TREND_STEPS.join(", ")}, but got: ${JSON.stringify(step)}`);
  }
  if (start > end) throw new InvalidInputError(`from must not be after to, but got from ${start} and to ${end}.`);
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const days: string[] = [];
  for (let k = 0; ; k++) {
    const months = month - 1 + k * MONTHS[step];
    const y = year + Math.floor(months / 12);
    const m = (months % 12) + 1;
    let d = day;
    while (!isCalendarDate(y, m, d)) d--;
    const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (text > end) break;
    days.push(text);
    if (days.length > MAX_TREND_POINTS) {
      throw new InvalidInputError(
        `A trend holds at most ${MAX_TREND_POINTS} days, but ${start} to ${end} by ${step} has more; use a longer step or a shorter span.`,
      );
    }
  }
  return days;
}

/**
 * The ecosystem over time (issue 14, "Trends"): per day of the trend the figures of
 * `ecosystemFigures`, each computed as of that day with the one as-of rule (src/metrics/as-of.ts).
 */
export class TrendService {
  constructor(
    private readonly db: Database,
    private readonly ecosystem: EcosystemService,
    private readonly services: { readonly health: HealthService; readonly chains: ChainService },
  ) {}

  async trend(platform: string, from: string, to: string, step: TrendStep, observe?: QueryObserver): Promise<EcosystemTrend> {
    const days = trendDays(from, to, step);
    const ref = await this.ecosystem.findPlatform(platform, observe);
    const chains = await chainsOfPlatform(this.db, ref.id, observe);
    const points: EcosystemFigures[] = [];
    for (const day of days) points.push(await ecosystemFigures(this.services, ref.id, chains, day, observe));
    return { platform: ref, from: days[0]!, to, step, points };
  }
}
