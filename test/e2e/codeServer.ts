// Starts code-server (VS Code 1.139 in the browser, Node extension host) on a free port with its
// own user-data, extensions and XDG folders, so a run touches nothing in the home folder.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24 } from './env';

export interface CodeServer {
  url: string;
  authority: string;
  log: () => string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** A temp folder owned by this run: user data, extensions, config and logs go under it. */
  dir: string;
  settings: Record<string, unknown>;
  /** Extra flags, e.g. ['--vscode-option', 'enable-smoke-test-driver']. */
  args?: string[];
  /** Installs these extension folders by symlink as `<publisher>.<name>-<version>`. */
  extensions?: string[];
}

export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Running servers, ended if the runner exits early (Ctrl+C, a CI timeout): they are detached process groups. */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => kill(child, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const d = options.dir;
  const userSettingsFile = path.join(d, 'user/User/settings.json');
  fs.mkdirSync(path.dirname(userSettingsFile), { recursive: true });
  fs.writeFileSync(userSettingsFile, JSON.stringify(options.settings, null, 2));
  const extensionsDir = path.join(d, 'ext');
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const folder of options.extensions ?? []) {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    fs.symlinkSync(folder, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
  }
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    NODE24,
    [
      CODE_SERVER_ENTRY,
      '--bind-addr', authority,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', path.join(d, 'user'),
      '--extensions-dir', extensionsDir,
      '--config', path.join(d, 'config.yaml'),
      ...(options.args ?? []),
    ],
    {
      // Without these code-server writes its config and state into the home folder.
      env: { ...process.env, XDG_CONFIG_HOME: path.join(d, 'xdg-config'), XDG_DATA_HOME: path.join(d, 'xdg-data'), XDG_CACHE_HOME: path.join(d, 'xdg-cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  let exited = false;
  running.add(child);
  child.on('exit', () => {
    exited = true;
    running.delete(child);
  });

  const url = `http://${authority}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      kill(child);
      throw new Error(`code-server did not answer /healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    authority,
    log: () => output,
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((r) => child.once('exit', () => r()));
      kill(child);
      await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
      if (!exited) kill(child, 'SIGKILL');
    },
  };
}

/** code-server forks its extension host and our language server: end the whole process group. */
function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
