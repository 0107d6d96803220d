/**
 * `npm start [-- --dev]`: the whole system on embedded defaults, the panel on one address
 * (tools/harness/src/start.ts).
 */
import '@leercyclus/harness/start';
