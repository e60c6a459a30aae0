import type { PHONE_ERROR_CODES, PHONE_NOTE_CODES } from '../../shared/phone-codes.js';

/** Why a text could not be read as a phone number. */
export type PhoneErrorCode = (typeof PHONE_ERROR_CODES)[number];

/** An interpretation a person might not expect. */
export type PhoneNoteCode = (typeof PHONE_NOTE_CODES)[number];

/** One explained interpretation step; `message` is the plain-language sentence shown to the agent. */
export interface PhoneNote {
  code: PhoneNoteCode;
  message: string;
}

/** Another valid reading of the same digits, offered by the UI with one key. */
export interface AlternativeReading {
  e164: string;
  country: string;
  countryName: string;
  international: string;
  message: string;
}

/** One number of a text, read with confidence enough to show; `confirm` says a person must look before dialling. */
export interface NumberReading {
  e164: string;
  extension?: string;
  /** The word the text put before the number ("Tel", "Fax", "Mobile"), to name it in a chooser. */
  label?: string;
  country: string;
  countryName: string;
  national: string;
  international: string;
  type?: string;
  notes: PhoneNote[];
  alternative?: AlternativeReading;
  confirm: boolean;
}

/**
 * What a text was read as: the number meant (the first of `readings`), and `readings`, every number the
 * text holds in the order written (only the valid ones when a text of several numbers holds any; a list
 * in shorthand expanded), each read on its own, so a paste of a signature can offer a chooser. At most
 * 20 numbers are read.
 */
export interface ParsedPhone extends NumberReading {
  ok: true;
  input: string;
  readings: NumberReading[];
}

/** A text that is not a dialable number, with the reason in words a person understands. */
export interface PhoneError {
  ok: false;
  input: string;
  error: { code: PhoneErrorCode; message: string };
}

/** What `parsePhone` returns: a reading or a reason, never a throw. */
export type PhoneResult = ParsedPhone | PhoneError;

/** The caller's context: the country a national number belongs to (ISO 3166 alpha-2). */
export interface ParseOptions {
  defaultCountry?: string | undefined;
}
