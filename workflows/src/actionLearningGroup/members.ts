import {
  dateInZone,
  memberKey,
  type GroupMember,
  type GroupState,
  type JoinGroupInput,
  type LeaveGroupInput,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';

const today = (state: GroupState, now: number) => dateInZone(new Date(now), state.timeZone);

export function findMember(state: GroupState, id: string, field = 'memberId'): GroupMember {
  const member = state.members.find((m) => m.id === id);
  if (!member) throw refuse('notFound', `${field}: group ${state.slug} has no member ${id}`);
  return member;
}

/** Records that a member takes part in the iteration under way. */
export function takePart(state: GroupState, member: GroupMember): void {
  const iteration = state.iterations.at(-1)!;
  if (!iteration.participants.includes(member.id)) iteration.participants.push(member.id);
  if (!member.iterations.includes(iteration.number)) member.iterations.push(iteration.number);
}

function existing(state: GroupState, input: JoinGroupInput): GroupMember | undefined {
  const key = memberKey(input);
  return state.members.find((m) => memberKey(m) === key);
}

export function validateJoin(state: GroupState, input: JoinGroupInput, now: number): void {
  const member = existing(state, input);
  if (member?.active) {
    const field = input.userId !== undefined ? 'userId' : 'displayName';
    throw refuse('invalid', `${field}: already a member of group ${state.slug} (${member.id})`);
  }
  const joinedOn = input.joinedOn ?? today(state, now);
  if (joinedOn < state.startsOn || joinedOn > state.endsOn) {
    throw refuse(
      'invalid',
      `joinedOn: ${joinedOn} lies outside the group (${state.startsOn} to ${state.endsOn})`,
    );
  }
  if (joinedOn > today(state, now)) {
    throw refuse('invalid', `joinedOn: ${joinedOn} lies in the future; register the member once they join`);
  }
  const lastLeft = member?.memberships.at(-1)?.leftOn;
  if (lastLeft && joinedOn < lastLeft) {
    throw refuse('invalid', `joinedOn: ${member?.id} left on ${lastLeft}; they can rejoin from that day`);
  }
}

/** A new member, or one who left coming back (same user id, or same display name at the same organisation). */
export function join(state: GroupState, input: JoinGroupInput, now: number): GroupMember {
  const joinedOn = input.joinedOn ?? today(state, now);
  let member = existing(state, input);
  if (member) {
    member.memberships.push({ joinedOn, leftOn: null, leftReason: null });
    member.role = input.role;
    member.active = true;
  } else {
    member = {
      id: `member-${state.members.length + 1}`,
      userId: input.userId ?? null,
      displayName: input.displayName ?? null,
      organisation: input.organisation,
      role: input.role,
      memberships: [{ joinedOn, leftOn: null, leftReason: null }],
      active: true,
      iterations: [],
    };
    state.members.push(member);
  }
  takePart(state, member);
  return member;
}

export function validateLeave(state: GroupState, input: LeaveGroupInput, now: number): void {
  const member = findMember(state, input.memberId);
  if (!member.active) throw refuse('invalid', `memberId: ${member.id} has left the group already`);
  const leftOn = input.leftOn ?? today(state, now);
  const joinedOn = member.memberships.at(-1)!.joinedOn;
  if (leftOn < joinedOn) {
    throw refuse('invalid', `leftOn: ${member.id} joined on ${joinedOn}; they cannot leave before that`);
  }
  if (leftOn > today(state, now)) {
    throw refuse('invalid', `leftOn: ${leftOn} lies in the future; register the leaving once it happens`);
  }
}

/** A member leaves; the iterations they took part in stay theirs. */
export function leave(state: GroupState, input: LeaveGroupInput, now: number): GroupMember {
  const member = findMember(state, input.memberId);
  const membership = member.memberships.at(-1)!;
  membership.leftOn = input.leftOn ?? today(state, now);
  membership.leftReason = input.reason;
  member.active = false;
  return member;
}
