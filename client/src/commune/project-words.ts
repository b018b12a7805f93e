// A project in plain words (issue #4): its kind and status named, the slip that matters most
// ("+31 j", "31 jours de retard sur la fin prévue, à la date des données"), and a sentence telling its
// calendar, the text alternative of its timeline bars.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Day, ProjectKind, ProjectProperties, ProjectStatus } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import type { Schedule } from './project-schedule.ts';

/** Which slip a project is summed up by, and how it reads. */
export type SlipCase =
  | 'end-ongoing' // past its planned end, not finished: late so far
  | 'end-late' // finished after its planned end
  | 'end-early' // finished before it
  | 'start-ongoing' // past its planned start, not started
  | 'start-late'; // started after its planned start, not finished, end not passed yet

export interface SlipSummary {
  case: SlipCase;
  /** Days away from the plan, always positive. */
  days: number;
  /** The planned day the slip is counted from. */
  from: Day;
  late: boolean;
}

/** The end slip when there is one, else a late start; null for a project on time. */
export function slipSummary(
  project: Pick<ProjectProperties, 'plannedStart' | 'plannedEnd'>,
  schedule: Schedule,
): SlipSummary | null {
  const { endSlip, startSlip } = schedule;
  if (endSlip && endSlip.days !== 0) {
    const from = project.plannedEnd;
    if (endSlip.ongoing) return { case: 'end-ongoing', days: endSlip.days, from, late: true };
    if (endSlip.days > 0) return { case: 'end-late', days: endSlip.days, from, late: true };
    return { case: 'end-early', days: -endSlip.days, from, late: false };
  }
  if (startSlip && startSlip.days > 0) {
    const from = project.plannedStart;
    return {
      case: startSlip.ongoing ? 'start-ongoing' : 'start-late',
      days: startSlip.days,
      from,
      late: true,
    };
  }
  return null;
}

export interface ProjectWords {
  kind: (kind: ProjectKind) => string;
  status: (status: ProjectStatus) => string;
  /** "+31 j" / "−9 j". */
  slipShort: (slip: SlipSummary) => string;
  /** "31 jours de retard sur la fin prévue (22 oct. 2026), à la date des données". */
  slipLong: (slip: SlipSummary) => string;
  /** The reason given, or a plain "no reason given". */
  reason: (project: Pick<ProjectProperties, 'slippageReason'>) => string;
  /** Planned and actual dates and the slip, in one or two sentences. */
  calendar: (project: ProjectProperties, schedule: Schedule) => string;
}

export function useProjectWords(): ProjectWords {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  return useMemo(() => {
    const slipLong = (slip: SlipSummary) =>
      t(`commune.slip.${slip.case}`, {
        count: slip.days,
        formatted: format.count(slip.days),
        date: format.day(slip.from),
      });
    const words: ProjectWords = {
      kind: (kind) => t(`commune.kind.${kind}`),
      status: (status) => t(`commune.status.${status}`),
      slipShort: (slip) =>
        t('commune.slip.short', { days: format.signed(slip.late ? slip.days : -slip.days) }),
      slipLong,
      reason: (project) => project.slippageReason ?? t('commune.slip.noReason'),
      calendar: (project, schedule) => {
        const parts = [
          t('commune.calendar.planned', {
            period: format.period(project.plannedStart, project.plannedEnd),
          }),
        ];
        if (project.status === 'cancelled') parts.push(t('commune.calendar.cancelled'));
        else if (project.actualStart === null) parts.push(t('commune.calendar.notStarted'));
        else if (project.actualEnd === null)
          parts.push(t('commune.calendar.started', { date: format.day(project.actualStart) }));
        else
          parts.push(
            t('commune.calendar.done', { period: format.period(project.actualStart, project.actualEnd) }),
          );
        const slip = slipSummary(project, schedule);
        if (slip) {
          parts.push(`${slipLong(slip)}.`);
          if (slip.late) parts.push(t('commune.calendar.reason', { reason: words.reason(project) }));
        }
        return parts.join(' ');
      },
    };
    return words;
  }, [t, format]);
}
