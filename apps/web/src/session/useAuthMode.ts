import { createContext, useContext } from 'react';
import type { AuthMode } from './authMode';

export const AuthModeContext = createContext<AuthMode | null>(null);

/** How people sign in here, as the API said when the panel loaded. */
export function useAuthMode(): AuthMode {
  const value = useContext(AuthModeContext);
  if (!value) throw new Error('useAuthMode needs the ApiProvider around it');
  return value;
}
