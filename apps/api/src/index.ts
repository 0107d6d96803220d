import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root.js';

/** What each procedure takes, e.g. `RouterInputs['cycles']['launch']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure answers, e.g. `RouterOutputs['cycles']['get']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export { buildApiServer, trpcPrefix, type ApiServerOptions } from './server.js';
export type { ApiDependencies } from './context.js';
export { developmentHeader } from './auth/signedIn.js';
export { sessionCookie } from './auth/session.js';
export {
  ensureFirstAdministrator,
  signInLinkUrl,
  type FirstAdministrator,
} from './auth/firstAdministrator.js';
export { appRouter, type AppRouter } from './root.js';
export type { FieldError } from './fieldErrors.js';
export type { ProcedureMeta } from './trpc.js';
