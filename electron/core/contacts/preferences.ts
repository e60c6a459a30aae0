import { join } from 'node:path';
import * as v from 'valibot';
import { DocumentFile } from './document-file.js';

const PreferencesSchema = v.object({
  version: v.literal(1),
  favourites: v.array(
    v.object({ contactId: v.string(), numberId: v.optional(v.string()), name: v.string(), number: v.string() }),
  ),
  preferred: v.record(v.string(), v.string()),
});

/** The agent's choices about contacts: the favourites in order (with a name and number kept for offline) and preferred numbers. */
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

/** Opens the preferences file of the data folder. */
export const preferencesFile = (folder: string): DocumentFile<Preferences> =>
  new DocumentFile(join(folder, 'preferences.json'), PreferencesSchema, { version: 1, favourites: [], preferred: {} });
