/** A user of the emulated org: who can dial, from which station, with which permissions. */
export interface EmulatedUser {
  id: string;
  name: string;
  email: string;
  phone: string;
  /** The country `phone` is written for (Contact.countryCode), when it is written nationally. */
  phoneCountry?: string;
  /** An internal extension (a Contact with only `extension`, no address), as Genesys sends desk extensions. */
  extension?: string;
  /** Undefined: no station, so dialling fails with conversation.error.no.user.station. */
  station?: { id: string; name: string; edgeActive: boolean };
  permissions: string[];
}

/** An OAuth client of the emulated org. */
export interface EmulatedClient {
  id: string;
  name: string;
  /** Undefined for a public PKCE client. */
  secret?: string;
  grant: 'pkce' | 'client-credentials';
  permissions: string[];
}

/** An external contact of the emulated org. */
export interface EmulatedExternalContact {
  id: string;
  firstName: string;
  lastName: string;
  workPhone?: string;
  /** The work number's extension: an integer in Genesys's PhoneNumber. */
  workExtension?: number;
  cellPhone?: string;
  company: string;
}

/** A routing queue of the emulated org: calls may be placed on its behalf by its members. */
export interface EmulatedQueue {
  id: string;
  name: string;
  /** The ids of the users who are members (joined or not). */
  members: string[];
  /** Members who have not joined the queue (they are members all the same). */
  unjoined?: string[];
}

/** The seeded demo organisation: enough people, clients and contacts to try every feature and failure. */
export interface EmulatedOrg {
  id: string;
  name: string;
  users: EmulatedUser[];
  clients: EmulatedClient[];
  externalContacts: EmulatedExternalContact[];
  queues: EmulatedQueue[];
}
