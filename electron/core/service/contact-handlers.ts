import type { Handlers } from '../../ipc/dispatch.js';
import type { ContactVerbs } from '../contacts/verbs.js';

type ContactMethods =
  | 'searchContacts'
  | 'listContacts'
  | 'getContact'
  | 'listFavourites'
  | 'addFavourite'
  | 'removeFavourite'
  | 'reorderFavourites'
  | 'listRecents'
  | 'clearRecents'
  | 'setPreferredNumber'
  | 'addContact'
  | 'updateContact'
  | 'deleteContact'
  | 'importContacts'
  | 'exportContacts'
  | 'directoryStatus'
  | 'syncDirectory'
  | 'watchPresence';

/** The contacts half of the contract: each channel is one verb of the contacts service. */
export function createContactHandlers(contacts: ContactVerbs): Pick<Handlers, ContactMethods> {
  return {
    searchContacts: (query, requestId) => contacts.search(query, requestId),
    listContacts: (request) =>
      contacts.list({
        offset: request.offset,
        limit: request.limit,
        ...(request.source ? { source: request.source } : {}),
      }),
    getContact: (contactId) => contacts.get(contactId),
    listFavourites: () => contacts.favourites(),
    addFavourite: ({ contactId, numberId }) => contacts.addFavourite(contactId, numberId),
    removeFavourite: (contactId) => contacts.removeFavourite(contactId),
    reorderFavourites: (contactIds) => contacts.reorderFavourites(contactIds),
    listRecents: () => contacts.recents(),
    clearRecents: () => contacts.clearRecents(),
    setPreferredNumber: (contactId, numberId) => contacts.setPreferredNumber(contactId, numberId),
    addContact: (draft) => contacts.add(draft),
    updateContact: (contactId, draft) => contacts.update(contactId, draft),
    deleteContact: (contactId) => contacts.remove(contactId),
    importContacts: (request) =>
      contacts.importFile({
        fileName: request.fileName,
        bytes: Buffer.from(request.data, 'base64'),
        dryRun: request.dryRun,
        ...(request.format ? { format: request.format } : {}),
      }),
    exportContacts: (request) =>
      contacts.exportContacts({ format: request.format, ...(request.sources ? { sources: request.sources } : {}) }),
    directoryStatus: () => contacts.status(),
    syncDirectory: () => contacts.sync(),
    watchPresence: (contactIds) => contacts.watchPresence(contactIds),
  };
}
