export { dataConverter, decodedPayloadValue, decodePayloads } from './dataConverter.js';
export {
  encryptedEncoding,
  keyIdMetadata,
  PayloadEncryptionCodec,
  PayloadKeyError,
} from './encryptionCodec.js';
export { generatePayloadKey, keyRing, type KeyRing } from './keyRing.js';
export { defaultKeyFile, keyNotice, loadKeyRing, type LoadedKeyRing } from './loadKeyRing.js';
export { payloadFromJson, payloadToJson, type JsonPayload } from './jsonPayloads.js';
