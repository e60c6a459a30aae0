import { describe, expect, it } from 'vitest';
import { combineTopics, expandTopic } from '../../../electron/core/genesys/topics.js';

// A user's presence and routing status go as one combined topic (one of the channel's 1,000), and the
// answer's combined entries are read back as the single topics they stand for.

describe('notification topics', () => {
  it('combines a user’s presence and routing status, and leaves every other topic alone', () => {
    expect(
      combineTopics([
        'v2.users.a.conversations.calls',
        'v2.users.b.presence',
        'v2.users.b.routingStatus',
        'v2.users.c.routingStatus',
      ]),
    ).toEqual(['v2.users.a.conversations.calls', 'v2.users.b?presence&routingStatus', 'v2.users.c.routingStatus']);
  });

  it('expands a combined topic into its single topics, and a single topic into itself', () => {
    expect(expandTopic('v2.users.b?presence&routingStatus')).toEqual([
      'v2.users.b.presence',
      'v2.users.b.routingStatus',
    ]);
    expect(expandTopic('v2.users.a.conversations.calls')).toEqual(['v2.users.a.conversations.calls']);
  });

  it('round-trips: what is combined expands back to what was listened to', () => {
    const topics = ['v2.users.x.presence', 'v2.users.x.routingStatus', 'v2.users.y.presence'];
    expect(combineTopics(topics).flatMap(expandTopic).sort()).toEqual([...topics].sort());
  });
});
