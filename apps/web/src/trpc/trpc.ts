import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@leercyclus/api';

/** The typed tRPC hooks of the control panel (query and mutation options for TanStack Query). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type { AppRouter };
