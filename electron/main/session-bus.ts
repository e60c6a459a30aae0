import { connect } from 'node:net';
import type { Socket } from 'node:net';

// Just enough of the D-Bus wire protocol to ask the session bus a question (method calls with string and
// uint32 arguments, one boolean, uint32 or string answer), so softdial needs no native module and no
// command-line tool to learn whether a tray host is running.

/** A value a call passes or answers: D-Bus `s`, `u` or `b`. */
export type BusValue = string | number | boolean;

/** Where the session bus listens: `unix:path=…` or `unix:abstract=…` from DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus. */
export function sessionBusPath(env: NodeJS.ProcessEnv): string | undefined {
  const address = env['DBUS_SESSION_BUS_ADDRESS'];
  if (!address) return env['XDG_RUNTIME_DIR'] ? `${env['XDG_RUNTIME_DIR']}/bus` : undefined;
  for (const entry of address.split(';')) {
    if (!entry.startsWith('unix:')) continue;
    for (const pair of entry.slice('unix:'.length).split(',')) {
      const [key, value = ''] = pair.split('=', 2);
      if (key === 'path') return decodeURIComponent(value);
      if (key === 'abstract') return `\0${decodeURIComponent(value)}`;
    }
  }
  return undefined;
}

/** Writes D-Bus values little-endian, padding each to its alignment from the start of the buffer. */
class Writer {
  private bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  align(to: number): this {
    while (this.bytes.length % to !== 0) this.bytes.push(0);
    return this;
  }
  byte(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }
  uint32(value: number): this {
    this.align(4);
    for (let shift = 0; shift < 32; shift += 8) this.bytes.push((value >>> shift) & 0xff);
    return this;
  }
  string(value: string): this {
    const encoded = Buffer.from(value, 'utf8');
    this.uint32(encoded.length);
    this.bytes.push(...encoded, 0);
    return this;
  }
  signature(value: string): this {
    this.bytes.push(value.length, ...Buffer.from(value, 'ascii'), 0);
    return this;
  }
  value(type: string, value: BusValue): this {
    if (type === 'u') return this.uint32(Number(value));
    if (type === 'b') return this.uint32(value ? 1 : 0);
    if (type === 'g') return this.signature(String(value));
    return this.string(String(value));
  }
  buffer(): Buffer {
    return Buffer.from(this.bytes);
  }
}

/** Reads D-Bus values from one message, in its own byte order. */
class Reader {
  constructor(
    private readonly buffer: Buffer,
    public offset: number,
    private readonly little: boolean,
  ) {}
  align(to: number): void {
    this.offset += (to - (this.offset % to)) % to;
  }
  byte(): number {
    return this.buffer.readUInt8(this.offset++);
  }
  uint32(): number {
    this.align(4);
    const value = this.little ? this.buffer.readUInt32LE(this.offset) : this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  string(length = this.uint32()): string {
    const text = this.buffer.toString('utf8', this.offset, this.offset + length);
    this.offset += length + 1;
    return text;
  }
  value(type: string): BusValue {
    if (type === 'u') return this.uint32();
    if (type === 'b') return this.uint32() !== 0;
    if (type === 'g') return this.string(this.byte());
    return this.string();
  }
}

const FIELD = { path: 1, interface: 2, member: 3, errorName: 4, replySerial: 5, destination: 6, signature: 8 } as const;
const FIELD_TYPES: Record<number, string> = { 1: 'o', 2: 's', 3: 's', 4: 's', 5: 'u', 6: 's', 8: 'g' };
const METHOD_RETURN = 2;
const ERROR = 3;

/** A method call, as bytes. */
function methodCall(serial: number, call: BusCall): Buffer {
  const body = new Writer();
  for (let index = 0; index < call.signature.length; index++)
    body.value(call.signature.charAt(index), call.args[index] ?? '');
  const fields: [number, BusValue][] = [
    [FIELD.path, call.path],
    [FIELD.interface, call.interface],
    [FIELD.member, call.member],
    [FIELD.destination, call.destination],
    ...(call.signature ? [[FIELD.signature, call.signature] as [number, BusValue]] : []),
  ];
  const header = new Writer().byte(0x6c).byte(1).byte(0).byte(1).uint32(body.length).uint32(serial);
  const list = new Writer();
  for (const [code, value] of fields) {
    const type = FIELD_TYPES[code] ?? 's';
    // Offsets inside the array count from 16, where the array's elements start (8-aligned in the message).
    list.align(8).byte(code).signature(type).value(type, value);
  }
  header.uint32(list.length);
  const head = Buffer.concat([header.buffer(), list.buffer()]);
  const padding = Buffer.alloc((8 - (head.length % 8)) % 8);
  return Buffer.concat([head, padding, body.buffer()]);
}

/** One method call on the bus. */
export interface BusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature: string;
  args: BusValue[];
}

/** A message from the bus: the reply serial it answers, its error name, and its first value. */
interface Incoming {
  type: number;
  replySerial?: number;
  errorName?: string;
  value?: BusValue;
}

/** Splits one complete message off the front of a buffer, or undefined when more bytes are needed. */
function takeMessage(buffer: Buffer): { message: Incoming; rest: Buffer } | undefined {
  if (buffer.length < 16) return undefined;
  const little = buffer[0] === 0x6c;
  const head = new Reader(buffer, 4, little);
  const bodyLength = head.uint32();
  head.uint32();
  const fieldsLength = head.uint32();
  const bodyStart = 16 + fieldsLength + ((8 - ((16 + fieldsLength) % 8)) % 8);
  if (buffer.length < bodyStart + bodyLength) return undefined;
  const message: Incoming = { type: buffer.readUInt8(1) };
  let signature = '';
  while (head.offset < 16 + fieldsLength) {
    head.align(8);
    const code = head.byte();
    const type = head.string(head.byte());
    const value = head.value(type);
    if (code === FIELD.replySerial) message.replySerial = Number(value);
    if (code === FIELD.errorName) message.errorName = String(value);
    if (code === FIELD.signature) signature = String(value);
  }
  const first = signature[0];
  if (first && 'sbuog'.includes(first)) message.value = new Reader(buffer, bodyStart, little).value(first);
  return { message, rest: buffer.subarray(bodyStart + bodyLength) };
}

/**
 * A connection to the session bus, authenticated as this user (EXTERNAL), that calls methods one at a time.
 * Every call is bounded by the timeout given at connection: a bus that does not answer is an error, not a hang.
 */
export class SessionBus {
  private buffer: Buffer = Buffer.alloc(0);
  private serial = 0;
  private waiting = new Map<number, { resolve(value: BusValue | undefined): void; reject(error: Error): void }>();

  private constructor(
    private readonly socket: Socket,
    private readonly timeoutMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.failAll(error));
    socket.on('close', () => this.failAll(new Error('the session bus closed the connection')));
  }

  /** Connects, authenticates and says Hello, within the timeout. */
  static async connect(path: string, uid: number, timeoutMs = 1_500): Promise<SessionBus> {
    const socket = connect({ path });
    socket.setNoDelay(true);
    const timer = setTimeout(() => socket.destroy(new Error('the session bus did not answer in time')), timeoutMs);
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('error', reject);
        socket.once('connect', () => {
          socket.off('error', reject);
          resolve();
        });
      });
      const hexUid = Buffer.from(String(uid), 'ascii').toString('hex');
      socket.write(`\0AUTH EXTERNAL ${hexUid}\r\n`);
      const answer = await new Promise<string>((resolve, reject) => {
        socket.once('error', reject);
        socket.once('data', (chunk: Buffer) => resolve(chunk.toString('ascii')));
      });
      if (!answer.startsWith('OK ')) throw new Error(`the session bus refused to authenticate (${answer.trim()})`);
      socket.write('BEGIN\r\n');
      const bus = new SessionBus(socket, timeoutMs);
      await bus.call({
        destination: 'org.freedesktop.DBus',
        path: '/org/freedesktop/DBus',
        interface: 'org.freedesktop.DBus',
        member: 'Hello',
        signature: '',
        args: [],
      });
      return bus;
    } catch (error) {
      socket.destroy();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Calls a method and answers its first value (undefined when it answers none). */
  call(call: BusCall): Promise<BusValue | undefined> {
    const serial = ++this.serial;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(serial);
        reject(new Error(`the session bus did not answer ${call.member} in time`));
      }, this.timeoutMs);
      this.waiting.set(serial, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.write(methodCall(serial, call));
    });
  }

  /** Closes the connection. */
  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (let taken = takeMessage(this.buffer); taken; taken = takeMessage(this.buffer)) {
      this.buffer = taken.rest;
      const { message } = taken;
      const waiter = message.replySerial === undefined ? undefined : this.waiting.get(message.replySerial);
      if (!waiter || message.replySerial === undefined) continue;
      this.waiting.delete(message.replySerial);
      if (message.type === ERROR) waiter.reject(new Error(message.errorName ?? 'the session bus answered an error'));
      else if (message.type === METHOD_RETURN) waiter.resolve(message.value);
    }
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
