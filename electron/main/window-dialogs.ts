import { dialog } from 'electron';

/** Says the window's page keeps dying and where the details are; answers whether to try again or quit. */
export async function explainCrashes(logFile: string): Promise<'retry' | 'quit'> {
  const answer = await dialog.showMessageBox({
    type: 'error',
    message: "softdial's window keeps closing",
    detail: `Its page stopped three times within a minute, so softdial stopped reloading it. Calls already placed are not affected. If this repeats, send the log file ${logFile} to your administrator.`,
    buttons: ['Try again', 'Quit softdial'],
    defaultId: 0,
    cancelId: 1,
  });
  return answer.response === 0 ? 'retry' : 'quit';
}

/** Asks what to do about a page that stopped responding; the signal closes the question when it answers again. */
export async function askAboutHang(signal: AbortSignal): Promise<'reload' | 'wait'> {
  const answer = await dialog.showMessageBox({
    type: 'warning',
    message: "softdial's window is not responding",
    detail: 'You can wait for it, or reload it. Calls already placed are not affected by a reload.',
    buttons: ['Reload the window', 'Wait'],
    defaultId: 1,
    cancelId: 1,
    signal,
  });
  return answer.response === 0 ? 'reload' : 'wait';
}
