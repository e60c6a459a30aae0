import type {
  Contact,
  ContactDraft,
  ContactExport,
  ContactPage,
  DirectoryStatus,
  Favourite,
  ImportReport,
  PresenceChange,
  RecentCall,
  SearchResults,
  SearchResultsPush,
} from '../core/contacts/types.js';
import type {
  ContactDraftSchema,
  ContactExportSchema,
  ContactPageSchema,
  ContactSchema,
  DirectoryStatusSchema,
  FavouriteSchema,
  ImportReportSchema,
  PresenceChangeSchema,
  RecentCallSchema,
  SearchResultsPushSchema,
  SearchResultsSchema,
} from './contacts-schemas.js';
import type { Equals, Wire } from './equals.js';

// Compile-time proof that the contacts types of the core are exactly what their schemas let through.
export const contactsProofs: [
  Equals<SearchResults, Wire<typeof SearchResultsSchema>>,
  Equals<SearchResultsPush, Wire<typeof SearchResultsPushSchema>>,
  Equals<Contact, Wire<typeof ContactSchema>>,
  Equals<ContactPage, Wire<typeof ContactPageSchema>>,
  Equals<Favourite, Wire<typeof FavouriteSchema>>,
  Equals<RecentCall, Wire<typeof RecentCallSchema>>,
  Equals<ContactDraft, Wire<typeof ContactDraftSchema>>,
  Equals<ImportReport, Wire<typeof ImportReportSchema>>,
  Equals<ContactExport, Wire<typeof ContactExportSchema>>,
  Equals<DirectoryStatus, Wire<typeof DirectoryStatusSchema>>,
  Equals<PresenceChange, Wire<typeof PresenceChangeSchema>>,
] = [true, true, true, true, true, true, true, true, true, true, true];
