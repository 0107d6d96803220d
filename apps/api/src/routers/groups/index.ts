import type { TRPCRouterRecord } from '@trpc/server';
import { groupCommands } from './commands.js';
import { launchAndRead } from './launchAndRead.js';

export const groupsRouter = { ...launchAndRead, ...groupCommands } satisfies TRPCRouterRecord;
