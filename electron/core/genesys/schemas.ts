import * as v from 'valibot';

// Response bodies from Genesys Cloud, parsed before use. Loose objects: Genesys
// adds fields over time, and an unknown field must never break dialling.

/** Genesys Cloud's ErrorBody. */
export const ErrorBodySchema = v.looseObject({
  message: v.optional(v.string()),
  code: v.optional(v.string()),
  status: v.optional(v.number()),
  messageWithParams: v.optional(v.string()),
  messageParams: v.optional(v.record(v.string(), v.unknown())),
  contextId: v.optional(v.string()),
  details: v.optional(v.array(v.looseObject({ errorCode: v.optional(v.string()), fieldName: v.optional(v.string()) }))),
  errors: v.optional(v.array(v.unknown())),
});
/** A parsed ErrorBody. */
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;

/** The /oauth/token response. */
export const TokenResponseSchema = v.looseObject({
  access_token: v.pipe(v.string(), v.minLength(1)),
  token_type: v.optional(v.string()),
  expires_in: v.pipe(v.number(), v.minValue(1)),
  refresh_token: v.optional(v.string()),
});
/** A parsed token response. */
export type TokenResponse = v.InferOutput<typeof TokenResponseSchema>;

/** CreateCallResponse: the id is the conversation id. */
export const CreateCallResponseSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.string()),
  selfUri: v.optional(v.string()),
});

/** A participant of a call conversation (CallMediaParticipant), as far as call progress needs it: `user{id}`, never `userId`. */
export const ParticipantSchema = v.looseObject({
  id: v.optional(v.string()),
  purpose: v.optional(v.string()),
  state: v.optional(v.string()),
  address: v.optional(v.string()),
  direction: v.optional(v.string()),
  disconnectType: v.optional(v.string()),
  user: v.optional(v.looseObject({ id: v.string() })),
  errorInfo: v.optional(v.looseObject({ message: v.optional(v.string()), code: v.optional(v.string()) })),
});
/** A parsed participant. */
export type Participant = v.InferOutput<typeof ParticipantSchema>;

/** GET /api/v2/conversations/calls/{id}, and the body of a `v2.users.{id}.conversations.calls` event. */
export const CallConversationSchema = v.looseObject({
  id: v.string(),
  participants: v.optional(v.array(ParticipantSchema), []),
});

/** The whole-call hang-up's answer: a Conversation, whose participants carry their state in calls[]. */
export const ConversationSchema = v.looseObject({
  id: v.string(),
  participants: v.optional(
    v.array(
      v.looseObject({
        id: v.optional(v.string()),
        purpose: v.optional(v.string()),
        state: v.optional(v.string()),
        userId: v.optional(v.string()),
        calls: v.optional(
          v.array(v.looseObject({ state: v.optional(v.string()), disconnectType: v.optional(v.string()) })),
          [],
        ),
      }),
    ),
    [],
  ),
});

/** POST /api/v2/notifications/channels. */
export const ChannelSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  connectUri: v.pipe(v.string(), v.regex(/^wss?:\/\//, 'must be a ws:// or wss:// URI')),
  expires: v.optional(v.string()),
});

/** PUT /api/v2/notifications/channels/{id}/subscriptions: each topic Permitted or Rejected (with what is missing). */
export const ChannelTopicsSchema = v.looseObject({
  entities: v.optional(
    v.array(
      v.looseObject({
        id: v.string(),
        state: v.optional(v.string()),
        rejectionReason: v.optional(v.string()),
        missingPermissions: v.optional(v.array(v.string())),
      }),
    ),
    [],
  ),
});
/** A parsed subscription answer. */
export type ChannelTopics = v.InferOutput<typeof ChannelTopicsSchema>;

/** A message on the notification WebSocket. */
export const NotificationMessageSchema = v.looseObject({
  topicName: v.string(),
  eventBody: v.optional(v.unknown()),
});
/** A parsed call conversation. */
export type CallConversation = v.InferOutput<typeof CallConversationSchema>;

const StationRefSchema = v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) }));
/** GET /api/v2/users/{id}/station. */
export const UserStationsSchema = v.looseObject({
  associatedStation: StationRefSchema,
  effectiveStation: StationRefSchema,
  defaultStation: StationRefSchema,
  lastAssociatedStation: StationRefSchema,
});

/** A parsed UserStations. */
export type UserStations = v.InferOutput<typeof UserStationsSchema>;

/** Contact info on a user (addresses, primaryContactInfo). */
export const UserContactSchema = v.looseObject({
  address: v.optional(v.string()),
  display: v.optional(v.string()),
  mediaType: v.optional(v.string()),
  type: v.optional(v.string()),
  /** An internal extension; exclusive with `address` (an extension-only contact is a real internal number). */
  extension: v.optional(v.union([v.string(), v.pipe(v.number(), v.transform(String))])),
  /** The country the address is written for (ISO alpha-2): a national address is read there. */
  countryCode: v.optional(v.string()),
});

/** A user's presence, with ?expand=presence. */
const PresenceSchema = v.optional(
  v.looseObject({
    presenceDefinition: v.optional(v.looseObject({ systemPresence: v.optional(v.string()) })),
    message: v.optional(v.string()),
    modifiedDate: v.optional(v.string()),
  }),
);
/** A user's routing status, with ?expand=routingStatus. */
const RoutingStatusSchema = v.optional(
  v.looseObject({ status: v.optional(v.string()), startTime: v.optional(v.string()) }),
);

/**
 * A Genesys user, the one model of it: as `users/me`, `users/{id}`, the directory's pages and its search
 * give it (genesys-cloud-api.md, Directory and contacts). Loose: Genesys adds fields over time.
 */
export const UserSchema = v.looseObject({
  id: v.string(),
  name: v.optional(v.string()),
  email: v.optional(v.string()),
  title: v.optional(v.string()),
  department: v.optional(v.string()),
  state: v.optional(v.string()),
  addresses: v.optional(v.array(UserContactSchema), []),
  primaryContactInfo: v.optional(v.array(UserContactSchema), []),
  /** With ?expand=station. */
  station: v.optional(UserStationsSchema),
  presence: PresenceSchema,
  routingStatus: RoutingStatusSchema,
});
/** A parsed Genesys user. */
export type GenesysUser = v.InferOutput<typeof UserSchema>;

/** One page of GET /api/v2/users. */
export const UsersPageSchema = v.looseObject({
  entities: v.optional(v.array(UserSchema), []),
  pageSize: v.optional(v.number()),
  pageNumber: v.optional(v.number()),
  total: v.optional(v.number()),
  pageCount: v.optional(v.number()),
});

/** The answer of POST /api/v2/users/search. */
export const UsersSearchSchema = v.looseObject({
  total: v.optional(v.number()),
  results: v.optional(v.array(UserSchema), []),
});

const PhoneNumberSchema = v.optional(
  v.looseObject({
    display: v.optional(v.string()),
    e164: v.optional(v.string()),
    countryCode: v.optional(v.string()),
    /** An integer in Genesys's PhoneNumber model; read as text for dialling. */
    extension: v.optional(v.union([v.pipe(v.number(), v.transform(String)), v.string()])),
  }),
);
/** An external contact, the one model of it: as `externalcontacts/contacts/{id}`, its pages and its scan give it. */
export const ExternalContactSchema = v.looseObject({
  id: v.string(),
  firstName: v.optional(v.string()),
  middleName: v.optional(v.string()),
  lastName: v.optional(v.string()),
  title: v.optional(v.string()),
  workEmail: v.optional(v.string()),
  workPhone: PhoneNumberSchema,
  cellPhone: PhoneNumberSchema,
  homePhone: PhoneNumberSchema,
  otherPhone: PhoneNumberSchema,
  externalOrganization: v.optional(v.looseObject({ name: v.optional(v.string()) })),
});
/** A parsed external contact. */
export type ExternalContact = v.InferOutput<typeof ExternalContactSchema>;

/** One page of GET /api/v2/externalcontacts/contacts. */
export const ExternalContactsPageSchema = v.looseObject({
  entities: v.optional(v.array(ExternalContactSchema), []),
  pageSize: v.optional(v.number()),
  pageNumber: v.optional(v.number()),
  total: v.optional(v.number()),
  partialResults: v.optional(v.boolean()),
});

/** One page of GET /api/v2/externalcontacts/scan/contacts. */
export const ExternalContactsScanSchema = v.looseObject({
  entities: v.optional(v.array(ExternalContactSchema), []),
  cursors: v.optional(v.looseObject({ before: v.optional(v.string()), after: v.optional(v.string()) })),
  nextUri: v.optional(v.string()),
});

/** GET /api/v2/tokens/me. */
export const TokenInfoSchema = v.looseObject({
  organization: v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) })),
  homeOrganization: v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) })),
  authorizedScope: v.optional(v.array(v.string())),
  OAuthClient: v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) })),
  /** When the token idles out (with an org idle timeout); read with preserveIdleTTL=true so reading it does not reset it. */
  dateTokenIdles: v.optional(v.string()),
});
