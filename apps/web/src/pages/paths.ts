/** The panel's addresses are the domain's, which links in e-mail and calendar entries are made with too. */
export {
  checkpointAnchor,
  cyclePath,
  groupPath,
  personPath,
  programmePath,
  reportPath,
  tableInboxPath,
} from '@leercyclus/domain';
