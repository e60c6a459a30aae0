import type { EmulatedOrg, EmulatedUser } from './org-model.js';

/** Ids of the demo org that sandbox mode, the docs and the tests refer to. */
export const DEMO = {
  agentClientId: 'sandbox-agent-client',
  serviceClientId: 'sandbox-service-client',
  serviceClientSecret: 'sandbox-service-secret',
  limitedClientId: 'sandbox-limited-client',
  limitedClientSecret: 'sandbox-limited-secret',
  agentUserId: 'user-ada',
  noStationUserId: 'user-alan',
  noPermissionUserId: 'user-linus',
  noEdgeUserId: 'user-barbara',
} as const;

const DIAL = 'conversation:call:add';
const AGENTLESS = 'conversation:agentlessCall:add';
/** What an agent's role grants in the demo org: place calls (as POST /calls lists it), hang up, read the directory. */
const AGENT_ROLE = [
  DIAL,
  'conversation:conference:add',
  'conversation:communication:disconnect',
  'directory:user:view',
  'externalContacts:contact:view',
  'telephony:selfStationAssociation:view',
];

const MORE_PEOPLE = [
  'Katherine Johnson',
  'Edsger Dijkstra',
  'Margaret Hamilton',
  'Donald Knuth',
  'Frances Allen',
  'John McCarthy',
  'Radia Perlman',
  'Ken Thompson',
  'Barbara Liskov',
  'Dennis Ritchie',
  'Hedy Lamarr',
  'Tim Berners-Lee',
  'Sophie Wilson',
  'Claude Shannon',
  'Adele Goldberg',
  'Vint Cerf',
  'Annie Easley',
  'Niklaus Wirth',
  'Karen Spärck Jones',
  'Guido van Rossum',
  'Mary Kenneth Keller',
  'Bjarne Stroustrup',
  'Evelyn Berezin',
  'Leslie Lamport',
];

/** A fresh copy of the demo org (tests may change it: remove a station, drop a permission). */
export function demoOrg(): EmulatedOrg {
  const station = (id: string, edgeActive = true) => ({
    id: `station-${id}`,
    name: `WebRTC phone of ${id}`,
    edgeActive,
  });
  const users: EmulatedUser[] = [
    {
      id: DEMO.agentUserId,
      name: 'Ada Lovelace',
      email: 'ada@sandbox.example',
      phone: '+442079460001',
      station: station('ada'),
      permissions: [...AGENT_ROLE],
    },
    {
      id: 'user-grace',
      name: 'Grace Hopper',
      email: 'grace@sandbox.example',
      phone: '+16502530001',
      extension: '4201',
      station: station('grace'),
      permissions: [...AGENT_ROLE],
    },
    {
      id: DEMO.noStationUserId,
      name: 'Alan Turing',
      email: 'alan@sandbox.example',
      phone: '+441614960002',
      permissions: [...AGENT_ROLE],
    },
    {
      id: DEMO.noPermissionUserId,
      name: 'Linus Torvalds',
      email: 'linus@sandbox.example',
      phone: '+358912345678',
      station: station('linus'),
      permissions: [],
    },
    {
      id: DEMO.noEdgeUserId,
      name: 'Barbara Liskov',
      email: 'barbara@sandbox.example',
      phone: '+16175550100',
      station: station('barbara', false),
      permissions: [...AGENT_ROLE],
    },
    ...MORE_PEOPLE.map((name, index) => ({
      id: `user-${index + 10}`,
      name,
      email: `${name.split(' ')[0]?.toLowerCase()}@sandbox.example`,
      phone: `+4420794600${String(index + 10).padStart(2, '0')}`,
      station: station(String(index + 10)),
      permissions: [...AGENT_ROLE],
    })),
  ];
  return {
    id: 'org-sandbox',
    name: 'softdial Sandbox',
    users,
    clients: [
      { id: DEMO.agentClientId, name: 'softdial (agent sign-in)', grant: 'pkce', permissions: [] },
      {
        id: DEMO.serviceClientId,
        name: 'softdial (on behalf of users)',
        secret: DEMO.serviceClientSecret,
        grant: 'client-credentials',
        permissions: [
          AGENTLESS,
          DIAL,
          'conversation:communication:disconnect',
          'conversation:call:view',
          'directory:user:view',
          'externalContacts:contact:view',
          'telephony:otherStationAssociation:view',
          'routing:queue:view',
        ],
      },
      {
        id: DEMO.limitedClientId,
        name: 'reporting client',
        secret: DEMO.limitedClientSecret,
        grant: 'client-credentials',
        permissions: [],
      },
    ],
    externalContacts: [
      {
        id: 'ext-1',
        firstName: 'Jane',
        lastName: 'Doe',
        workPhone: '+442079460958',
        cellPhone: '+447400123456',
        company: 'Acme Ltd',
      },
      {
        id: 'ext-2',
        firstName: 'Hans',
        lastName: 'Müller',
        workPhone: '+4930123456',
        workExtension: 42,
        company: 'Beispiel GmbH',
      },
      { id: 'ext-3', firstName: 'Marie', lastName: 'Curie', cellPhone: '+33612345678', company: 'Institut Radium' },
      { id: 'ext-4', firstName: 'Kwame', lastName: 'Mensah', workPhone: '+2250707070707', company: 'Abidjan Trading' },
      {
        id: 'ext-5',
        firstName: 'Yuki',
        lastName: 'Tanaka',
        workPhone: '+81312345678',
        cellPhone: '+819012345678',
        company: 'Tokyo Works',
      },
      { id: 'ext-6', firstName: 'Order', lastName: 'Desk', workPhone: '+18003569377', company: 'Flowers Inc' },
    ],
    queues: [
      {
        id: 'queue-support',
        name: 'Customer Support',
        members: [DEMO.agentUserId, 'user-grace', DEMO.noStationUserId],
      },
      { id: 'queue-sales', name: 'Sales', members: [DEMO.agentUserId, 'user-grace'] },
      { id: 'queue-billing', name: 'Billing', members: [DEMO.agentUserId] },
      // Grace is a member who has not joined: lists that default joined=true leave it out.
      { id: 'queue-escalations', name: 'Escalations', members: ['user-grace'], unjoined: ['user-grace'] },
    ],
  };
}
