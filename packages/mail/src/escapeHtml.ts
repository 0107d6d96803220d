/** The one HTML escape lives in the domain, where the report charts use it too. */
export { escapeHtml } from '@leercyclus/domain';
