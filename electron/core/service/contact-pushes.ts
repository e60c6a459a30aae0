import type { PushSink } from '../../ipc/push-queue.js';
import type { ContactEvents } from '../contacts/verbs.js';

/** The contacts service's events, delivered as the contract's push events. */
export function contactPushes(pushes: PushSink): ContactEvents {
  return {
    results: (push) => pushes.emit('contactResults', push),
    status: (status) => pushes.emit('directoryStatus', status),
    changed: (sources) => pushes.emit('contactsChanged', { sources }),
    favourites: (list) => pushes.emit('favouritesChanged', list),
    recents: (list) => pushes.emit('recentsChanged', list),
    presence: (changes) => pushes.emit('presenceChanged', changes),
  };
}
