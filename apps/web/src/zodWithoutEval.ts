import { z } from 'zod';

/**
 * The panel runs under a Content-Security-Policy without 'unsafe-eval' (apps/api/src/securityHeaders.ts): zod
 * must not build its parsers with `new Function`, nor even try, as a caught attempt is still reported as a
 * violation. Imported first in main.tsx: zod reads the setting as each schema is made.
 */
z.config({ jitless: true });
