/** A user of the emulated org: who can dial, from which station, with which permissions. */
export interface EmulatedUser {
  id: string;
  name: string;
  email: string;
  phone: string;
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
  cellPhone?: string;
  company: string;
}

/** The seeded demo organisation: enough people, clients and contacts to try every feature and failure. */
export interface EmulatedOrg {
  id: string;
  name: string;
  users: EmulatedUser[];
  clients: EmulatedClient[];
  externalContacts: EmulatedExternalContact[];
}
