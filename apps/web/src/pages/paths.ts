export { cyclePath, groupPath, personPath, tableInboxPath } from '@leercyclus/domain';
