import * as v from 'valibot';
import { UserContactSchema } from '../genesys/schemas.js';

// The directory and external-contact shapes of Genesys Cloud (genesys-cloud-api.md, Directory and
// contacts), as far as contacts read them. Loose: Genesys adds fields over time.

const PresenceSchema = v.optional(
  v.looseObject({
    presenceDefinition: v.optional(v.looseObject({ systemPresence: v.optional(v.string()) })),
    message: v.optional(v.string()),
    modifiedDate: v.optional(v.string()),
  }),
);
const RoutingStatusSchema = v.optional(
  v.looseObject({ status: v.optional(v.string()), startTime: v.optional(v.string()) }),
);

/** A user of the directory, with presence when it was expanded. */
export const DirectoryUserSchema = v.looseObject({
  id: v.string(),
  name: v.optional(v.string()),
  email: v.optional(v.string()),
  title: v.optional(v.string()),
  department: v.optional(v.string()),
  state: v.optional(v.string()),
  addresses: v.optional(v.array(UserContactSchema), []),
  primaryContactInfo: v.optional(v.array(UserContactSchema), []),
  presence: PresenceSchema,
  routingStatus: RoutingStatusSchema,
});
/** A parsed directory user. */
export type DirectoryUser = v.InferOutput<typeof DirectoryUserSchema>;

/** One page of GET /api/v2/users. */
export const UsersPageSchema = v.looseObject({
  entities: v.optional(v.array(DirectoryUserSchema), []),
  pageSize: v.optional(v.number()),
  pageNumber: v.optional(v.number()),
  total: v.optional(v.number()),
  pageCount: v.optional(v.number()),
});

/** The answer of POST /api/v2/users/search. */
export const UsersSearchSchema = v.looseObject({
  total: v.optional(v.number()),
  results: v.optional(v.array(DirectoryUserSchema), []),
});

const PhoneNumberSchema = v.optional(
  v.looseObject({
    display: v.optional(v.string()),
    e164: v.optional(v.string()),
    countryCode: v.optional(v.string()),
    /** An integer in the API. */
    extension: v.optional(v.union([v.number(), v.string()])),
  }),
);

/** An external contact. */
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
