import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionsOf, awaitsEffect, type LearningQuestion, type QuestionAction } from '@leercyclus/domain';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { usePersonName } from '../../../format/people';

const helpedColour = { yes: 'green', partly: 'yellow', no: 'red', tooEarly: 'gray' } as const;

interface QuestionActionsProps {
  question: LearningQuestion;
  /** Today in the programme's zone, to flag actions that wait too long for their effect. */
  today: string;
  effectAfterWeeks: number;
  onEffect?: (action: QuestionAction) => void;
}

/** The actions tried on a question, each with its effects: what was seen, when, by whom, whether it helped. */
export function QuestionActions({ question, today, effectAfterWeeks, onEffect }: QuestionActionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const actions = actionsOf(question);
  if (actions.length === 0) return null;
  return (
    <Stack gap={4} aria-label={t('actions.listLabel', { number: question.number })} component="section">
      <Text size="sm" fw={600}>
        {t('actions.heading')}
      </Text>
      <List spacing={6} size="sm">
        {actions.map((action) => {
          const waiting = awaitsEffect(action, today, effectAfterWeeks);
          return (
            <List.Item key={action.number} data-action={action.number}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Text size="sm">{action.text}</Text>
                {waiting && (
                  <Badge color="orange" variant="light">
                    {t('actions.awaitingEffect')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('actions.takenByOn', {
                  by: personName(action.takenBy),
                  on: formatPlainDate(action.startsOn, locale),
                })}
              </Text>
              {action.effects.map((effect, index) => (
                <Group key={index} gap={6} wrap="nowrap" align="flex-start" data-effect={index + 1}>
                  <Badge color={helpedColour[effect.helped]} variant="light">
                    {t(`actions.helpedValue.${effect.helped}`)}
                  </Badge>
                  <Text size="xs">
                    {effect.text}{' '}
                    <Text span size="xs" c="dimmed">
                      {t('actions.judged', {
                        by: personName(effect.judgedBy),
                        on: formatPlainDate(effect.observedOn, locale),
                      })}
                    </Text>
                  </Text>
                </Group>
              ))}
              {onEffect && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onEffect(action)}
                  aria-label={t('actions.effectLabel', { question: question.number, action: action.number })}
                >
                  {t('actions.effect')}
                </Button>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
