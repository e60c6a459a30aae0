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

/** A number read with confidence enough to show; `confirm` says a person must look before it is dialled. */
export interface ParsedPhone {
  ok: true;
  input: string;
  e164: string;
  extension?: string;
  country: string;
  countryName: string;
  national: string;
  international: string;
  type?: string;
  notes: PhoneNote[];
  alternative?: AlternativeReading;
  confirm: boolean;
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
