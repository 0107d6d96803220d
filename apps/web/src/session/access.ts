import { holds, scopesWhere, type ScopeKind, type SignedIn } from '@leercyclus/domain';

/** One way to be allowed: one of these roles in a scope of this kind. */
type Rule = readonly [ScopeKind, readonly string[]];

const programme = (...roles: string[]): Rule => ['programme', roles];
const group = (...roles: string[]): Rule => ['group', roles];
const table = (...roles: string[]): Rule => ['table', roles];
const installation: Rule = ['installation', ['administrator']];
const dataProtection: Rule = ['installation', ['dataProtectionOfficer']];
/** A group's facilitator, and the programme's people who look after its groups. */
const groupFacilitation = [group('facilitator'), programme('projectLeader', 'monitor', 'coordinator')];

/**
 * The roles each procedure the panel calls allows, per scope, as the API states them (the `grants` of
 * apps/api/src/routers); the installation's administrator counts everywhere it is listed. The panel shows an
 * action only to those the API would let through; the API checks again on every call.
 */
export const procedureAccess = {
  'cycles.launch': [programme('projectLeader')],
  'cycles.recordSession': [programme('monitor', 'projectLeader')],
  'cycles.addQuestion': [programme('monitor', 'projectLeader', 'coordinator')],
  'cycles.updateQuestion': [programme('monitor', 'projectLeader', 'coordinator')],
  'cycles.addQuestionAction': [programme('monitor', 'projectLeader', 'coordinator')],
  'cycles.recordActionEffect': [programme('monitor', 'projectLeader', 'coordinator')],
  'cycles.escalateQuestion': [programme('monitor', 'projectLeader', 'coordinator')],
  'cycles.submitEvaluation': [programme('coordinator', 'projectLeader', 'monitor')],
  'cycles.moveOccurrence': [programme('projectLeader', 'coordinator')],
  'cycles.extend': [programme('projectLeader')],
  'cycles.close': [programme('projectLeader')],
  'checkpoints.overdue': [programme('coordinator', 'projectLeader'), group('facilitator')],
  'checkpoints.remind': [programme('coordinator', 'projectLeader'), group('facilitator')],
  'cases.stats': [programme('monitor', 'projectLeader')],
  'cases.list': [programme('monitor', 'projectLeader')],
  'programmes.create': [programme('projectLeader'), installation],
  'programmes.update': [programme('projectLeader')],
  'reports.cycle': [programme('monitor', 'projectLeader')],
  'reports.programme': [programme('monitor', 'projectLeader')],
  'reports.tableAgenda': [table('chair', 'member')],
  'exports.agenda': [programme('projectLeader', 'coordinator', 'monitor', 'participant')],
  'exports.cases': [programme('monitor', 'projectLeader')],
  'demo.load': [installation],
  'groups.launch': [programme('projectLeader')],
  'groups.join': groupFacilitation,
  'groups.leave': groupFacilitation,
  'groups.advance': [group('facilitator'), programme('monitor', 'projectLeader')],
  'groups.submitEvaluation': groupFacilitation,
  'groups.raiseObstacle': groupFacilitation,
  'groups.escalate': groupFacilitation,
  'groups.complete': [group('facilitator'), programme('projectLeader', 'monitor')],
  'escalations.inbox': [table('chair', 'member')],
  'escalations.respond': [table('chair', 'member')],
  'people.list': [installation],
  'audit.list': [dataProtection],
  'mail.sink': [installation],
} as const satisfies Record<string, readonly Rule[]>;

export type Procedure = keyof typeof procedureAccess;

/** The scopes an action is about: a cycle's programme, a group (and its programme), a table. */
export type Where = Partial<Record<Exclude<ScopeKind, 'installation'>, string | null>>;

/**
 * Whether the person may call the procedure on these scopes; without them, whether they may somewhere (a link
 * in the menu, the button to a wizard whose programme is chosen in it).
 */
export function allows(
  signedIn: Pick<SignedIn, 'memberships'>,
  procedure: Procedure,
  where?: Where,
): boolean {
  const rules: readonly Rule[] = procedureAccess[procedure];
  return rules.some(([scope, roles]) => {
    if (scope === 'installation') return holds(signedIn, scope, 'installation', roles);
    if (where === undefined) return scopesWhere(signedIn, scope, roles).length > 0;
    const scopeId = where[scope];
    return typeof scopeId === 'string' && holds(signedIn, scope, scopeId, roles);
  });
}

/** The ids of the scopes of a kind in which the signed-in person may call the procedure. */
export function scopesAllowing(
  signedIn: Pick<SignedIn, 'memberships'>,
  procedure: Procedure,
  scope: Exclude<ScopeKind, 'installation'>,
): string[] {
  const rules: readonly Rule[] = procedureAccess[procedure];
  return [
    ...new Set(rules.flatMap(([kind, roles]) => (kind === scope ? scopesWhere(signedIn, kind, roles) : []))),
  ];
}
