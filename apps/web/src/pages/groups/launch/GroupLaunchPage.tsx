import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LaunchWizard } from '../../../components/wizard/LaunchWizard';
import { errorKind } from '../../../errors/describeError';
import { useTRPC } from '../../../trpc/trpc';
import { groupPath } from '../../paths';
import { GroupBasicsStep } from './GroupBasicsStep';
import { GroupMembersStep } from './GroupMembersStep';
import { GroupReviewStep } from './GroupReviewStep';
import { GroupScheduleStep } from './GroupScheduleStep';
import { groupWizard } from './groupWizardForm';

/** `/groups/new`: the project leader launches an action-learning group, seeing its meetings first. */
export function GroupLaunchPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const launch = useMutation(trpc.groups.launch.mutationOptions());
  return (
    <LaunchWizard
      kind="group"
      form={groupWizard}
      launch={launch}
      lists={trpc.groups.pathFilter()}
      pathOf={(input) => groupPath(input.slug)}
      // A taken code is known only to the server; its message names the group, the panel says it plainly.
      refusal={(error, input) =>
        errorKind(error) === 'conflict'
          ? { path: 'slug', message: t('groupWizard.conflict', { slug: input.slug }) }
          : null
      }
      content={(props) => ({
        basics: <GroupBasicsStep {...props} />,
        members: <GroupMembersStep {...props} />,
        schedule: <GroupScheduleStep {...props} />,
      })}
      review={(plan, edit) => <GroupReviewStep launch={plan.launch} meetings={plan.meetings} onEdit={edit} />}
    />
  );
}
