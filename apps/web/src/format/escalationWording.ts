import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationWording } from '@leercyclus/domain';
import { usePersonName } from './people';

interface Worded {
  text: string;
  why: string;
  wording?: EscalationWording | null;
  raisedBy?: string;
}

/**
 * An escalation's title and explanation in the reader's language. What a workflow raised by itself carries a
 * code with parameters (the owner as a person id, shown by name); what a person raised is shown in their words.
 * Items from before the codes: a system-raised question escalation still gets its words from the code it meant.
 */
export function useEscalationWords(): (item: Worded) => { text: string; why: string } {
  const { t } = useTranslation();
  const personName = usePersonName();
  return useCallback(
    (item) => {
      const wording = item.wording;
      if (wording?.code === 'checkpointOverdue') {
        return {
          text: t('escalationWording.checkpointOverdue.text', {
            title: wording.checkpointTitle,
            number: wording.cycleNumber,
            count: wording.daysOverdue,
          }),
          why: t('escalationWording.checkpointOverdue.why', {
            owner: personName(wording.owner),
            count: wording.remindersSent,
          }),
        };
      }
      if (
        wording?.code === 'openAtCycleEnd' ||
        (item.raisedBy === 'system' && !wording && isLegacyEndOfCycle(item.why))
      ) {
        return { text: item.text, why: t('escalationWording.openAtCycleEnd.why') };
      }
      return { text: item.text, why: item.why };
    },
    [t, personName],
  );
}

/** The English explanation cycles gave before the codes; the panel never shows it. */
function isLegacyEndOfCycle(why: string): boolean {
  return why.startsWith('Open at the end of the cycle');
}
