import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { FrameDecoder, encodeFrame } from '../../electron/core/native/framing.js';

/** A native host process as the browser runs it: frames in on stdin, frames out on stdout. */
export interface HostProcess {
  send(message: unknown): void;
  sendRaw(bytes: Buffer): void;
  /** The next `count` answers, parsed. */
  answers(count: number): Promise<unknown[]>;
  exited: Promise<number | null>;
  child: ChildProcessWithoutNullStreams;
}

/** Starts a program that speaks Native Messaging (the built CLI's native-host, or the installed launcher). */
export function startHostProcess(command: string, args: string[], env: NodeJS.ProcessEnv): HostProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env } });
  const decoder = new FrameDecoder(1024 * 1024);
  const received: unknown[] = [];
  const waiting: (() => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    for (const frame of decoder.push(chunk)) if (frame.kind === 'message') received.push(JSON.parse(frame.text));
    for (const wake of waiting.splice(0)) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    child,
    exited,
    send: (message) => child.stdin.write(encodeFrame(message)),
    sendRaw: (bytes) => child.stdin.write(bytes),
    answers: async (count) => {
      while (received.length < count) {
        const more = new Promise<void>((resolve) => waiting.push(resolve));
        const ended = exited.then(() => 'ended' as const);
        if ((await Promise.race([more, ended])) === 'ended' && received.length < count)
          throw new Error(`the host ended after ${received.length} answers`);
      }
      return received.slice(0, count);
    },
  };
}
