/** `npm run temporal:install`: the Temporal CLI and test server at hand (tools/harness/src/temporalInstall.ts). */
import '@leercyclus/harness/temporal-install';
