import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';

/** A contact's name and the number to dial (or, for an extension-only directory entry, the internal extension). */
export interface ContactNumber {
  name: string;
  phone: string;
  /** Set when the directory gives only an internal extension (no address): dialled as it is. */
  internalExtension?: string;
}

/** Finds the number of a contact id ("user:ID" for the Genesys directory, "external:ID" for external contacts). */
export interface ContactLookup {
  lookup(contactId: string, api: GenesysApi): Promise<Outcome<ContactNumber>>;
}
