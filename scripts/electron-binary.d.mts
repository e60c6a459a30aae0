/** The oldest Node the electron package runs its installer on. */
export declare const ELECTRON_NODE: string;
/** Whether a Node version (process.version) can run the electron package's installer. */
export declare function nodeRunsElectronInstaller(version: string): boolean;
/** The executable's path inside an Electron folder, per OS. */
export declare function executableName(platform: NodeJS.Platform): string;
/** The Electron binary to run, or why there is none. */
export declare function findElectron(options: {
  electronDir: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  nodeVersion: string;
  install: () => number | null;
}): { ok: true; binary: string } | { ok: false; reason: string };
