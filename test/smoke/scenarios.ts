// The smoke scenarios of the desktop app, written once and run twice: here by the start-up test against the
// typed Electron stand-in (test/startup/drive-main.ts), and on real Windows, macOS and Linux runners against
// the packaged app over the DevTools protocol (test/smoke/packaged-app.smoke.ts, in the CI workflow). Each
// driver answers the same questions its own way; the checks are the same.

/** What a scenario asks of the app under test. */
export interface SmokeApp {
  /** The URL the window shows. */
  pageUrl(): Promise<string>;
  /** The Content-Security-Policy the page was served with. */
  csp(): Promise<string | undefined>;
  /** Dials a number from the box (through the built-in emulator); answers the number the app says it called. */
  dial(text: string): Promise<string | undefined>;
  /** Starts softdial again with these arguments, as a click on a link does while it runs. */
  launchAgain(args: string[]): Promise<void>;
  /** The texts offered to the window from outside (links, tray, hotkey), oldest first. */
  offered(): Promise<string[]>;
  /** Crashes the window's page process. */
  crashPage(): Promise<void>;
  /** Waits until the page is back (reloaded after a crash); answers whether it came back. */
  pageBack(): Promise<boolean>;
  /** Asks for the compact bar with content this tall; answers the height the page then has. */
  compact(contentHeight: number): Promise<number>;
}

/** One scenario: its name and what it checks (each failed check is a sentence). */
export interface SmokeScenario {
  name: string;
  run(app: SmokeApp): Promise<string[]>;
}

const digits = (text: string): string => text.replace(/\D/g, '');

/** The scenarios, in the order they run against one app. */
export const SMOKE_SCENARIOS: readonly SmokeScenario[] = [
  {
    name: 'the window renders from app:// with its CSP',
    async run(app) {
      const failed: string[] = [];
      const url = await app.pageUrl();
      if (!url.startsWith('app://softdial/')) failed.push(`the window shows ${url}, not app://softdial/`);
      const csp = (await app.csp()) ?? '';
      for (const directive of ["script-src 'self'", "connect-src 'none'", "default-src 'none'"])
        if (!csp.split(/;\s*/).includes(directive)) failed.push(`the page's policy lacks ${directive} (${csp})`);
      return failed;
    },
  },
  {
    name: 'the box dials through the emulator',
    async run(app) {
      const called = await app.dial('+44 20 7946 0958');
      return called === '+44 20 7946 0958' ? [] : [`the app says it called ${String(called)}`];
    },
  },
  {
    name: 'a second launch with a tel: link reaches the running window',
    async run(app) {
      await app.launchAgain(['tel:+33612345678']);
      const offered = await app.offered();
      return offered.some((text) => digits(text).endsWith('33612345678'))
        ? []
        : [`the link did not reach the window (offered: ${JSON.stringify(offered)})`];
    },
  },
  {
    name: 'a renderer crash is recovered',
    async run(app) {
      await app.crashPage();
      return (await app.pageBack()) ? [] : ['the page did not come back after its process crashed'];
    },
  },
  {
    name: "the compact bar's content fits",
    async run(app) {
      const height = await app.compact(64);
      return height >= 64 ? [] : [`the compact bar's page is ${height} px tall, less than its 64 px of content`];
    },
  },
];

/** Runs every scenario against one app; answers each one's failures (none: passed). */
export async function runSmoke(app: SmokeApp): Promise<Record<string, string[]>> {
  const results: Record<string, string[]> = {};
  for (const scenario of SMOKE_SCENARIOS) {
    try {
      results[scenario.name] = await scenario.run(app);
    } catch (error) {
      results[scenario.name] = [`it threw: ${error instanceof Error ? error.message : String(error)}`];
    }
  }
  return results;
}
