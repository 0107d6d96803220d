/** `npm run audit:verify`: checks the audit log's hash chain (tools/harness/src/auditVerify.ts). */
import '@leercyclus/harness/audit-verify';
