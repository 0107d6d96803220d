export { findTemporalBinary, toolFolder, type FoundBinary, type TemporalBinary } from './temporalBinaries.js';
export { projectRoot } from './projectRoot.js';
export { startDevServer, type DevServer, type DevServerOptions } from './devServer.js';
export { searchAttributeFlags } from './searchAttributeFlags.js';
export { registerSearchAttributes } from './registerSearchAttributes.js';
