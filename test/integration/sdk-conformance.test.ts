import platformClient from 'purecloud-platform-client-v2';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';

// The official Genesys JavaScript SDK, pointed at the emulator through its gateway setting, is the
// conformance client: every endpoint the emulator serves is called through the SDK's own methods, so
// a route or shape the SDK would not find or read fails here.

let emulator: GenesysEmulator;
/** The whole-call hang-up body; the SDK's Conversation model marks fields required that a PATCH leaves out. */
const DISCONNECT = { state: 'disconnected' } as platformClient.Models.Conversation;
const client = platformClient.ApiClient.instance;
const conversations = new platformClient.ConversationsApi();
const notifications = new platformClient.NotificationsApi();
const users = new platformClient.UsersApi();
const contacts = new platformClient.ExternalContactsApi();
const tokens = new platformClient.TokensApi();
const routing = new platformClient.RoutingApi();

/** What the SDK rejects with: the ErrorBody Genesys sent. */
async function refusal(promise: Promise<unknown>): Promise<{ status?: number; code?: string; message?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { status?: number; code?: string };
  }
  throw new Error('the SDK call succeeded, but Genesys refuses it');
}

/** Signs the SDK in as an agent (a token the emulator issued to the PKCE client for that user). */
function signInAgent(userId: string = DEMO.agentUserId): void {
  const issued = emulator.state.issue('user', DEMO.agentClientId, userId);
  client.setAccessToken(String(issued['access_token']));
}

beforeAll(async () => {
  emulator = await GenesysEmulator.start({ connectAfterMs: 200, disconnectAfterMs: 60_000 });
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: Number(new URL(emulator.url).port) });
});
afterAll(async () => emulator.close());

describe('client credentials (on behalf of a user), through the SDK', () => {
  beforeAll(async () => {
    const auth = await client.loginClientCredentialsGrant(DEMO.serviceClientId, DEMO.serviceClientSecret);
    expect(auth.accessToken).toBeTruthy();
  });

  it('places, reads and hangs up a call with the on-behalf and participant endpoints', async () => {
    const placed = await conversations.postConversationsCallsUserUserId(DEMO.agentUserId, {
      phoneNumber: '+442079460958',
    });
    expect(placed.id).toBeTruthy();
    const call = await conversations.getConversationsCall(placed.id ?? '');
    const agent = call.participants?.find((participant) => participant.purpose === 'user');
    expect(agent?.user?.id).toBe(DEMO.agentUserId);
    expect(call.participants?.find((participant) => participant.purpose === 'external')?.address).toBe(
      'tel:+442079460958',
    );
    await conversations.patchConversationsCallParticipantUserUserId(
      placed.id ?? '',
      agent?.id ?? '',
      DEMO.agentUserId,
      {
        state: 'disconnected',
      },
    );
    const after = await conversations.getConversationsCall(placed.id ?? '');
    expect(after.participants?.map((participant) => participant.state)).toEqual(['disconnected', 'disconnected']);
    expect(after.participants?.find((participant) => participant.purpose === 'user')?.disconnectType).toBe('client');
  });

  it('is refused the agent endpoints, as Genesys refuses client credentials', async () => {
    expect(await refusal(conversations.postConversationsCalls({ phoneNumber: '+442079460958' }))).toMatchObject({
      status: 400,
      code: 'not.a.user',
    });
    const placed = await conversations.postConversationsCallsUserUserId(DEMO.agentUserId, {
      phoneNumber: '+442079460958',
    });
    expect(await refusal(conversations.patchConversationsCall(placed.id ?? '', DISCONNECT))).toMatchObject({
      status: 400,
      code: 'not.a.user',
    });
    expect(await refusal(users.getUsersMe())).toMatchObject({ status: 400, code: 'not.a.user' });
  });

  it('creates a notification channel, subscribes, and receives the call topic on its WebSocket', async () => {
    const channel = await notifications.postNotificationsChannels();
    expect(channel.connectUri).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/channels\//);
    expect(Date.parse(channel.expires ?? '')).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const topic = `v2.users.${DEMO.agentUserId}.conversations.calls`;
    const subscribed = await notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [{ id: topic }]);
    expect(subscribed.entities).toEqual([expect.objectContaining({ id: topic, state: 'Permitted' })]);
    expect((await notifications.getNotificationsChannelSubscriptions(channel.id ?? '')).entities?.[0]?.id).toBe(topic);
    await notifications.headNotificationsChannel(channel.id ?? '');
    expect((await notifications.getNotificationsChannels()).entities?.some((entry) => entry.id === channel.id)).toBe(
      true,
    );
    const socket = new WebSocket(channel.connectUri ?? '');
    type Message = { topicName: string; eventBody: { id?: string; participants?: { state?: string }[] } };
    const messages: Message[] = [];
    socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8')) as Message));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ message: 'ping' }));
    const placed = await conversations.postConversationsCallsUserUserId(DEMO.agentUserId, {
      phoneNumber: '+33612345678',
    });
    await expect
      .poll(
        () => messages.filter((message) => message.topicName === topic && message.eventBody.id === placed.id).length,
      )
      .toBeGreaterThanOrEqual(2);
    expect(messages.some((message) => message.topicName === 'channel.metadata')).toBe(true);
    socket.close();
    await notifications.postNotificationsChannelSubscriptions(channel.id ?? '', [{ id: topic }]);
    await notifications.deleteNotificationsChannelSubscriptions(channel.id ?? '');
    expect((await notifications.getNotificationsChannelSubscriptions(channel.id ?? '')).entities).toEqual([]);
    expect(
      await refusal(notifications.putNotificationsChannelSubscriptions(channel.id ?? '', [{ id: 'v2.nonsense' }])),
    ).toMatchObject({ status: 400, code: 'bad.request' });
  });

  it('keeps at most 20 channels per user and app, removing unconnected ones first, then the oldest last used', async () => {
    emulator.notifications.reset();
    const connected = await notifications.postNotificationsChannels();
    const socket = new WebSocket(connected.connectUri ?? '');
    await new Promise((resolve) => socket.once('open', resolve));
    const idle = [];
    for (let index = 0; index < 19; index++) idle.push(await notifications.postNotificationsChannels());
    await notifications.postNotificationsChannels();
    const listed = new Set(((await notifications.getNotificationsChannels()).entities ?? []).map((entry) => entry.id));
    expect(listed.size).toBe(20);
    // The oldest channel has a socket open, so the oldest one without a connection went instead.
    expect(listed.has(connected.id)).toBe(true);
    expect(listed.has(idle[0]?.id)).toBe(false);
    socket.close();
  });

  it('fails a whole subscription for one refused topic unless ignoreErrors is set, then answers each topic', async () => {
    const channel = await notifications.postNotificationsChannels();
    const id = channel.id ?? '';
    emulator.notifications.rejectTopics(/^v2\.users\.user-grace\.presence$/, ['directory:user:view']);
    const calls = { id: `v2.users.${DEMO.agentUserId}.conversations.calls` };
    const refused = await refusal(
      notifications.putNotificationsChannelSubscriptions(id, [calls, { id: 'v2.users.user-grace.presence' }]),
    );
    expect(refused).toMatchObject({ status: 403, code: 'notification.unauthorized.topic' });
    expect(refused.message).toContain('v2.users.user-grace.presence');
    expect((await notifications.getNotificationsChannelSubscriptions(id)).entities).toEqual([]);

    const answered = await notifications.putNotificationsChannelSubscriptions(
      id,
      [calls, { id: 'v2.users.user-grace.presence' }, { id: 'v2.users.user-grace?presence&routingStatus' }],
      { ignoreErrors: true },
    );
    expect(answered.entities).toEqual([
      { id: calls.id, state: 'Permitted' },
      {
        id: 'v2.users.user-grace.presence',
        state: 'Rejected',
        rejectionReason: expect.any(String),
        missingPermissions: ['directory:user:view'],
      },
      // A combined topic is Permitted for what it may carry, and names each refused part.
      { id: 'v2.users.user-grace?presence&routingStatus', state: 'Permitted' },
      expect.objectContaining({ id: 'v2.users.user-grace.presence', state: 'Rejected' }),
    ]);
    emulator.notifications.reset();
  });

  it('places a call from a queue the user is a member of as purpose agent, and refuses another queue', async () => {
    const placed = await conversations.postConversationsCallsUserUserId(DEMO.agentUserId, {
      phoneNumber: '+442079460958',
      callFromQueueId: 'queue-billing',
    });
    const call = await conversations.getConversationsCall(placed.id ?? '');
    expect(call.participants?.map((participant) => participant.purpose)).toEqual(['agent', 'external']);
    expect(call.participants?.[0]?.user?.id).toBe(DEMO.agentUserId);
    expect(
      await refusal(
        conversations.postConversationsCallsUserUserId(DEMO.agentUserId, {
          phoneNumber: '+442079460958',
          callFromQueueId: 'queue-escalations',
        }),
      ),
    ).toMatchObject({ status: 400, code: 'bad.request' });
  });

  it('takes DTMF for a participant of the call, and refuses what is not DTMF', async () => {
    const placed = await conversations.postConversationsCallsUserUserId(DEMO.agentUserId, {
      phoneNumber: '+442079460958',
    });
    const id = placed.id ?? '';
    const call = await conversations.getConversationsCall(id);
    const agent = call.participants?.find((participant) => participant.purpose === 'user')?.id ?? '';
    await conversations.postConversationParticipantDigits(id, agent, { body: { digits: '12#' } });
    expect(emulator.state.calls.get(id)?.digits).toBe('12#');
    expect(
      await refusal(conversations.postConversationParticipantDigits(id, agent, { body: { digits: 'call me' } })),
    ).toMatchObject({ status: 400, code: 'invalid.value' });
    expect(
      await refusal(conversations.postConversationParticipantDigits(id, 'nobody', { body: { digits: '1' } })),
    ).toMatchObject({ status: 404 });
  });

  it('puts a colleague called by extension on the call as purpose user, not external', async () => {
    const placed = await conversations.postConversationsCallsUserUserId(DEMO.agentUserId, { phoneNumber: '4201' });
    const call = await conversations.getConversationsCall(placed.id ?? '');
    expect(call.participants?.map((participant) => [participant.purpose, participant.user?.id])).toEqual([
      ['user', DEMO.agentUserId],
      ['user', 'user-grace'],
    ]);
  });

  it('searches users with typed criteria and pages on with q64', async () => {
    const first = await users.postUsersSearch({
      pageSize: 2,
      pageNumber: 1,
      query: [{ type: 'CONTAINS', fields: ['email'], value: 'sandbox.example' }],
    });
    expect(first.types).toEqual(['users']);
    expect(first.results).toHaveLength(2);
    expect(first.nextPage).toMatch(/^\/api\/v2\/users\/search\?q64=/);
    const q64 = new URL(first.nextPage ?? '', 'http://x').searchParams.get('q64') ?? '';
    const second = await users.getUsersSearch(q64);
    expect(second.pageNumber).toBe(2);
    expect(second.results?.[0]?.id).not.toBe(first.results?.[0]?.id);
    expect(
      await refusal(users.postUsersSearch({ query: [{ value: 'Ada' } as platformClient.Models.UserSearchCriteria] })),
    ).toMatchObject({ status: 400, code: 'invalid.value' });
    // A QUERY_STRING holding its language's syntax is refused, as softdial's search used to be.
    expect(
      await refusal(
        users.postUsersSearch({ query: [{ type: 'QUERY_STRING', fields: ['name'], value: 'Grace (Hopper' }] }),
      ),
    ).toMatchObject({ status: 400, code: 'bad.request' });
    const contains = await users.postUsersSearch({
      query: [{ type: 'CONTAINS', fields: ['name', 'email'], value: 'race' }],
    });
    expect(contains.results?.map((user) => user.id)).toEqual(['user-grace']);
  });

  it('reads lists as the JavaScript SDK sends them (id=a,b), as well as repeated', async () => {
    const listed = await users.getUsers({ id: ['user-grace', DEMO.agentUserId], expand: ['presence'] });
    expect(listed.entities?.map((user) => user.id).sort()).toEqual([DEMO.agentUserId, 'user-grace'].sort());
  });

  it('lists users and reads one user and their station', async () => {
    const listing = await users.getUsers({ pageSize: 5 });
    expect(listing.entities).toHaveLength(5);
    expect(listing.pageSize).toBe(5);
    const grace = await users.getUser('user-grace');
    expect(grace.addresses?.find((contact) => contact.extension)?.extension).toBe('4201');
    const station = await users.getUserStation(DEMO.agentUserId);
    expect(station.effectiveStation?.id).toBe('station-ada');
  });

  it("lists a user's queues by name, paged", async () => {
    const queues = await users.getUserQueues(DEMO.agentUserId, { pageSize: 2 });
    expect(queues.entities?.map((queue) => queue.name)).toEqual(['Billing', 'Customer Support']);
    expect(queues.pageCount).toBe(2);
    expect(await refusal(routing.getRoutingQueuesMe())).toMatchObject({ status: 400, code: 'not.a.user' });
  });

  it('pages external contacts like Genesys: 20 by default, and no further than the first 1000', async () => {
    const listing = await contacts.getExternalcontactsContacts({});
    expect(listing.pageSize).toBe(20);
    const hans = await contacts.getExternalcontactsContact('ext-2');
    expect(hans.workPhone?.extension).toBe(42);
    expect(await refusal(contacts.getExternalcontactsContacts({ pageSize: 100, pageNumber: 11 }))).toMatchObject({
      status: 400,
    });
    expect(await refusal(contacts.getExternalcontactsContact('nobody'))).toMatchObject({
      status: 404,
      code: 'resource.not.found',
    });
  });

  it('reads the token and revokes it', async () => {
    const info = await tokens.getTokensMe();
    expect(info.OAuthClient?.id).toBe(DEMO.serviceClientId);
    await tokens.deleteTokensMe();
    expect(await refusal(tokens.getTokensMe())).toMatchObject({ status: 401 });
  });
});

describe('an agent token, through the SDK', () => {
  it('dials, reads its own station, and hangs up the whole call (answered with a Conversation)', async () => {
    signInAgent();
    const me = await users.getUsersMe({ expand: ['station'] });
    expect(me.station?.effectiveStation?.id).toBe('station-ada');
    expect((await users.getUsersStationsMe()).associatedStation?.id).toBe('station-ada');
    const placed = await conversations.postConversationsCalls({ phoneNumber: '+442079460958' });
    const ended = await conversations.patchConversationsCall(placed.id ?? '', DISCONNECT);
    expect(ended.id).toBe(placed.id);
    const info = await tokens.getTokensMe({ preserveIdleTTL: true });
    expect(info.organization?.id).toBe('org-sandbox');
  });

  it('lists the queues the agent is a member of, without any permission', async () => {
    signInAgent(DEMO.noPermissionUserId);
    expect((await routing.getRoutingQueuesMe()).entities).toEqual([]);
    signInAgent('user-grace');
    const queues = await routing.getRoutingQueuesMe({ pageSize: 25 });
    expect(queues.entities?.map((queue) => queue.name)).toEqual(['Customer Support', 'Escalations', 'Sales']);
  });

  it('is refused what the user has no permission for, naming the permission', async () => {
    signInAgent(DEMO.noPermissionUserId);
    const refused = await refusal(conversations.postConversationsCalls({ phoneNumber: '+442079460958' }));
    expect(refused).toMatchObject({ status: 403, code: 'missing.permissions' });
    expect(refused.message).toContain('conversation:conference:add');
  });

  it('refuses a hang-up of a call the user is not part of', async () => {
    signInAgent();
    const placed = await conversations.postConversationsCalls({ phoneNumber: '+442079460958' });
    signInAgent('user-grace');
    expect(await refusal(conversations.patchConversationsCall(placed.id ?? '', DISCONNECT))).toMatchObject({
      status: 403,
      code: 'conversation.error.forbidden.not.active.participant',
    });
  });
});

describe('a client without the listed permissions, through the SDK', () => {
  it('gets the real 403 for each endpoint it may not use', async () => {
    await client.loginClientCredentialsGrant(DEMO.limitedClientId, DEMO.limitedClientSecret);
    expect(
      await refusal(conversations.postConversationsCallsUserUserId(DEMO.agentUserId, { phoneNumber: '+442079460958' })),
    ).toMatchObject({ status: 403, code: 'missing.any.permissions' });
    expect(await refusal(contacts.getExternalcontactsContacts({}))).toMatchObject({ status: 403 });
    expect(await refusal(users.postUsersSearch({ query: [{ type: 'TERM', value: 'Ada' }] }))).toMatchObject({
      status: 403,
    });
    expect(await refusal(users.getUserStation(DEMO.agentUserId))).toMatchObject({ status: 403 });
    expect(await refusal(users.getUserQueues(DEMO.agentUserId))).toMatchObject({
      status: 403,
      code: 'missing.permissions',
    });
  });

  it('is let through by any one of the permissions the SDK docs list, and only those', async () => {
    const limited = emulator.state.client(DEMO.limitedClientId);
    if (!limited) throw new Error('no limited client');
    limited.permissions = ['relate:contact:view', 'routing:queue:view', 'conversation:agentlessCall:add'];
    await client.loginClientCredentialsGrant(DEMO.limitedClientId, DEMO.limitedClientSecret);
    expect((await contacts.getExternalcontactsContacts({})).entities?.length).toBeGreaterThan(0);
    expect((await contacts.getExternalcontactsScanContacts({ limit: 10 })).entities?.length).toBeGreaterThan(0);
    expect((await contacts.getExternalcontactsContact('ext-1')).id).toBe('ext-1');
    expect(
      await refusal(contacts.postExternalcontactsIdentifierlookupContacts({ type: 'Phone', value: '+442079460958' })),
    ).toMatchObject({ status: 403, code: 'missing.permissions' });
    // users/{id}/queues defaults joined to true; routing/queues/me (agent) lists every membership unless asked.
    expect((await users.getUserQueues('user-grace')).entities?.map((queue) => queue.name)).toEqual([
      'Customer Support',
      'Sales',
    ]);
    const placed = await conversations.postConversationsCallsUserUserId(DEMO.agentUserId, {
      phoneNumber: '+442079460958',
    });
    const call = await conversations.getConversationsCall(placed.id ?? '');
    const agent = call.participants?.find((participant) => participant.user?.id === DEMO.agentUserId);
    await conversations.patchConversationsCallParticipantUserUserId(
      placed.id ?? '',
      agent?.id ?? '',
      DEMO.agentUserId,
      {
        state: 'disconnected',
      },
    );
    limited.permissions = [];
  });

  it('defaults joined only on users/{id}/queues, not on routing/queues/me', async () => {
    signInAgent('user-grace');
    expect((await routing.getRoutingQueuesMe()).entities?.map((queue) => queue.name)).toEqual([
      'Customer Support',
      'Escalations',
      'Sales',
    ]);
    expect((await routing.getRoutingQueuesMe({ joined: true })).entities?.map((queue) => queue.name)).toEqual([
      'Customer Support',
      'Sales',
    ]);
  });
});
