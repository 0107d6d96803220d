import { TRPCError } from '@trpc/server';
import type { Client } from '@temporalio/client';
import { tableWorkflowId } from '@leercyclus/domain';
import { tableStateQuery, type TableState } from '@leercyclus/workflows';
import { queryProcess } from './queryProcess.js';

/** A running management table's state, or NOT_FOUND naming the table. */
export function tableState(temporal: Client, table: string): Promise<TableState> {
  return queryProcess(
    temporal,
    tableWorkflowId(table),
    tableStateQuery,
    () => new TRPCError({ code: 'NOT_FOUND', message: `table: there is no management table ${table}.` }),
  );
}
