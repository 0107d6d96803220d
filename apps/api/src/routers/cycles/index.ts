import type { TRPCRouterRecord } from '@trpc/server';
import { cycleCommands } from './commands.js';
import { launchAndRead } from './launchAndRead.js';

export const cyclesRouter = { ...launchAndRead, ...cycleCommands } satisfies TRPCRouterRecord;
