/**
 * A guide's published time against the process it is carried out through: steps whose own times add
 * up to more than the promise (or, without one, the legal limit) along the longest path contradict
 * the publication. The chart never states that sum as the promise, but the publisher should know.
 */
import type { Process } from '../../model/process.js';
import type { ServiceGuide } from '../../model/service-guide.js';
import { longestPathDays, type CriticalPath } from '../../helpers/process-path.js';
import { stepsExceedPublished } from '../../helpers/time-limits.js';
import type { IssueList } from '../issue.js';

export function checkGuideTimes(
  guides: readonly ServiceGuide[],
  processes: Map<string, Process>,
  out: IssueList,
): void {
  const paths = new Map<string, CriticalPath>();
  guides.forEach((g, i) => {
    const process = g.processRef === undefined ? undefined : processes.get(g.processRef);
    if (!process) return;
    let path = paths.get(process.id);
    if (!path) paths.set(process.id, (path = longestPathDays(process)));
    if (!stepsExceedPublished(path, g)) return;
    const promised = g.promisedDays !== undefined;
    out.warn(
      ['guides', i, promised ? 'promisedDays' : 'legalDays'],
      promised ? 'path_exceeds_promised' : 'path_exceeds_legal',
      {
        process: process.id,
        days: path.days,
        limit: promised ? g.promisedDays : g.legalDays,
      },
    );
  });
}
