import { parsePhone } from '../phone/parse.js';
import { E164_PATTERN } from '../../shared/e164.js';

/** What `explainCallRequest` finds in a CreateCallRequest body: its problems and, when one can be made, the corrected body. */
export interface CallRequestExplanation {
  kind: 'request';
  ok: boolean;
  findings: string[];
  correctedBody?: Record<string, unknown>;
  endpoint?: string;
}

const DOCUMENTED_FIELDS = new Set([
  'phoneNumber',
  'callerId',
  'callerIdName',
  'callFromQueueId',
  'callQueueId',
  'callUserId',
  'priority',
  'attributes',
  'languageId',
  'routingSkillsIds',
  'routingSkillExpression',
  'conversationIds',
  'participants',
  'uuiData',
  'externalContactId',
  'label',
]);
const DESTINATIONS = ['phoneNumber', 'callUserId', 'callQueueId', 'participants', 'conversationIds'];

/** A JSON object (not null, not an array), whose fields can be read by name. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringField = (value: unknown, field: string): string | undefined =>
  isObject(value) && typeof value[field] === 'string' ? value[field] : undefined;

/** Reads a number field, saying what must change for Genesys to accept it. */
function checkNumber(field: string, value: unknown, findings: string[], defaultCountry?: string): string | undefined {
  if (typeof value !== 'string') {
    findings.push(`${field} must be a string in E.164 (+ and digits), not ${JSON.stringify(value)}.`);
    return undefined;
  }
  if (E164_PATTERN.test(value)) return value;
  const parsed = parsePhone(value, { defaultCountry });
  if (!parsed.ok) {
    findings.push(`${field} "${value}" is not a phone number softdial can read: ${parsed.error.message}`);
    return undefined;
  }
  findings.push(
    `${field} "${value}" is not E.164: send "${parsed.e164}"` +
      (parsed.extension ? ` (extension ${parsed.extension} is dialled after the call connects)` : '') +
      '.',
  );
  return parsed.e164;
}

/** Explains a CreateCallRequest body: the tutorial's type/from/to shape above all, and returns the corrected body. */
export function explainCallRequest(body: Record<string, unknown>, defaultCountry?: string): CallRequestExplanation {
  const findings: string[] = [];
  const corrected: Record<string, unknown> = {};
  let endpoint = '/api/v2/conversations/calls';
  const tutorialShape = ['type', 'from', 'to'].filter((field) => field in body);
  if (tutorialShape.length > 0) {
    findings.push(
      `This is the shape of the "Malformed participant address" tutorial: CreateCallRequest has no ${tutorialShape.join(', ')} field in any API version. ` +
        'Genesys reads none of them, so this body carries no destination at all. The destination is the flat field phoneNumber (E.164); the caller is the user who owns the token.',
    );
    const to = body['to'];
    const target = stringField(to, 'phoneNumber') ?? stringField(to, 'address');
    if (target !== undefined) {
      const number = checkNumber('to.phoneNumber', target, findings, defaultCountry);
      if (number) corrected['phoneNumber'] = number;
    }
    const fromId = stringField(body['from'], 'id');
    if (fromId && stringField(body['from'], 'type') === 'user') {
      endpoint = `/api/v2/conversations/calls/user/${fromId}`;
      findings.push(
        `"from" named user ${fromId}: to place the call from that user's phone with client credentials, POST to ${endpoint}. With the agent's own sign-in, POST to /api/v2/conversations/calls and leave the caller out.`,
      );
    }
  }
  const unknown = Object.keys(body).filter((field) => !DOCUMENTED_FIELDS.has(field) && !tutorialShape.includes(field));
  if (unknown.length > 0)
    findings.push(`Not fields of CreateCallRequest (Genesys ignores them): ${unknown.join(', ')}.`);
  for (const field of Object.keys(body).filter((name) => DOCUMENTED_FIELDS.has(name))) {
    if (field === 'phoneNumber' || field === 'callerId') {
      const number = checkNumber(field, body[field], findings, defaultCountry);
      if (number) corrected[field] = number;
    } else {
      corrected[field] = body[field];
    }
  }
  const destinations = DESTINATIONS.filter((field) => corrected[field] !== undefined);
  if (destinations.length === 0)
    findings.push(
      'There is no destination: set phoneNumber to the number to call, in E.164, for example "+13175551234".',
    );
  if (destinations.length > 1)
    findings.push(
      `Only one destination is allowed per request, and this body has ${destinations.join(', ')} ` +
        '(Genesys answers 400 too.many.create.conversation.parameters).',
    );
  const ok = findings.length === 0;
  if (ok) findings.push('This is a valid CreateCallRequest.');
  return {
    kind: 'request',
    ok,
    findings,
    ...(destinations.length === 1 ? { correctedBody: corrected, endpoint } : {}),
  };
}
