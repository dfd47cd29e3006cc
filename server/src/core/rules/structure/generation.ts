import type { Report } from '../../model/report';

/** Reports for 2021 onward follow the 2021 content requirements. */
export function isModern(report: Report): boolean {
  return report.year !== null ? report.year >= 2021 : report.generation === '2021';
}
