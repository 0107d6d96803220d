import type { WizardStepProps } from '../../../components/wizard/useWizard';
import type { WizardForm } from './cycleWizardForm';

export type StepProps = WizardStepProps<WizardForm>;
