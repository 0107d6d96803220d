export { buildApiServer, trpcPrefix, type ApiServerOptions } from './server.js';
export { userHeader, type ApiDependencies } from './context.js';
export { appRouter, type AppRouter } from './router.js';
export type { FieldError } from './fieldErrors.js';
