import type { ValueOf } from '../../../electron/ipc/contract.js';
import type { Identity } from './identity.svelte.js';

/** A system problem as the agent reads it: a title, plain words, and the raw text only for the admin. */
export interface SystemProblem {
  title: string;
  words: string;
  raw?: string;
}

/** The connection's problems (keychain, configuration, sign-in, no phone) in words, behind the identity bar's icon. */
export function problemsOf(
  status: ValueOf<'status'>,
  signInProblem: string | null,
  identity?: Identity,
): SystemProblem[] {
  const problems: SystemProblem[] = [];
  if (status.configurationError) {
    const error = status.configurationError;
    problems.push({ title: error.title, words: [error.detail, ...error.fix].join(' ') });
  }
  if (status.keychain.problem) {
    problems.push({
      title: 'Passwords are kept in memory only',
      words:
        'The system keychain is not available, so softdial keeps secrets only until it closes and will ask again next time. Nothing is written to disk in plain text.',
      raw: status.keychain.problem,
    });
  }
  if (status.liveUpdatesPaused) {
    const paused = status.liveUpdatesPaused;
    problems.push({ title: paused.title, words: [paused.detail, ...paused.fix].join(' ') });
  }
  for (const error of status.errors) problems.push({ title: 'A setting could not be used', words: error });
  if (signInProblem) problems.push({ title: 'Sign-in did not finish', words: signInProblem });
  if (identity?.station.state === 'none')
    problems.push({
      title: 'No phone selected',
      words:
        'Genesys Cloud has no phone (station) for you, so it cannot place calls. In Genesys Cloud, choose Calls > Select a phone; if none is offered, ask your admin to assign one.',
    });
  return problems;
}
