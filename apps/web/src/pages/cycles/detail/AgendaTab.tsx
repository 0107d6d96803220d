import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import {
  actionsOf,
  awaitsEffect,
  dateInZone,
  defaultActionEffectAfterWeeks,
  organisationalLevels,
  questionStatuses,
  type LearningQuestion,
  type QuestionAction,
} from '@leercyclus/domain';
import { CardList } from '../../../components/CardList';
import { LabelledText } from '../../../components/LabelledText';
import { formatDateTime, useLocale } from '../../../format/dates';
import { useCategoryLabel } from '../../../format/labels';
import { usePersonName } from '../../../format/people';
import { useCanOnCycle } from '../../../session/permissions';
import { useTRPC } from '../../../trpc/trpc';
import { QuestionStatusBadge } from './badges';
import { EscalateQuestionModal } from './EscalateQuestionModal';
import { EscalationDecision } from './EscalationDecision';
import { ActionModal } from './ActionModal';
import { AgendaHistory } from './AgendaHistory';
import { EffectModal } from './EffectModal';
import { QuestionActions } from './QuestionActions';
import { QuestionModal } from './QuestionModal';
import { StaleFlag } from './StaleFlag';

const all = '*';
/** The district filter's value for questions about the whole programme. */
const wholeProgramme = '';

type Editing =
  | { type: 'add' }
  | { type: 'edit'; question: LearningQuestion; closing?: boolean }
  | { type: 'escalate'; question: LearningQuestion }
  | { type: 'action'; question: LearningQuestion }
  | { type: 'effect'; question: LearningQuestion; action: QuestionAction };
/** Only a question still being worked on can go up to a management table. */
const escalatable: ReadonlySet<LearningQuestion['status']> = new Set(['open', 'exploring']);

/** The dynamic learning agenda: its questions with their history, filtered; adding and editing for those allowed. */
export function AgendaTab({ cycle }: { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const can = useCanOnCycle(cycle);
  const trpc = useTRPC();
  const categoryLabel = useCategoryLabel();
  const [status, setStatus] = useState(all);
  const [category, setCategory] = useState(all);
  const [district, setDistrict] = useState(all);
  const [level, setLevel] = useState(all);
  const [editing, setEditing] = useState<Editing | null>(null);
  const running = cycle.status === 'running';
  const canAdd = running && can('cycles.addQuestion');
  const canEdit = running && can('cycles.updateQuestion');
  const canEscalate = running && can('cycles.escalateQuestion');
  const canAct = running && can('cycles.addQuestionAction');
  const canJudge = running && can('cycles.recordActionEffect');
  const programme = useQuery(trpc.programmes.get.queryOptions({ id: cycle.programmeId }));
  const effectAfterWeeks = programme.data?.actionEffectAfterWeeks ?? defaultActionEffectAfterWeeks;
  const today = dateInZone(new Date(), cycle.timeZone);
  const actions = cycle.questions.flatMap(actionsOf);
  const staleList = useQuery(trpc.agenda.stale.queryOptions({ programmeId: cycle.programmeId }));
  const stale = new Map(
    (staleList.data ?? []).filter((q) => q.cycleId === cycle.cycleId).map((q) => [q.number, q]),
  );
  const awaiting = actions.filter((action) => awaitsEffect(action, today, effectAfterWeeks)).length;

  const shown = cycle.questions
    .filter(
      (question) =>
        (status === all || question.status === status) &&
        (category === all || question.category === category) &&
        (district === all || (question.district ?? wholeProgramme) === district) &&
        (level === all || question.level === level),
    )
    .sort((a, b) => a.number - b.number);
  const categories = [...new Set([...cycle.questionCategories, ...cycle.questions.map((q) => q.category)])];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('agenda.filterStatus')}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value)}
            data={[
              { value: all, label: t('common.all') },
              ...questionStatuses.map((value) => ({ value, label: t(`questionStatus.${value}`) })),
            ]}
          />
          <NativeSelect
            label={t('agenda.filterCategory')}
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value)}
            data={[
              { value: all, label: t('common.all') },
              ...categories.map((value) => ({ value, label: categoryLabel(value) })),
            ]}
          />
          <NativeSelect
            label={t('agenda.filterDistrict')}
            value={district}
            onChange={(event) => setDistrict(event.currentTarget.value)}
            data={[
              { value: all, label: t('common.all') },
              ...cycle.districts.map((d) => ({ value: d.name, label: d.name })),
              { value: wholeProgramme, label: t('calendar.wholeProgramme') },
            ]}
          />
          <NativeSelect
            label={t('agenda.filterLevel')}
            value={level}
            onChange={(event) => setLevel(event.currentTarget.value)}
            data={[
              { value: all, label: t('common.all') },
              ...organisationalLevels.map((value) => ({ value, label: t(`level.${value}`) })),
            ]}
          />
        </Group>
        {canAdd && <Button onClick={() => setEditing({ type: 'add' })}>{t('agenda.add')}</Button>}
      </Group>
      <AgendaHistory cycle={cycle} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('agenda.shown', { shown: shown.length, total: cycle.questions.length })}
        {' · '}
        {t('actions.count', { count: actions.length })}
        {awaiting > 0 && ` · ${t('actions.awaitingCount', { count: awaiting })}`}
        {stale.size > 0 && ` · ${t('stale.count', { count: stale.size })}`}
      </Text>
      <CardList
        label={t('agenda.listLabel')}
        items={shown}
        empty={
          cycle.questions.length === 0
            ? canAdd
              ? t('agenda.emptyCanAdd')
              : t('agenda.empty')
            : t('agenda.emptyFiltered')
        }
      >
        {(question) => (
          <QuestionItem
            key={question.number}
            question={question}
            timeZone={cycle.timeZone}
            actions={
              <QuestionActions
                question={question}
                today={today}
                effectAfterWeeks={effectAfterWeeks}
                onEffect={
                  canJudge && question.status !== 'carriedOver'
                    ? (action) => setEditing({ type: 'effect', question, action })
                    : undefined
                }
              />
            }
            stale={
              stale.has(question.number) ? (
                <StaleFlag
                  stale={stale.get(question.number)!}
                  timeZone={cycle.timeZone}
                  onReformulate={canEdit ? () => setEditing({ type: 'edit', question }) : undefined}
                  onEscalate={canEscalate ? () => setEditing({ type: 'escalate', question }) : undefined}
                  onClose={canEdit ? () => setEditing({ type: 'edit', question, closing: true }) : undefined}
                />
              ) : null
            }
            onAddAction={
              canAct && question.status !== 'carriedOver'
                ? () => setEditing({ type: 'action', question })
                : undefined
            }
            onEdit={
              canEdit && question.status !== 'escalated'
                ? () => setEditing({ type: 'edit', question })
                : undefined
            }
            onEscalate={
              canEscalate && escalatable.has(question.status)
                ? () => setEditing({ type: 'escalate', question })
                : undefined
            }
          />
        )}
      </CardList>
      {editing?.type === 'escalate' && (
        <EscalateQuestionModal cycle={cycle} question={editing.question} onClose={() => setEditing(null)} />
      )}
      {editing?.type === 'action' && (
        <ActionModal cycle={cycle} question={editing.question} onClose={() => setEditing(null)} />
      )}
      {editing?.type === 'effect' && (
        <EffectModal
          cycle={cycle}
          question={editing.question}
          action={editing.action}
          onClose={() => setEditing(null)}
        />
      )}
      {(editing?.type === 'add' || editing?.type === 'edit') && (
        <QuestionModal
          cycle={cycle}
          question={editing.type === 'edit' ? editing.question : null}
          closing={editing.type === 'edit' && editing.closing === true}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function QuestionItem({
  question,
  timeZone,
  actions,
  stale,
  onAddAction,
  onEdit,
  onEscalate,
}: {
  question: LearningQuestion;
  timeZone: string;
  /** The question's actions and their effects, as the agenda shows them. */
  actions: ReactNode;
  /** The "blijft liggen" flag with its ways out, when the question lies still. */
  stale: ReactNode;
  onAddAction?: () => void;
  onEdit?: () => void;
  onEscalate?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const categoryLabel = useCategoryLabel();
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyId = `question-${question.number}-history`;
  const reformulations = question.reformulations;

  return (
    <Paper component="li" withBorder p="md" data-question={question.number}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text fw={700}>{question.number}.</Text>
            <Text>{question.text}</Text>
          </Group>
          <QuestionStatusBadge status={question.status} />
        </Group>
        <Group gap={6}>
          <Badge variant="outline" color="gray">
            {categoryLabel(question.category)}
          </Badge>
          <Badge variant="outline" color="gray">
            {t(`level.${question.level}`)}
          </Badge>
          <Badge variant="outline" color="gray">
            {question.district ?? t('calendar.wholeProgramme')}
          </Badge>
          {question.carriedFrom && (
            <Badge variant="light" color="yellow">
              {t('agenda.carriedFrom', { number: question.carriedFrom.number })}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('agenda.raised', {
            where: t(`raisedIn.${question.raisedIn}`),
            by: personName(question.raisedBy),
            at: formatDateTime(question.raisedAt, timeZone, locale),
          })}
          {' · '}
          {question.responsible
            ? t('agenda.responsible', { name: personName(question.responsible) })
            : t('agenda.noResponsible')}
        </Text>
        {question.lesson && <LabelledText label={t('agenda.lesson')}>{question.lesson}</LabelledText>}
        {question.escalation && (
          <LabelledText label={t('agenda.escalation')}>
            {question.escalation.decision
              ? t('agenda.escalationAnswered', { table: question.escalation.table })
              : t('agenda.escalationWaiting', {
                  table: question.escalation.table,
                  at: formatDateTime(question.escalation.raisedAt, timeZone, locale),
                })}
          </LabelledText>
        )}
        {question.escalation?.decision && (
          <EscalationDecision decision={question.escalation.decision} timeZone={timeZone} />
        )}
        {stale}
        {actions}
        <Group gap="xs">
          {reformulations.length > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setHistoryOpen((open) => !open)}
              aria-expanded={historyOpen}
              aria-controls={historyId}
            >
              {historyOpen
                ? t('agenda.hideHistory')
                : t('agenda.showHistory', { count: reformulations.length })}
            </Button>
          )}
          {onEdit && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={onEdit}
              aria-label={t('agenda.editLabel', { number: question.number })}
            >
              {t('agenda.edit')}
            </Button>
          )}
          {onAddAction && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={onAddAction}
              aria-label={t('actions.addLabel', { number: question.number })}
            >
              {t('actions.add')}
            </Button>
          )}
          {onEscalate && (
            <Button
              size="compact-xs"
              variant="light"
              color="orange"
              onClick={onEscalate}
              aria-label={t('escalate.buttonLabel', { number: question.number })}
            >
              {t('escalate.button')}
            </Button>
          )}
        </Group>
        {reformulations.length > 0 && (
          <div id={historyId}>
            {historyOpen && (
              <Timeline bulletSize={12} lineWidth={2} mt="xs" active={reformulations.length}>
                {reformulations.map((version, index) => (
                  <Timeline.Item
                    key={`${version.at}-${index}`}
                    title={t('agenda.version', { index: index + 1 })}
                  >
                    <Text size="sm">{version.text}</Text>
                    <Text size="xs" c="dimmed">
                      {t('agenda.replaced', {
                        at: formatDateTime(version.at, timeZone, locale),
                        by: personName(version.by),
                      })}
                    </Text>
                  </Timeline.Item>
                ))}
                <Timeline.Item title={t('agenda.currentVersion')}>
                  <Text size="sm">{question.text}</Text>
                </Timeline.Item>
              </Timeline>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
