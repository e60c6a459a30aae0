import { hostname } from 'node:os';
import * as v from 'valibot';
import { DIAL_CLAIM_STALE_MS, LOCK_RETRY_MS } from '../../shared/limits.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { FileLock } from '../files/file-lock.js';
import { alive, moveAside, readJsonText, writeJsonFileAtomic } from '../files/json-file.js';

const ClaimSchema = v.object({
  at: v.number(),
  pid: v.number(),
  host: v.string(),
  conversationId: v.optional(v.string()),
});
const ClaimsSchema = v.object({ version: v.literal(1), claims: v.record(v.string(), ClaimSchema) });
type Claim = v.InferOutput<typeof ClaimSchema>;
type Claims = Map<string, Claim>;

/** What claiming a dial found: this process places it, or another placed (conversationId) or is placing it. */
export type ClaimAnswer = { kind: 'mine' } | { kind: 'placed'; conversationId: string } | { kind: 'placing' };

/** Whether a claim still stands: inside the window, and (while placing) its process alive and not stuck. */
function standing(claim: Claim, now: number, windowMs: number): boolean {
  if (claim.conversationId !== undefined) return now - claim.at < windowMs;
  const gone = claim.host === hostname() && !alive(claim.pid);
  return !gone && now - claim.at < DIAL_CLAIM_STALE_MS;
}

/**
 * The dial guard between processes (the window and the CLI, on one machine): a file in the data folder,
 * changed under its lock, naming each number being dialled or dialled within the guard window and the
 * call that was placed. A process that finds the number claimed reports that call instead of placing
 * another; one that finds it being placed waits for the call, or places it itself if the first failed.
 */
export class DialClaims {
  private readonly lock: FileLock;

  /** `now` is the wall clock in every real process (the file is shared; tests of one process may use their own). */
  constructor(
    private readonly file: string,
    private readonly now: () => number = Date.now,
  ) {
    this.lock = new FileLock(`${file}.lock`);
  }

  /** Claims a dial of `key` for this process, unless another process's claim stands. */
  private claim(key: string, windowMs: number): Promise<ClaimAnswer> {
    return this.change((claims, now) => {
      const existing = claims.get(key);
      if (existing && standing(existing, now, windowMs))
        return existing.conversationId !== undefined
          ? { kind: 'placed', conversationId: existing.conversationId }
          : { kind: 'placing' };
      claims.set(key, { at: now, pid: process.pid, host: hostname() });
      return { kind: 'mine' };
    }, windowMs);
  }

  /** Records the call this process placed for its claim, or gives the claim up when nothing was placed. */
  async settle(key: string, conversationId: string | undefined, windowMs: number): Promise<void> {
    await this.change((claims) => {
      const existing = claims.get(key);
      if (!existing || existing.pid !== process.pid) return;
      if (conversationId === undefined) claims.delete(key);
      else existing.conversationId = conversationId;
    }, windowMs).catch(() => undefined);
  }

  /**
   * Claims `key`, waiting while another process is placing the same call: answers that call once it is
   * placed, or `mine` when the other gave up (its call failed) or its claim went stale. A data folder
   * that cannot be written guards nothing between processes: the call is placed (this process's own
   * guard still stands), never refused for a file.
   */
  async claimOrWait(key: string, windowMs: number): Promise<ClaimAnswer> {
    for (;;) {
      const answer = await this.claim(key, windowMs).catch((): ClaimAnswer => ({ kind: 'mine' }));
      if (answer.kind !== 'placing') return answer;
      await sleep(LOCK_RETRY_MS);
    }
  }

  /** Reads the claims under the lock, lets `work` change them, writes them back without the expired ones. */
  private change<T>(work: (claims: Claims, now: number) => T, windowMs: number): Promise<T> {
    return this.lock.run(async () => {
      const read = await readJsonText(this.file);
      const parsed = read.kind === 'ok' ? v.safeParse(ClaimsSchema, read.value) : undefined;
      if (read.kind === 'invalid' || parsed?.success === false) await moveAside(this.file, 'corrupt');
      const now = this.now();
      const claims: Claims = new Map();
      for (const [key, claim] of Object.entries(parsed?.success ? parsed.output.claims : {}))
        if (standing(claim, now, windowMs)) claims.set(key, claim);
      const answer = work(claims, now);
      await writeJsonFileAtomic(this.file, { version: 1, claims: Object.fromEntries(claims) }, 0);
      return answer;
    });
  }
}
