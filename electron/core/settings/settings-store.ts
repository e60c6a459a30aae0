import { join } from 'node:path';
import * as v from 'valibot';
import { assertNever } from '../../shared/assert-never.js';
import type { SettingSource } from '../../shared/closed-sets.js';
import { describeIssues } from '../../shared/describe-issues.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import {
  moveAside,
  readJsonFile,
  readJsonText,
  removeAbandonedTemporaryFiles,
  writeJsonFileAtomic,
} from '../files/json-file.js';
import { MAX_SETTINGS_BYTES } from '../../shared/limits.js';
import { FileLock, LockFailed } from '../files/file-lock.js';
import { dataDirectory, policyFile } from './paths.js';
import { allowedBaseUrls, regionProblem } from './region-policy.js';
import { DEFAULT_LOG_LEVEL } from '../../shared/log-levels.js';
import type { LogLevel } from '../../shared/log-levels.js';
import { DEFAULTS, PolicySchema, SettingsSchema } from './schema.js';
import type { PartialSettings, Policy, SettingKey, Settings } from './schema.js';

/** The settings in force, where each came from, what may not be changed, and what went wrong reading them. */
export interface ResolvedSettings {
  values: Settings;
  sources: Partial<Record<SettingKey, SettingSource>>;
  locked: SettingKey[];
  /** Problems that stop softdial from working as configured (a bad environment variable, an unreadable policy). */
  errors: string[];
  /** Things that were repaired or ignored, each worth telling the user once. */
  warnings: string[];
  dataDir: string;
  policyPath: string;
  /** What the support log keeps, as the policy's `logLevel` says (default info). */
  logLevel: LogLevel;
}

const ENVIRONMENT: Partial<Record<SettingKey, string>> = {
  region: 'GENESYSCLOUD_REGION',
  clientId: 'GENESYSCLOUD_OAUTHCLIENT_ID',
  userId: 'SOFTDIAL_USER_ID',
  defaultCountry: 'SOFTDIAL_DEFAULT_REGION',
};

const SETTING_KEYS = Object.keys(SettingsSchema.entries) as SettingKey[];

/** Reads the settings given through the environment, naming the variable of any bad value. */
function fromEnvironment(env: NodeJS.ProcessEnv): { settings: PartialSettings; errors: string[] } {
  const settings: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [key, variable] of Object.entries(ENVIRONMENT) as [SettingKey, string][]) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const result = v.safeParse(SettingsSchema.entries[key], raw);
    if (result.success) settings[key] = result.output;
    else errors.push(`${variable}: ${describeIssues(result.issues).join('; ')}`);
  }
  if (env['GENESYSCLOUD_OAUTHCLIENT_SECRET'] && !settings['mode']) settings['mode'] = 'client-credentials';
  return { settings: settings, errors };
}

/** Keeps each valid field of a settings object and reports each bad one by name. */
function salvage(value: unknown, source: string): { settings: PartialSettings; problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: {}, problems: [`${source}: must be a JSON object of settings`] };
  }
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(value)) {
    // An own entry only: a name such as "constructor" or "__proto__" must not reach Object.prototype.
    const schema = Object.hasOwn(SettingsSchema.entries, key)
      ? (SettingsSchema.entries as Record<string, v.GenericSchema>)[key]
      : undefined;
    if (!schema) {
      problems.push(`${source}: unknown setting "${key.slice(0, 60)}" ignored (known: ${SETTING_KEYS.join(', ')})`);
      continue;
    }
    const result = v.safeParse(schema, raw);
    if (result.success) settings[key] = result.output;
    else problems.push(`${source}: ${key}: ${describeIssues(result.issues).join('; ')}`);
  }
  return { settings: settings, problems };
}

/** Settings resolved as environment > locked policy > user file > preset policy > defaults, kept in SOFTDIAL_DATA_DIR. */
export class SettingsStore {
  readonly dataDir: string;
  readonly file: string;
  readonly policyPath: string;
  /** The write in progress: updates run one after another, so none is lost. */
  /** Taken by every update, in every softdial process, so two never write over each other's change. */
  private readonly lock: FileLock;
  private cleaned = false;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {
    this.dataDir = dataDirectory(env);
    this.file = join(this.dataDir, 'settings.json');
    this.lock = new FileLock(join(this.dataDir, 'settings.json.lock'));
    this.policyPath = policyFile(env);
  }

  /** Reads the policy; a policy that does not parse is an error (it is the admin's file: never moved). */
  private async readPolicy(errors: string[]): Promise<Policy> {
    const read = await readJsonText(this.policyPath, MAX_SETTINGS_BYTES);
    switch (read.kind) {
      case 'missing':
        return {};
      case 'invalid':
      case 'unreadable':
        errors.push(`policy file ${this.policyPath}: ${read.reason}`);
        return {};
      case 'ok': {
        const result = v.safeParse(PolicySchema, read.value);
        if (result.success) return result.output;
        errors.push(...describeIssues(result.issues).map((problem) => `policy file ${this.policyPath}: ${problem}`));
        return {};
      }
      default:
        return assertNever(read);
    }
  }

  /** Reads the user's file; an unreadable one is moved aside and its valid fields kept. */
  private async readUser(warnings: string[]): Promise<PartialSettings> {
    const read = await readJsonFile(this.file, MAX_SETTINGS_BYTES);
    if (read.kind === 'missing') return {};
    if (read.kind === 'unreadable') {
      warnings.push(`settings file ${read.reason}; defaults are in use`);
      return {};
    }
    if (read.kind === 'corrupt') {
      warnings.push(
        `settings file was not valid JSON (${read.reason}); it was moved to ${read.movedTo} and defaults are in use`,
      );
      return {};
    }
    const { settings, problems } = salvage(read.value, 'settings file');
    if (problems.length > 0) {
      const copy = await moveAside(this.file, 'invalid');
      await writeJsonFileAtomic(this.file, settings);
      warnings.push(...problems, `the original settings file was kept as ${copy}`);
    }
    return settings;
  }

  /** The settings in force now. */
  async load(): Promise<ResolvedSettings> {
    if (!this.cleaned) {
      this.cleaned = true;
      await removeAbandonedTemporaryFiles(this.dataDir);
    }
    return (await this.resolve()).resolved;
  }

  /** Reads every layer once: the settings in force, and the user's own layer that update() writes over. */
  private async resolve(): Promise<{ resolved: ResolvedSettings; user: PartialSettings; allowed: Set<string> }> {
    const errors: string[] = [];
    const warnings: string[] = [];
    const policy = await this.readPolicy(errors);
    const user = await this.readUser(warnings);
    const environment = fromEnvironment(this.env);
    errors.push(...environment.errors);
    const layers: [SettingSource, PartialSettings][] = [
      ['default', DEFAULTS],
      ['preset', policy.preset ?? {}],
      ['user', user],
      ['policy', policy.locked ?? {}],
      ['environment', environment.settings],
    ];
    const values: Record<string, unknown> = {};
    const sources: Partial<Record<SettingKey, SettingSource>> = {};
    for (const [source, layer] of layers) {
      for (const [key, value] of Object.entries(layer) as [string, unknown][]) {
        if (value === undefined) continue;
        values[key] = value;
        sources[key as SettingKey] = source;
      }
    }
    const allowed = allowedBaseUrls(policy.allowedBaseUrls, this.env['SOFTDIAL_ALLOWED_BASE_URLS']);
    const region = values['region'];
    const problem = typeof region === 'string' ? regionProblem(region, sources.region !== 'user', allowed) : undefined;
    if (problem) errors.push(problem);
    const locked = SETTING_KEYS.filter((key) => sources[key] === 'policy' || sources[key] === 'environment');
    return {
      resolved: {
        values: values as Settings,
        sources,
        locked,
        errors,
        warnings,
        dataDir: this.dataDir,
        policyPath: this.policyPath,
        logLevel: policy.logLevel ?? DEFAULT_LOG_LEVEL,
      },
      user,
      allowed,
    };
  }

  /**
   * Changes the user's settings (null clears one); refuses a bad value, one the policy or environment
   * decides, or a region the admin did not allow, with one problem per field. Updates run one at a time,
   * each over the last, also across processes (the
   * settings lock), and each reads the file again under the lock.
   */
  update(patch: unknown): Promise<Outcome<ResolvedSettings, string[]>> {
    return this.lock
      .run(() => this.apply(patch))
      .catch((error: unknown) => {
        if (error instanceof LockFailed) return fail([error.message]);
        throw error;
      });
  }

  private async apply(patch: unknown): Promise<Outcome<ResolvedSettings, string[]>> {
    const entries = typeof patch === 'object' && patch !== null ? Object.entries(patch) : [];
    const cleared = entries.filter(([, value]) => value === null).map(([key]) => key);
    const { settings, problems } = salvage(
      Array.isArray(patch) || typeof patch !== 'object' || patch === null
        ? patch
        : Object.fromEntries(entries.filter(([, value]) => value !== null)),
      'settings',
    );
    if (problems.length > 0) return fail(problems);
    const { resolved: current, user, allowed } = await this.resolve();
    const blocked = [...Object.keys(settings), ...cleared].filter((key) => current.locked.includes(key as SettingKey));
    if (blocked.length > 0) {
      return fail(
        blocked.map(
          (key) =>
            `${key} is set by ` +
            (current.sources[key as SettingKey] === 'policy'
              ? "your administrator's policy"
              : 'an environment variable') +
            ' and cannot be changed here',
        ),
      );
    }
    const regionRefused = settings.region === undefined ? undefined : regionProblem(settings.region, false, allowed);
    if (regionRefused) return fail([regionRefused]);
    const next = Object.fromEntries(Object.entries({ ...user, ...settings }).filter(([key]) => !cleared.includes(key)));
    try {
      await writeJsonFileAtomic(this.file, next);
    } catch (error) {
      return fail([
        `the settings file ${this.file} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
      ]);
    }
    return ok(await this.load());
  }
}
