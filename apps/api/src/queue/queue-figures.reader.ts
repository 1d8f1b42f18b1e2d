import { percentileMinutes } from '@mpp/domain';
import type { CounterDayFigures, LineDayFigures, QueueFiguresRepository } from '@mpp/persistence';

import type { QueueFiguresDto, TimesDto } from './queue-figures.dto';

type Timed = Pick<LineDayFigures, 'called' | 'served' | 'waitSecondsSum' | 'waitHistogram' | 'serviceSecondsSum' | 'serviceHistogram'>;

const round1 = (value: number) => Math.round(value * 10) / 10;

function times(row: Timed): TimesDto {
  return {
    meanWaitMinutes: row.called > 0 ? round1(row.waitSecondsSum / row.called / 60) : null,
    p90WaitMinutes: percentileMinutes(row.waitHistogram, 0.9),
    meanServiceMinutes: row.served > 0 ? round1(row.serviceSecondsSum / row.served / 60) : null,
    p90ServiceMinutes: percentileMinutes(row.serviceHistogram, 0.9),
  };
}

function addHistograms(a: number[], b: number[]): number[] {
  return a.map((count, index) => count + (b[index] ?? 0));
}

/** Reads the day's figures, kept up to date by every move of a ticket: no scan of the day's tickets. */
export async function readFigures(
  repository: QueueFiguresRepository,
  regionCode: string,
  date: string,
  agencyCode?: string,
): Promise<QueueFiguresDto> {
  const lines = await repository.lines(regionCode, date, agencyCode);
  const counters: CounterDayFigures[] = await repository.counters(regionCode, date, agencyCode);
  const byAgency = new Map<string, LineDayFigures & { agencyCode: string }>();
  for (const line of lines) {
    const sum = byAgency.get(line.agencyCode);
    byAgency.set(
      line.agencyCode,
      sum
        ? {
            ...sum,
            issued: sum.issued + line.issued,
            called: sum.called + line.called,
            served: sum.served + line.served,
            noShows: sum.noShows + line.noShows,
            waitSecondsSum: sum.waitSecondsSum + line.waitSecondsSum,
            serviceSecondsSum: sum.serviceSecondsSum + line.serviceSecondsSum,
            waitHistogram: addHistograms(sum.waitHistogram, line.waitHistogram),
            serviceHistogram: addHistograms(sum.serviceHistogram, line.serviceHistogram),
          }
        : line,
    );
  }
  return {
    regionCode,
    date,
    services: lines.map((line) => ({
      siteCode: line.siteCode,
      agencyCode: line.agencyCode,
      serviceCode: line.serviceCode,
      tickets: line.issued,
      transferredIn: line.transferredIn,
      called: line.called,
      served: line.served,
      noShows: line.noShows,
      cancelled: line.cancelled,
      ...times(line),
    })),
    agencies: [...byAgency.values()].map((agency) => ({
      agencyCode: agency.agencyCode,
      tickets: agency.issued,
      called: agency.called,
      served: agency.served,
      noShows: agency.noShows,
      ...times(agency),
    })),
    counters: counters.map((counter) => ({
      agencyCode: counter.agencyCode,
      counterCode: counter.counterCode,
      called: counter.called,
      served: counter.served,
      noShows: counter.noShows,
      ...times(counter),
    })),
  };
}
