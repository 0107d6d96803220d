import { router } from '../../trpc.js';
import { groupCommands } from './commands.js';
import { launchAndRead } from './launchAndRead.js';

/** `groups.*`; `groups.escalate` joins once the management-table escalation path for obstacles is in place. */
export const groupsRouter = router({ ...launchAndRead, ...groupCommands });
