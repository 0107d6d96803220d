/**
 * Part of `npm run lint`: one version range per dependency across the workspaces, and every workspace declares
 * the packages it imports (tools/harness/src/workspaces).
 */
import '@leercyclus/harness/check-workspaces';
