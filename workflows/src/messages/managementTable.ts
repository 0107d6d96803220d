import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  Command,
  EscalationAnswer,
  EscalationItem,
  EscalationRequest,
  RecordFailure,
  RespondInput,
  TableConfig,
} from '@leercyclus/domain/workflow';

export interface TableState {
  config: TableConfig;
  /** Open and overdue items, oldest first. */
  open: EscalationItem[];
  /** The most recently answered or raised items, newest first. */
  recent: EscalationItem[];
  overdue: number;
  nextEventAt: string | null;
  /** Events the record refused as invalid data. */
  recordFailures: RecordFailure[];
}

export const tableStateQuery = defineQuery<TableState>('tableState');
/** A source escalates to a table; sent with signal-with-start, so the table exists from its first escalation. */
export const escalateSignal = defineSignal<[EscalationRequest]>('escalate');
/** A complete configuration, as the API parsed it; a table ignores one for another slug. */
export const configureTableSignal = defineSignal<[TableConfig]>('configureTable');
export const respondUpdate = defineUpdate<EscalationItem, [Command<RespondInput>]>('respond');
/** The table's answer, delivered back to the cycle or group that raised it. */
export const escalationAnsweredSignal = defineSignal<[EscalationAnswer]>('escalationAnswered');
