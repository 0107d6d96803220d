/** The workflow bundle's entry: every workflow the worker registers. */
export { learningCycle } from './learningCycle/workflow.js';
export { managementTable } from './managementTable/workflow.js';
export { actionLearningGroup } from './actionLearningGroup/workflow.js';
export { retention } from './retention/workflow.js';
export { deliverMail } from './mail/deliverMail.js';
export { planMail } from './mail/planMail.js';
