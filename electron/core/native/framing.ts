/** The largest message the host accepts from the browser: a dial request is a few hundred bytes. */
export const MAX_MESSAGE_BYTES = 4096;

/** One decoded frame, or why the stream can no longer be trusted. */
export type Frame = { kind: 'message'; text: string } | { kind: 'too_large'; bytes: number };

/**
 * Native Messaging framing: each message is a 32-bit length in the machine's byte order (little endian
 * on every platform browsers ship for) followed by that many bytes of UTF-8 JSON.
 */
export function encodeFrame(value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length, 0);
  return Buffer.concat([header, body]);
}

/**
 * Cuts a byte stream into frames as chunks arrive. A frame longer than `limit` stops the decoder: the
 * rest of the stream cannot be re-synchronised, so the host answers once and ends.
 */
export class FrameDecoder {
  private buffered = Buffer.alloc(0);
  private broken = false;

  constructor(private readonly limit = MAX_MESSAGE_BYTES) {}

  /** The frames completed by this chunk, in order. */
  push(chunk: Buffer): Frame[] {
    if (this.broken) return [];
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const frames: Frame[] = [];
    while (this.buffered.length >= 4) {
      const length = this.buffered.readUInt32LE(0);
      if (length > this.limit) {
        this.broken = true;
        this.buffered = Buffer.alloc(0);
        frames.push({ kind: 'too_large', bytes: length });
        break;
      }
      if (this.buffered.length < 4 + length) break;
      frames.push({ kind: 'message', text: this.buffered.subarray(4, 4 + length).toString('utf8') });
      this.buffered = this.buffered.subarray(4 + length);
    }
    return frames;
  }
}
