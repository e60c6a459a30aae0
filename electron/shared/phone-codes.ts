// The phone module's closed sets and limit, here so the contract's schemas and the module share one list.

/** The longest text read as a possible phone number; longer pastes are refused before any work. */
export const MAX_INPUT_LENGTH = 4096;

/** Why a text could not be read as a phone number; a closed set so every caller can explain each one. */
export const PHONE_ERROR_CODES = [
  'empty',
  'input_too_long',
  'unreadable',
  'no_digits',
  'email_address',
  'not_a_phone_link',
  'too_short',
  'too_long',
  'unknown_country_code',
  'invalid_number',
  'impossible_number',
  'needs_country',
  'bad_default_country',
] as const;

/** Each interpretation a person might not expect, named so the UI can style or translate it. */
export const PHONE_NOTE_CODES = [
  'added_country_code',
  'read_country_code_without_plus',
  'read_missing_plus',
  'read_international_prefix',
  'dropped_trunk_prefix',
  'dropped_old_prefix',
  'letters_as_digits',
  'ignored_surrounding_text',
  'read_from_link',
  'phone_context',
  'kept_extension',
  'more_numbers',
  'ambiguous',
  'unknown_range',
  'list_shorthand',
  'carried_area_code',
  'range_of_lines',
  'country_named_in_text',
  'short_number',
] as const;
