import { continueAsNew, setHandler } from '@temporalio/workflow';
import { respondInputSchema, tableWorkflowId, type TableConfigInput } from '@leercyclus/domain/workflow';
import {
  configureTableSignal,
  escalateSignal,
  respondUpdate,
  tableStateQuery,
} from '../messages/managementTable.js';
import { Process } from '../shared/process.js';
import { Table, type CarriedTable } from './table.js';

export type { CarriedTable };

/**
 * A management table: a long-lived entity that holds the escalations sent to it, with due moments from its
 * meetings or service level; it reminds, raises what stays unanswered to its parent table, and sends each answer
 * back to where the question came from. It continues as new well before history limits, carrying every item.
 */
export async function managementTable(configInput: TableConfigInput, carried?: CarriedTable): Promise<void> {
  const process: Process = new Process({
    processId: tableWorkflowId(carried?.config.slug ?? configInput.slug),
    closed: () => false,
    describe: () => table.config.name,
    messagesPerRun: 1_500,
    appliedUpdates: carried?.appliedUpdates,
  });
  const table: Table = new Table(configInput, carried, process);

  setHandler(tableStateQuery, table.state);
  process.signal(escalateSignal, table.escalate);
  process.signal(configureTableSignal, table.configure);
  process.command(respondUpdate, respondInputSchema, table.respond);

  const { appliedUpdates } = await process.run(table);
  await continueAsNew<typeof managementTable>(configInput, table.carry(appliedUpdates));
}
