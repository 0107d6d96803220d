import { useTranslation } from 'react-i18next';
import type { Membership } from '@leercyclus/domain';

export type MembershipLabel = {
  /** The kind of scope: Programma, Managementtafel, … */
  kind: string;
  /** The scope in words: `Programma proeftuin`, or the whole installation. */
  scope: string;
  role: string;
};

/** A membership in words, for its row, its revoke button and what is said once it is granted or revoked. */
export function useMembershipLabels(): (membership: Membership) => MembershipLabel {
  const { t } = useTranslation();
  const roleLabel = (membership: Membership): string => {
    switch (membership.scope) {
      case 'programme':
        return t(`roles.programme.${membership.role}`);
      case 'table':
        return t(`roles.table.${membership.role}`);
      case 'group':
        return t(`roles.group.${membership.role}`);
      case 'installation':
        return t(`roles.installation.${membership.role}`);
    }
  };
  return (membership) => {
    const kind = t(`scopes.${membership.scope}`);
    const role = roleLabel(membership);
    const scope = membership.scope === 'installation' ? kind : `${kind} ${membership.scopeId}`;
    return { kind, scope, role };
  };
}
