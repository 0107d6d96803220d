import { log, proxyActivities } from '@temporalio/workflow';
import type { MailPlanningActivities } from '../activities.js';

const { queueTableAgendas, queueWeeklyDigests } = proxyActivities<MailPlanningActivities>({
  startToCloseTimeout: '2 minutes',
  // The record or a table away: this run gives up and fails (visibly); the next quarter hour's run asks again.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 5 },
});

export interface PlanReport {
  agendas: number;
  weeklyDigests: number;
}

/**
 * One run of the `mail-planning` schedule (every quarter hour, overlap SKIP): queues the agendas of tables that
 * meet within a week and the weekly digests due now, as of the run's start. What it queues, `deliverMail` sends.
 * Started by hand it may be given the moment to plan for (an operator catching up a missed Monday, a test); the
 * schedule gives none.
 */
export async function planMail(asOf?: string): Promise<PlanReport> {
  const at = asOf ?? new Date().toISOString();
  const agendas = await queueTableAgendas(at);
  const weeklyDigests = await queueWeeklyDigests(at);
  if (agendas + weeklyDigests > 0) log.info('Mail planned', { at, agendas, weeklyDigests });
  return { agendas, weeklyDigests };
}
