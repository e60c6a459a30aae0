import type { ExplainedError } from '../../shared/explained-error.js';
import { t } from '../../shared/i18n/language.js';
import { endpointOf } from '../agent/agent-identity.js';
import type { NotificationChannel } from '../genesys/notification-channel.js';
import { GENESYS_PATHS, GENESYS_TOPICS } from '../genesys/paths.js';
import type { Check } from './check.js';

/**
 * Whether live call progress works for a user: subscribes their call topic on the shared channel and
 * reports Permitted (live), Rejected (naming the permission) or unreachable, as a readiness check.
 */
export async function checkLiveProgress(channel: NotificationChannel, userId: string): Promise<Check> {
  const endpoint = endpointOf('POST', GENESYS_PATHS.notificationChannels);
  let rejection: ExplainedError | undefined;
  const listening = channel.listen(GENESYS_TOPICS.callsOf(userId), (signal) => {
    if (signal.kind === 'rejected') rejection = signal.error;
  });
  const health = await channel.settled();
  listening.stop();
  if (health === 'live' && !rejection)
    return {
      name: 'live call progress',
      ok: true,
      detail: t('doctor.live.ok'),
      endpoint,
    };
  const problem = rejection ?? channel.status.problem;
  return {
    name: 'live call progress',
    ok: false,
    warning: true,
    detail: `${problem ? `${problem.title}. ${problem.detail}` : t('doctor.live.not_open')} ${t('doctor.live.polling', { seconds: 5 })}`,
    fix: problem?.fix ?? [t('doctor.live.fix_admin', { host: 'streaming.<region domain>' })],
    endpoint,
  };
}
