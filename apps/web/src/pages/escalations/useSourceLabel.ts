import { useTranslation } from 'react-i18next';
import type { EscalationSource } from '@leercyclus/domain';
import { cycleRefOf, groupSlugOf } from './source';

/** Where an escalation came from, in words: the cycle and its question or checkpoint, or the group. */
export function useSourceLabel(): (source: EscalationSource) => string {
  const { t } = useTranslation();
  return (source) => {
    const ref = cycleRefOf(source);
    if (ref === null) {
      return t('escalations.source.groupObstacle', { slug: groupSlugOf(source) ?? source.processId });
    }
    if (source.kind === 'cycleCheckpoint') return t('escalations.source.cycleCheckpoint', ref);
    return t('escalations.source.cycleQuestion', { ...ref, question: source.questionNumber ?? '?' });
  };
}
