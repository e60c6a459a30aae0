import { describe, expect, it } from 'vitest';
import { FrameDecoder, MAX_MESSAGE_BYTES, encodeFrame } from '../../../electron/core/native/framing.js';
import { RateCap } from '../../../electron/core/native/rate-cap.js';

describe('Native Messaging framing', () => {
  it('writes a little-endian byte length, then the UTF-8 JSON', () => {
    const frame = encodeFrame({ text: 'Zoë' });
    expect(frame.readUInt32LE(0)).toBe(Buffer.byteLength('{"text":"Zoë"}'));
    expect(frame.subarray(4).toString('utf8')).toBe('{"text":"Zoë"}');
  });

  it('reassembles frames split anywhere, including inside the length and inside a character', () => {
    const bytes = Buffer.concat([encodeFrame({ a: 'Zoë' }), encodeFrame({ b: 2 })]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const decoder = new FrameDecoder();
      const frames = [...decoder.push(bytes.subarray(0, cut)), ...decoder.push(bytes.subarray(cut))];
      expect(frames).toEqual([
        { kind: 'message', text: '{"a":"Zoë"}' },
        { kind: 'message', text: '{"b":2}' },
      ]);
    }
  });

  it('refuses a frame over the limit before reading its body, and nothing after it', () => {
    const decoder = new FrameDecoder();
    const header = Buffer.alloc(4);
    header.writeUInt32LE(MAX_MESSAGE_BYTES + 1, 0);
    expect(decoder.push(header)).toEqual([{ kind: 'too_large', bytes: MAX_MESSAGE_BYTES + 1 }]);
    expect(decoder.push(encodeFrame({ after: true }))).toEqual([]);
  });

  it('accepts a frame of exactly the limit', () => {
    const decoder = new FrameDecoder(10);
    const body = Buffer.from('"12345678"');
    const header = Buffer.alloc(4);
    header.writeUInt32LE(body.length, 0);
    expect(decoder.push(Buffer.concat([header, body]))).toEqual([{ kind: 'message', text: '"12345678"' }]);
  });
});

describe('the host rate cap', () => {
  it('admits the limit within a window, refuses the next, and admits again once the window has passed', () => {
    let now = 1000;
    const cap = new RateCap(3, 100, () => now);
    expect([cap.take(), cap.take(), cap.take(), cap.take()]).toEqual([true, true, true, false]);
    now += 99;
    expect(cap.take()).toBe(false);
    now += 1;
    expect(cap.take()).toBe(true);
  });
});
