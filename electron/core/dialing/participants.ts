// Who is who in a call: the caller is the user who placed it (purpose "user", or "agent" when placed from a
// queue), and the far end is whoever else is on it: a customer or external number, or a colleague (purpose
// "user") called by extension or from the directory.

/** What telling the parties apart needs of a participant, in either of Genesys's participant shapes. */
export interface Party {
  purpose?: string | undefined;
  direction?: string | undefined;
}

const placedBy = (party: Party): boolean => party.purpose === 'user' || party.purpose === 'agent';

/** The participant who placed the call: the known caller's, else the outbound user or agent, else the first one. */
export function callerOf<P extends Party>(
  participants: readonly P[],
  userIdOf: (participant: P) => string | undefined,
  callerUserId?: string,
): P | undefined {
  const ours = participants.filter(placedBy);
  return (
    (callerUserId === undefined ? undefined : ours.find((participant) => userIdOf(participant) === callerUserId)) ??
    ours.find((participant) => participant.direction === 'outbound') ??
    ours[0]
  );
}

/** The participant a call's progress is read from: the customer or external number, else anyone but the caller. */
export function farEndOf<P extends Party>(
  participants: readonly P[],
  userIdOf: (participant: P) => string | undefined,
  callerUserId?: string,
): P | undefined {
  const caller = callerOf(participants, userIdOf, callerUserId);
  return (
    participants.find((participant) => participant.purpose === 'customer' || participant.purpose === 'external') ??
    participants.find((participant) => participant !== caller)
  );
}
