/** The panel's addresses are the domain's, which the links in e-mail are made with too. */
export { checkpointAnchor, cyclePath, groupPath } from '@leercyclus/domain';

/** The address of a person's page on the Mensen page. */
export function personPath(personId: string): string {
  return `/mensen/${encodeURIComponent(personId)}`;
}
