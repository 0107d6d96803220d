import { agendaRouter } from './routers/agenda.js';
import { calendarsRouter } from './routers/calendars.js';
import { auditRouter } from './routers/audit.js';
import { casesRouter } from './routers/cases.js';
import { checkpointsRouter } from './routers/checkpoints.js';
import { cyclesRouter } from './routers/cycles/index.js';
import { demoRouter } from './routers/demo.js';
import { escalationsRouter } from './routers/escalations.js';
import { exportsRouter } from './routers/exports.js';
import { groupsRouter } from './routers/groups/index.js';
import { health } from './routers/health.js';
import { mailRouter } from './routers/mail.js';
import { partnersRouter } from './routers/partners.js';
import { membershipsRouter } from './routers/memberships.js';
import { peopleRouter } from './routers/people.js';
import { programmesRouter } from './routers/programmes.js';
import { reportsRouter } from './routers/reports.js';
import { sessionRouter } from './routers/session.js';
import { tablesRouter } from './routers/tables.js';
import { tokensRouter } from './routers/tokens.js';
import { createTRPCRouter } from './trpc.js';

export const appRouter = createTRPCRouter({
  health,
  session: sessionRouter,
  cycles: cyclesRouter,
  checkpoints: checkpointsRouter,
  escalations: escalationsRouter,
  tables: tablesRouter,
  programmes: programmesRouter,
  partners: partnersRouter,
  cases: casesRouter,
  agenda: agendaRouter,
  groups: groupsRouter,
  demo: demoRouter,
  people: peopleRouter,
  memberships: membershipsRouter,
  tokens: tokensRouter,
  calendars: calendarsRouter,
  audit: auditRouter,
  mail: mailRouter,
  reports: reportsRouter,
  exports: exportsRouter,
});

export type AppRouter = typeof appRouter;
