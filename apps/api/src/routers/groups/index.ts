import type { TRPCRouterRecord } from '@trpc/server';
import { groupCommands } from './commands.js';
import { launchAndRead } from './launchAndRead.js';

/** `groups.*`: launching and reading a group, and the commands its workflow takes. */
export const groupsRouter = { ...launchAndRead, ...groupCommands } satisfies TRPCRouterRecord;
