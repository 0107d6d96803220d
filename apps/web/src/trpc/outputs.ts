import type { inferInput, inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@leercyclus/api';

type Api = TRPCOptionsProxy<AppRouter>;

/** What the API answers, as the panel uses it. */
export type OverdueCheckpoint = inferOutput<Api['checkpoints']['overdue']>[number];
export type CycleSummary = inferOutput<Api['cycles']['close']>;
export type CategoryCount = inferOutput<Api['agenda']['byCategory']>[number];
export type CaseStats = inferOutput<Api['cases']['stats']>;
export type LaunchInput = inferInput<Api['cycles']['launch']>;
export type TableSummary = inferOutput<Api['tables']['list']>[number];
export type InboxItem = inferOutput<Api['escalations']['inbox']>[number];
