import type { WizardStepProps } from '../../components/wizard/useWizard';
import type { WizardForm } from './wizardForm';

export type StepProps = WizardStepProps<WizardForm>;
