// The fibre rollout's yearly figures (GET /api/stats/communes, `yearly`) as the charts draw them:
// per year, the premises planned for it (deployed or not), those deployed in it (by deployment
// date, up to the as-of date) and those planned for it and still not deployed at the as-of date
// (overdue, only for years before the as-of date's year). Planned already counts what was deployed:
// it is compared with deployed + overdue, never added to it.

/** The catalogue's fibre-zone colours, so every view says "deployed" the same way. */
export const DEPLOYED_COLOR = '#1b9e77';
export const PLANNED_COLOR = '#8a8a8a';
/** Premises overdue: a warning colour that stays apart from the deployed green for every eye. */
export const OVERDUE_COLOR = '#d95f02';

export interface RolloutFigures {
  year: number;
  plannedPremises: number;
  deployedPremises: number;
  overduePremises: number;
}

export interface RolloutTotals {
  planned: number;
  deployed: number;
  overdue: number;
  /** Premises planned and not deployed yet at the as-of date, overdue or to come. */
  notDeployed: number;
}

/** The years where something was planned, deployed or is overdue, in order. */
export function rolloutYears<T extends RolloutFigures>(yearly: readonly T[]): T[] {
  return yearly
    .filter((entry) => entry.plannedPremises > 0 || entry.deployedPremises > 0 || entry.overduePremises > 0)
    .sort((a, b) => a.year - b.year);
}

/**
 * The series summed. Every zone has a planned year, so the planned premises of all years are every
 * premise of the rollout, and what is not deployed yet is their difference with the deployed ones.
 */
export function rolloutTotals(yearly: readonly RolloutFigures[]): RolloutTotals {
  const sum = (pick: (entry: RolloutFigures) => number) =>
    yearly.reduce((total, entry) => total + pick(entry), 0);
  const planned = sum((entry) => entry.plannedPremises);
  const deployed = sum((entry) => entry.deployedPremises);
  const overdue = sum((entry) => entry.overduePremises);
  return { planned, deployed, overdue, notDeployed: Math.max(planned - deployed, 0) };
}

/** The tallest bar of a year drawn as planned beside deployed + overdue. */
export function tallestBar(yearly: readonly RolloutFigures[]): number {
  return Math.max(
    0,
    ...yearly.map((entry) => Math.max(entry.plannedPremises, entry.deployedPremises + entry.overduePremises)),
  );
}
