import type { PushSink } from '../../ipc/push-queue.js';
import type { DialSource } from '../../shared/closed-sets.js';
import type { SoftdialCore } from '../softdial-core.js';

/** A number that arrived from outside the window: a tel:/callto:/sip: link, the tray, the hotkey, the browser extension. */
export interface ExternalDial {
  text: string;
  source: Extract<DialSource, 'link' | 'tray' | 'hotkey' | 'clipboard' | 'redial' | 'extension'>;
  /** Asks for a look whatever the setting says (a fax line chosen in the tray). */
  confirmFirst?: boolean;
}

/**
 * Hands an external number to the renderer with its reading: it is shown and waits for one
 * confirmation (the default), or is dialled at once when the agent chose that and the reading is
 * certain. The renderer dials through the same contract (and the same guard) as the Call button.
 * Returns whether it waits for that confirmation.
 */
export function offerExternalDial(core: SoftdialCore, pushes: PushSink, request: ExternalDial): boolean {
  const reading = core.parse(request.text);
  const confirmFirst =
    request.confirmFirst === true || core.settings.values.confirmExternalDials || !reading.ok || reading.confirm;
  pushes.emit('dialRequested', { text: request.text, source: request.source, reading, confirmFirst });
  return confirmFirst;
}
