import type { OutboxSummary } from '../views';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/**
 * Toolbar badge for the outbox: items that need a person win over pending ones, because they
 * will not resolve by themselves. An empty text hides the badge.
 */
export function badgeFor(summary: OutboxSummary): BadgeState {
  const pending = summary.queued + summary.in_flight;
  const failed = summary.conflict + summary.needs_review;
  const title = `Lockstep: ${pending} pending, ${failed} need review`;
  if (failed > 0) return { text: `${failed}!`, color: '#b3261e', title };
  if (pending > 0) return { text: String(pending), color: '#2957c4', title };
  return { text: '', color: '#2957c4', title: 'Lockstep: all status edits sent' };
}
