export { buildApiServer, trpcPrefix, type ApiServerOptions } from './server.js';
export { userHeader, type ApiDependencies } from './context.js';
export type { AppRouter } from './router.js';
export type { FieldError } from './fieldErrors.js';
