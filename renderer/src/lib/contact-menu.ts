import type { Contact, ContactNumber } from './contacts.svelte.js';

/** What a contact menu entry does. */
export type MenuChoice =
  | { kind: 'call'; number: ContactNumber }
  | { kind: 'copy'; number: ContactNumber }
  | { kind: 'choose' }
  | { kind: 'favourite' }
  | { kind: 'prefer'; index: number };

/** The right-click menu of a contact: call or copy each number, favourite, and the preferred number. */
export function contactMenu(contact: Contact): { id: string; label: string; choice: MenuChoice }[] {
  const numbers = contact.numbers.map((number, index) => ({ number, index }));
  return [
    ...(contact.numbers.length > 1
      ? [{ id: 'choose', label: 'Choose a number…', choice: { kind: 'choose' } as const }]
      : []),
    ...numbers.map(({ number, index }) => ({
      id: `call-${index}`,
      label: `Call ${number.label} ${number.display}`,
      choice: { kind: 'call', number } as const,
    })),
    ...numbers.map(({ number, index }) => ({
      id: `copy-${index}`,
      label: `Copy ${number.display}`,
      choice: { kind: 'copy', number } as const,
    })),
    {
      id: 'favourite',
      label: contact.favourite ? 'Remove from favourites' : 'Add to favourites',
      choice: { kind: 'favourite' } as const,
    },
    ...(contact.numbers.length > 1
      ? numbers
          .filter(({ index }) => index !== contact.preferred)
          .map(({ number, index }) => ({
            id: `prefer-${index}`,
            label: `Always call ${number.label} ${number.display}`,
            choice: { kind: 'prefer', index } as const,
          }))
      : []),
  ];
}
