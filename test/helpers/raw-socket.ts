import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { Socket } from 'node:net';

/** Sends raw bytes to a server and resolves with everything it answered before closing (or after `waitMs` of quiet). */
export function rawExchange(port: number, bytes: string | Buffer, waitMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let quiet: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(quiet);
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      clearTimeout(quiet);
      quiet = setTimeout(done, 100);
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes);
    quiet = setTimeout(done, waitMs);
  });
}

/** The status code of a raw HTTP answer, or 0 when there was none. */
export const statusOf = (answer: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

/** One WebSocket frame, built by hand so tests can send what no client library would. */
export function frame(options: {
  opcode: number;
  payload: Buffer;
  mask?: boolean;
  rsv?: number;
  fin?: boolean;
  announcedLength?: number;
}): Buffer {
  const length = options.announcedLength ?? options.payload.length;
  const first = ((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | options.opcode;
  const masked = options.mask ?? true;
  const header: number[] = [first];
  if (length < 126) header.push((masked ? 0x80 : 0) | length);
  else if (length < 65536) header.push((masked ? 0x80 : 0) | 126, length >> 8, length & 0xff);
  else {
    header.push((masked ? 0x80 : 0) | 127, 0, 0, 0, 0);
    header.push((length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff);
  }
  if (!masked) return Buffer.concat([Buffer.from(header), options.payload]);
  const key = randomBytes(4);
  const body = Buffer.from(options.payload.map((byte, index) => byte ^ (key[index % 4] ?? 0)));
  return Buffer.concat([Buffer.from(header), key, body]);
}

/** A WebSocket opened by hand: the raw socket after the 101, and a way to read the close code the server sends. */
export interface RawWebSocket {
  socket: Socket;
  /** Resolves with the code of the server's close frame, or 1006 when the connection just ended. */
  closeCode: Promise<number>;
  /** Every byte the server sent after the handshake. */
  received(): Buffer;
}

/** Opens a WebSocket by hand (status 101 expected) so frames can be written raw. */
export function rawWebSocket(port: number, path: string, origin: string): Promise<RawWebSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    let settleClose: (code: number) => void = () => undefined;
    const closeCode = new Promise<number>((done) => (settleClose = done));
    const readClose = (): void => {
      for (let offset = 0; offset + 2 <= buffer.length;) {
        const opcode = (buffer[offset] ?? 0) & 0x0f;
        let length = (buffer[offset + 1] ?? 0) & 0x7f;
        let start = offset + 2;
        if (length === 126) {
          length = buffer.readUInt16BE(offset + 2);
          start += 2;
        } else if (length === 127) {
          length = Number(buffer.readBigUInt64BE(offset + 2));
          start += 8;
        }
        if (start + length > buffer.length) return;
        if (opcode === 0x8) settleClose(length >= 2 ? buffer.readUInt16BE(start) : 1005);
        offset = start + length;
      }
    };
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString('latin1');
        buffer = buffer.subarray(end + 4);
        if (!head.startsWith('HTTP/1.1 101')) {
          reject(new Error(`no upgrade: ${head.split('\r\n')[0] ?? ''}`));
          socket.destroy();
          return;
        }
        upgraded = true;
        resolve({ socket, closeCode, received: () => buffer });
      }
      readClose();
    });
    socket.on('error', () => settleClose(1006));
    socket.on('close', () => settleClose(1006));
    socket.write(
      [
        `GET ${path} HTTP/1.1`,
        `Host: ${new URL(origin).host}`,
        `Origin: ${origin}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
  });
}
