import { router } from '../../trpc.js';
import { cycleCommands } from './commands.js';
import { launchAndRead } from './launchAndRead.js';

export const cyclesRouter = router({ ...launchAndRead, ...cycleCommands });
