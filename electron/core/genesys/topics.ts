// Notification topic names: the one-user topics softdial listens to, and the combined form Genesys accepts
// for several topics of one user (`v2.users.{id}?presence&routingStatus`), which counts as one topic of the
// channel's 1,000.

const USER_STATE = /^v2\.users\.([^.?]+)\.(presence|routingStatus)$/;
const COMBINED = /^v2\.users\.([^.?]+)\?([A-Za-z]+(?:&[A-Za-z]+)*)$/;

/** The topics to subscribe for these listened ones: a user's presence and routing status as one combined topic. */
export function combineTopics(topics: readonly string[]): string[] {
  const byUser = new Map<string, string[]>();
  const others: string[] = [];
  for (const topic of topics) {
    const [, userId, part] = USER_STATE.exec(topic) ?? [];
    if (userId && part) byUser.set(userId, [...(byUser.get(userId) ?? []), part]);
    else others.push(topic);
  }
  const combined = [...byUser].map(([userId, parts]) =>
    parts.length === 1 ? `v2.users.${userId}.${parts.join('')}` : `v2.users.${userId}?${parts.join('&')}`,
  );
  return [...others, ...combined];
}

/** The single topics a subscribed topic stands for: a combined topic's parts, or the topic itself. */
export function expandTopic(topic: string): string[] {
  const match = COMBINED.exec(topic);
  if (!match?.[1] || !match[2]) return [topic];
  const userId = match[1];
  return match[2].split('&').map((part) => `v2.users.${userId}.${part}`);
}
