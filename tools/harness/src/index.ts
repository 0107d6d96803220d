export { startSystem, type RunningSystem, type SystemOptions } from './system/system.js';
export { apiClient, isApiError, parts, users, type ApiClient, type ApiError } from './system/apiClient.js';
export { freePort } from './system/freePort.js';
export { historyDataConverter, historyKeyFile } from './histories/keys.js';
export { historyToJSON } from './historyJson.js';
