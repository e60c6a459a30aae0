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

/** A participant of a call conversation, as far as call progress needs it. */
export const ParticipantSchema = v.looseObject({
  id: v.optional(v.string()),
  purpose: v.optional(v.string()),
  state: v.optional(v.string()),
  address: v.optional(v.string()),
  disconnectType: v.optional(v.string()),
  errorInfo: v.optional(v.looseObject({ message: v.optional(v.string()), code: v.optional(v.string()) })),
});

/** GET /api/v2/conversations/calls/{id}. */
export const CallConversationSchema = v.looseObject({
  id: v.string(),
  participants: v.optional(v.array(ParticipantSchema), []),
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

/** Contact info on a user (addresses, primaryContactInfo). */
export const UserContactSchema = v.looseObject({
  address: v.optional(v.string()),
  display: v.optional(v.string()),
  mediaType: v.optional(v.string()),
  type: v.optional(v.string()),
  extension: v.optional(v.string()),
});

/** A Genesys user as the directory and `users/me` give it. */
export const UserSchema = v.looseObject({
  id: v.string(),
  name: v.optional(v.string()),
  email: v.optional(v.string()),
  state: v.optional(v.string()),
  addresses: v.optional(v.array(UserContactSchema), []),
  primaryContactInfo: v.optional(v.array(UserContactSchema), []),
});
const PhoneNumberSchema = v.optional(
  v.looseObject({
    display: v.optional(v.string()),
    e164: v.optional(v.string()),
    countryCode: v.optional(v.string()),
    extension: v.optional(v.string()),
  }),
);
/** An external contact. */
export const ExternalContactSchema = v.looseObject({
  id: v.string(),
  firstName: v.optional(v.string()),
  lastName: v.optional(v.string()),
  workPhone: PhoneNumberSchema,
  cellPhone: PhoneNumberSchema,
  homePhone: PhoneNumberSchema,
  otherPhone: PhoneNumberSchema,
});

/** GET /api/v2/tokens/me. */
export const TokenInfoSchema = v.looseObject({
  organization: v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) })),
  homeOrganization: v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) })),
  authorizedScope: v.optional(v.array(v.string())),
  OAuthClient: v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) })),
});
