/** Words for a scheduled change, for chart marks and trainer mode's timeline. */
import type { Intervention } from '../scenario/types.js';

export function interventionLabel(i: Intervention): string {
  if (i.leave?.workers?.length) return `worker${i.leave.workers.length > 1 ? 's' : ''} ${i.leave.workers.map((w) => `#${w}`).join(', ')} left`;
  if (i.leave) return `${i.leave.count} resignations`;
  if (i.surge) return `demand surge (+${i.surge.extraContactsPerWeek} contacts a week)`;
  if (i.recruitmentDrive) return `recruitment drive (${i.recruitmentDrive.hires} hires)`;
  if (i.set) {
    const entries = Object.entries(i.set);
    const known: Record<string, string> = { 'agency.allowed=false': 'agency ban', 'agency.payCap.enabled=true': 'agency pay cap', 'overtime.policy="none"': 'overtime ban' };
    return entries.map(([k, v]) => known[`${k}=${JSON.stringify(v)}`] ?? `${k} = ${JSON.stringify(v)}`).join(', ');
  }
  return 'change';
}
