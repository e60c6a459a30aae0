import { afterEach, describe, expect, it } from 'vitest';
import { LIVE_PRESENCE_USERS, PRESENCE_TOPIC_BUDGET } from '../../electron/core/contacts/live-presence.js';
import type { PresenceChange } from '../../electron/core/contacts/types.js';
import { listeningTo } from '../../electron/core/contacts/verbs.js';
import type { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { value } from '../helpers/outcome.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Collects the presence changes the contacts service pushes. */
function presencePushes(h: Harness): PresenceChange[] {
  const changes: PresenceChange[] = [];
  const events = listeningTo({
    presence: (list) => changes.push(...list),
  });
  h.core.contacts.attach(events, events);
  return changes;
}

/** The topics the emulator's channels hold now. */
const subscribed = (emulator: GenesysEmulator): string[] =>
  [...emulator.notifications.channels.values()].flatMap((channel) => [...channel.topics]);

/** Presence reads softdial made (GET /api/v2/users with ids). */
const presenceReads = (emulator: GenesysEmulator): number =>
  emulator.received('GET', '/api/v2/users').filter((request) => new URLSearchParams(request.query).has('id')).length;

describe('live presence', () => {
  it('pushes presence changes through the notification socket, without polling, and unsubscribes contacts that leave', async () => {
    harness = await startHarness({ realTime: true });
    const { emulator, core } = harness;
    emulator.directory.generate(20);
    value(await core.contacts.syncNow());
    const changes = presencePushes(harness);
    const [first, second] = emulator.directory.people.filter((person) => person.id.startsWith('gen-'));
    if (!first || !second) throw new Error('the generated directory is empty');
    value(await core.contacts.watchPresence([`user:${first.id}`, `user:${second.id}`]));
    const reads = presenceReads(emulator);
    expect(reads).toBe(1);
    await expect.poll(() => emulator.notifications.openSockets).toBe(1);
    await expect
      .poll(() => subscribed(emulator))
      .toEqual(expect.arrayContaining([`v2.users.${first.id}.presence`, `v2.users.${first.id}.routingStatus`]));
    expect(core.contacts.presenceStatus()).toEqual({ live: 2, polled: 0, reasons: [] });

    emulator.directory.setPresence(first.id, { systemPresence: 'Busy', routingStatus: 'INTERACTING' }, Date.now());
    await expect
      .poll(() => changes.at(-1))
      .toEqual({
        contactId: `user:${first.id}`,
        presence: expect.objectContaining({ systemPresence: 'Busy', routingStatus: 'INTERACTING' }),
      });
    const contact = value(await core.contacts.get(`user:${first.id}`));
    expect(contact.presence).toMatchObject({ systemPresence: 'Busy', routingStatus: 'INTERACTING' });
    expect(presenceReads(emulator)).toBe(reads);

    value(await core.contacts.watchPresence([`user:${second.id}`]));
    await expect.poll(() => subscribed(emulator)).not.toContain(`v2.users.${first.id}.presence`);
    expect(subscribed(emulator)).toContain(`v2.users.${second.id}.presence`);
    expect(presenceReads(emulator)).toBe(reads);
  });

  it('polls, with the reason, the users whose presence topics the org rejects', async () => {
    harness = await startHarness({ realTime: true, core: { presencePollMs: 50 } });
    const { emulator, core } = harness;
    emulator.directory.generate(5);
    emulator.notifications.rejectTopics(/\.(presence|routingStatus)$/, ['presence:userPresence:view']);
    const changes = presencePushes(harness);
    const person = emulator.directory.people.find((candidate) => candidate.id.startsWith('gen-'));
    if (!person) throw new Error('the generated directory is empty');
    value(await core.contacts.watchPresence([`user:${person.id}`]));
    await expect
      .poll(() => core.contacts.presenceStatus())
      .toEqual({ live: 0, polled: 1, reasons: [expect.stringMatching(/presence:userPresence:view/)] });
    emulator.directory.setPresence(person.id, { systemPresence: 'Away' }, Date.now());
    await expect
      .poll(() => changes.at(-1))
      .toEqual({ contactId: `user:${person.id}`, presence: expect.objectContaining({ systemPresence: 'Away' }) });
    expect(subscribed(emulator)).toEqual([]);
  });

  it('polls while the socket is down, then goes back to live events', async () => {
    harness = await startHarness({
      realTime: true,
      core: { presencePollMs: 50, channelTiming: { backoffMs: 50, maxBackoffMs: 100 } },
    });
    const { emulator, core } = harness;
    emulator.directory.generate(5);
    const changes = presencePushes(harness);
    const person = emulator.directory.people.find((candidate) => candidate.id.startsWith('gen-'));
    if (!person) throw new Error('the generated directory is empty');
    value(await core.contacts.watchPresence([`user:${person.id}`]));
    await expect.poll(() => emulator.notifications.openSockets).toBe(1);
    await expect.poll(() => subscribed(emulator)).toContain(`v2.users.${person.id}.presence`);
    emulator.notifications.refuse(1_000_000);
    emulator.notifications.drop();
    await expect.poll(() => emulator.notifications.openSockets).toBe(0);
    emulator.directory.setPresence(person.id, { systemPresence: 'Away' }, Date.now());
    await expect
      .poll(() => changes.at(-1))
      .toEqual({ contactId: `user:${person.id}`, presence: expect.objectContaining({ systemPresence: 'Away' }) });
    emulator.notifications.refuse(0);
    await expect.poll(() => emulator.notifications.openSockets).toBe(1);
    emulator.directory.setPresence(person.id, { systemPresence: 'Busy', routingStatus: 'IDLE' }, Date.now());
    await expect
      .poll(() => changes.at(-1))
      .toEqual({
        contactId: `user:${person.id}`,
        presence: expect.objectContaining({ systemPresence: 'Busy', routingStatus: 'IDLE' }),
      });
  });

  it('stays within its topic budget on the channel, polling the people past it', async () => {
    harness = await startHarness({ realTime: true });
    const { emulator, core } = harness;
    emulator.directory.generate(LIVE_PRESENCE_USERS + 40);
    const ids = emulator.directory.people.map((person) => `user:${person.id}`);
    value(await core.contacts.watchPresence(ids));
    await expect.poll(() => emulator.notifications.openSockets).toBe(1);
    // One combined topic a person (presence and routing status), counted once against the channel's limit.
    const held = () => [...emulator.notifications.channels.values()].flatMap((channel) => [...channel.subscribed]);
    await expect.poll(() => held().length).toBe(PRESENCE_TOPIC_BUDGET);
    expect(held().every((topic) => /^v2\.users\.[^.?]+\?presence&routingStatus$/.test(topic))).toBe(true);
    expect(core.contacts.presenceStatus()).toEqual({
      live: LIVE_PRESENCE_USERS,
      polled: ids.length - LIVE_PRESENCE_USERS,
      reasons: [expect.stringMatching(/topic limit/)],
    });
    expect(emulator.received('PUT', '/api/v2/notifications/channels').length).toBe(0);
    const puts = emulator.requests.filter(
      (request) => request.method === 'PUT' && request.path.endsWith('/subscriptions'),
    );
    expect(puts.length).toBeLessThanOrEqual(2);
  });
});
