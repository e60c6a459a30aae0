import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DESKTOP_NAME } from '../../../electron/main/desktop-identity.js';
import { trayIconFile, windowIconFile } from '../../../electron/main/icons.js';
import { installerInclude } from '../../../scripts/installer-nsh.js';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled?: boolean) => unknown };

const config = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(new URL('../../../electron-builder.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(await config(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused with a mistake in it, so the check above means something', async () => {
    await expect(
      validateConfiguration({ ...(await config()), protocol: [{ schemes: ['tel'] }] }, new DebugLogger(false)),
    ).rejects.toThrow(/protocol/);
    await expect(
      validateConfiguration({ ...(await config()), nsis: { oneClick: 'sometimes' } }, new DebugLogger(false)),
    ).rejects.toThrow(/oneClick/);
  });

  it('registers tel:, callto: and sip: once (no mimeTypes twin), keeps keytar out of the asar, and targets NSIS, dmg and zip, AppImage, deb and rpm', async () => {
    const value = (await config()) as {
      protocols: { schemes: string[] }[];
      asarUnpack: string[];
      win: { target: string[] };
      mac: { target: { target: string; arch: string[] }[] };
      linux: { target: string[]; mimeTypes?: string[] };
    };
    expect(value.protocols.flatMap((protocol) => protocol.schemes)).toEqual(['tel', 'callto', 'sip']);
    expect(value.linux.mimeTypes).toBeUndefined();
    expect(value.asarUnpack).toContain('node_modules/keytar/**/*');
    expect(value.win.target).toEqual(['nsis']);
    expect(value.linux.target).toEqual(['AppImage', 'deb', 'rpm']);
    // electron-updater updates a Mac app from its zip; both architectures are built (no universal binary).
    expect(value.mac.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
  });

  it('builds the AppImage with the 1.0.3 toolset (no libfuse2 needed on current distributions), refusing an unknown one', async () => {
    const value = (await config()) as { toolsets: { appimage: string } };
    expect(value.toolsets).toEqual({ appimage: '1.0.3' });
    await expect(
      validateConfiguration({ ...(await config()), toolsets: { appimage: '9.9.9' } }, new DebugLogger(false)),
    ).rejects.toThrow(/toolsets/);
  });

  it("keeps the rpm on electron-builder's default dependencies plus libsecret (the keychain), and publishes to GitHub Releases", async () => {
    const value = (await config()) as { rpm: { depends: string[] }; publish: { provider: string }[] };
    const schema = require('app-builder-lib/scheme.json') as {
      definitions: { RpmOptions: { properties: { depends: { description: string } } } };
    };
    const defaults = /`rpm` defaults to `(\[.*?\])`/.exec(
      schema.definitions.RpmOptions.properties.depends.description,
    )?.[1];
    expect(defaults).toBeDefined();
    expect(value.rpm.depends).toEqual([...(JSON.parse(defaults ?? '[]') as string[]), 'libsecret']);
    expect(value.publish).toEqual([{ provider: 'github', releaseType: 'release' }]);
  });

  it('burns the fuses that close Node-style entry points and check the asar', async () => {
    const { electronFuses } = (await config()) as { electronFuses: Record<string, boolean> };
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    await expect(
      validateConfiguration(
        { ...(await config()), electronFuses: { ...electronFuses, runAsNodes: false } },
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/electronFuses/);
  });

  it("keeps electron-builder's default deb dependencies and only recommends a keyring daemon", async () => {
    const value = (await config()) as { deb: { depends: string[]; recommends: string[] } };
    const schema = require('app-builder-lib/scheme.json') as {
      definitions: {
        DebOptions: { properties: { depends: { default: string[] }; recommends: { default: string[] } } };
      };
    };
    const defaults = schema.definitions.DebOptions.properties;
    expect(value.deb.depends).toEqual(expect.arrayContaining(defaults.depends.default));
    expect(value.deb.recommends).toEqual(expect.arrayContaining(defaults.recommends.default));
    expect(value.deb.depends.join(' ')).not.toMatch(/gnome-keyring|kwallet|keepassxc/);
    expect(value.deb.recommends.join(' ')).toMatch(/gnome-keyring/);
  });

  it('names the Linux desktop file after the app id, so Wayland portals know softdial', async () => {
    const value = (await config()) as {
      appId: string;
      extraMetadata: { desktopName: string };
      linux: { syncDesktopName: boolean };
    };
    expect(value.extraMetadata.desktopName).toBe(DESKTOP_NAME);
    expect(DESKTOP_NAME).toBe(`${value.appId}.desktop`);
    expect(value.linux.syncDesktopName).toBe(true);
  });

  it('packages every icon the app loads at run time, and includes the NSIS script', async () => {
    const value = (await config()) as { files: string[]; nsis: { include: string } };
    expect(value.files).toContain('build/app-icons/*');
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const dark of [false, true])
        await expect(
          access(new URL(`../../../build/app-icons/${trayIconFile(platform, dark)}`, import.meta.url)),
        ).resolves.toBeUndefined();
      const icon = windowIconFile(platform);
      if (icon)
        await expect(access(new URL(`../../../build/app-icons/${icon}`, import.meta.url))).resolves.toBeUndefined();
    }
    await expect(
      access(new URL('../../../build/app-icons/trayTemplate@2x.png', import.meta.url)),
    ).resolves.toBeUndefined();
    expect(value.nsis.include).toBe('build/installer.nsh');
  });
});

describe('the Windows installer include', () => {
  const committed = (): Promise<string> => readFile(new URL('../../../build/installer.nsh', import.meta.url), 'utf8');

  it('is the generated one (run `npx tsx scripts/installer-nsh.ts` after changing the schemes)', async () => {
    expect(await committed()).toBe(installerInclude());
  });

  it('registers softdial with Default apps on install: RegisteredApplications, URLAssociations and a ProgID per scheme', async () => {
    const script = await committed();
    const install = script.slice(script.indexOf('!macro customInstall'), script.indexOf('!macroend'));
    expect(install).toContain(
      'WriteRegStr SHCTX "Software\\RegisteredApplications" "softdial" "Software\\softdial\\Capabilities"',
    );
    for (const scheme of ['tel', 'callto', 'sip']) {
      expect(install).toContain(
        `WriteRegStr SHCTX "Software\\softdial\\Capabilities\\URLAssociations" "${scheme}" "softdial.${scheme}"`,
      );
      expect(install).toContain(
        `WriteRegStr SHCTX "Software\\Classes\\softdial.${scheme}\\shell\\open\\command" "" '"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" "%1"'`,
      );
    }
  });

  it('removes all of it on uninstall, and a run-time tel: key only when it points at this installation', async () => {
    const script = await committed();
    const uninstall = script.slice(script.indexOf('!macro customUnInstall'));
    expect(uninstall).toContain('DeleteRegValue SHCTX "Software\\RegisteredApplications" "softdial"');
    expect(uninstall).toContain('DeleteRegKey SHCTX "Software\\softdial"');
    for (const scheme of ['tel', 'callto', 'sip']) {
      expect(uninstall).toContain(`DeleteRegKey SHCTX "Software\\Classes\\softdial.${scheme}"`);
      const guarded = new RegExp(
        `ReadRegStr \\$0 HKCU "Software\\\\Classes\\\\${scheme}\\\\shell\\\\open\\\\command" ""\\r\\n  StrCmp \\$0 .+ 0 \\+2\\r\\n    DeleteRegKey HKCU "Software\\\\Classes\\\\${scheme}"`,
      );
      expect(uninstall).toMatch(guarded);
    }
    expect(script.match(/!macro /g)).toHaveLength(2);
    expect(script.match(/!macroend/g)).toHaveLength(2);
  });
});
