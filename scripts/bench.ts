/** `npm run bench [-- options]`: the system measured under load (tools/harness/src/bench). */
import '@leercyclus/harness/bench';
