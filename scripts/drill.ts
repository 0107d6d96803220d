/** `npm run drill [-- options]`: fault drills against the system (tools/harness/src/drill). */
import '@leercyclus/harness/drill';
