import { describe, expect, it } from 'vitest';
import { explainBody } from '../../../electron/core/explain/explain-body.js';

describe('softdial explain on a pasted body', () => {
  it("says exactly what is wrong with the tutorial's type/from/to body and gives the corrected one", () => {
    const tutorial = {
      type: 'call',
      from: { id: 'agent-1', type: 'user', name: 'System Bot' },
      to: { phoneNumber: '+15551234567', type: 'external' },
      log: true,
      record: false,
    };
    const result = explainBody(JSON.stringify(tutorial));
    expect(result.kind).toBe('request');
    if (result.kind !== 'request') return;
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatch(/no type, from, to field/);
    expect(result.findings.join(' ')).toMatch(/log, record/);
    expect(result.correctedBody).toEqual({ phoneNumber: '+15551234567' });
    expect(result.endpoint).toBe('/api/v2/conversations/calls/user/agent-1');
  });

  it('normalises a phoneNumber that is not E.164', () => {
    const result = explainBody('{"phoneNumber":"tel:+1 (317) 555-1234"}');
    expect(result.kind === 'request' && result.correctedBody).toEqual({ phoneNumber: '+13175551234' });
    expect(result.kind === 'request' && result.findings[0]).toMatch(/not E\.164: send "\+13175551234"/);
  });

  it('accepts a valid body', () => {
    expect(explainBody('{"phoneNumber":"+13175551234","callerId":"+13175550000"}')).toMatchObject({
      kind: 'request',
      ok: true,
    });
  });

  it('finds a missing destination and too many destinations', () => {
    expect(explainBody('{"callerId":"+13175550000"}')).toMatchObject({
      kind: 'request',
      ok: false,
      findings: [expect.stringMatching(/no destination/)],
    });
    const both = explainBody('{"phoneNumber":"+13175551234","callUserId":"u-1"}');
    expect(both.kind === 'request' && both.findings.join(' ')).toMatch(/too\.many\.create\.conversation\.parameters/);
  });

  it('explains a pasted Genesys error body like a live one', () => {
    const result = explainBody(
      '{"message":"A station is required to place a call.","code":"conversation.error.no.user.station","status":400,"contextId":"abc-123"}',
    );
    expect(result).toMatchObject({
      kind: 'error',
      error: { code: 'no_station', correlationId: 'abc-123', httpStatus: 400 },
    });
  });

  it('explains the tutorial error message alone', () => {
    expect(explainBody('{"message":"Malformed participant address"}')).toMatchObject({
      kind: 'error',
      error: { code: 'malformed_address' },
    });
  });

  it('says when the text is not JSON', () => {
    expect(explainBody('phoneNumber=+1317')).toMatchObject({ kind: 'unreadable' });
    expect(explainBody('[1,2]')).toMatchObject({ kind: 'unreadable' });
  });
});
