import { describe, expect, it } from 'vitest';
import type { ChannelHealth, TopicSignal } from '../../../electron/core/genesys/notification-channel.js';
import { PresenceWatch } from '../../../electron/core/contacts/live-presence.js';
import type { TopicChannel } from '../../../electron/core/contacts/live-presence.js';
import type { Presence, PresenceChange } from '../../../electron/core/contacts/types.js';
import { ok } from '../../../electron/shared/outcome.js';

/** An in-memory channel: topics listened to, and a way to deliver what Genesys would send on them. */
class MemoryChannel implements TopicChannel {
  readonly topics = new Map<string, (signal: TopicSignal) => void>();
  status: { health: ChannelHealth } = { health: 'live' };

  listen(topic: string, listener: (signal: TopicSignal) => void) {
    this.topics.set(topic, listener);
    return { stop: () => this.topics.delete(topic) };
  }

  onHealth() {
    return { stop: () => undefined };
  }

  send(topic: string, body: unknown): void {
    this.topics.get(topic)?.({ kind: 'event', body });
  }
}

/** A watch over an in-memory channel, with the directory's presence given as a table. */
function watchOver(directory: Record<string, Presence>) {
  const channel = new MemoryChannel();
  const known = new Map<string, Presence>();
  const changes: PresenceChange[] = [];
  const watch = new PresenceWatch({
    channel: () => ok(channel),
    fetch: (ids) => Promise.resolve(ok(new Map(ids.map((id) => [`user:${id}`, directory[id]])))),
    known,
    onChange: (list) => changes.push(...list),
    pollMs: 60_000,
  });
  return { channel, known, changes, watch };
}

describe('live presence events', () => {
  it('takes a presence event with the routing status already known, and a routing status change alone', async () => {
    const { channel, changes, watch } = watchOver({ ada: { systemPresence: 'Available', routingStatus: 'IDLE' } });
    await watch.watch(['ada']);
    channel.send('v2.users.ada.presence', {
      presenceDefinition: { id: 'x', systemPresence: 'BUSY' },
      message: 'In a meeting',
      modifiedDate: '2026-11-28T08:00:00Z',
    });
    expect(changes.at(-1)).toEqual({
      contactId: 'user:ada',
      presence: {
        systemPresence: 'Busy',
        message: 'In a meeting',
        routingStatus: 'IDLE',
        since: '2026-11-28T08:00:00Z',
      },
    });
    channel.send('v2.users.ada.routingStatus', { id: 'ada', routingStatus: { status: 'INTERACTING' } });
    expect(changes.at(-1)?.presence).toMatchObject({ systemPresence: 'Busy', routingStatus: 'INTERACTING' });
    watch.close();
  });

  it('never guesses: a routing status without a known presence, or an unreadable event, changes nothing', async () => {
    const { channel, known, changes, watch } = watchOver({});
    await watch.watch(['nobody']);
    channel.send('v2.users.nobody.routingStatus', { id: 'nobody', routingStatus: { status: 'IDLE' } });
    channel.send('v2.users.nobody.presence', { presenceDefinition: 'not an object' });
    channel.send('v2.users.nobody.presence', { presenceDefinition: { systemPresence: 'Something new' } });
    expect(known.has('user:nobody')).toBe(false);
    expect(changes).toEqual([]);
    watch.close();
  });

  it('subscribes the first users of the list and unsubscribes those that leave it', async () => {
    const { channel, watch } = watchOver({});
    await watch.watch(['favourite', 'shown']);
    expect([...channel.topics.keys()]).toEqual([
      'v2.users.favourite.presence',
      'v2.users.favourite.routingStatus',
      'v2.users.shown.presence',
      'v2.users.shown.routingStatus',
    ]);
    await watch.watch(['favourite']);
    expect([...channel.topics.keys()]).toEqual(['v2.users.favourite.presence', 'v2.users.favourite.routingStatus']);
    watch.close();
    expect(channel.topics.size).toBe(0);
  });
});
