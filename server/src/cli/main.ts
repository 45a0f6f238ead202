// The py3migrate command line: a thin adapter from argv, files and exit codes to the engine.

import { loadRules } from '../engine';
import { version } from '../../../package.json';
import { UsageError } from './args';
import { runCheck } from './check';
import { processConsole, type Console } from './console';
import { runFix } from './fix';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { runReport } from './report';
import { runRequirements } from './requirementsCommand';
import { runRules } from './rulesCommand';

const COMMANDS = ['check', 'fix', 'report', 'requirements', 'rules'] as const;

export async function main(argv: readonly string[], out: Console = processConsole()): Promise<number> {
  try {
    if (argv.length === 0) {
      out.info(MAIN_HELP);
      return 2;
    }
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-V') {
      out.stdout(`py3migrate ${version}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h') {
      out.stdout(MAIN_HELP);
      return 0;
    }
    if (command === 'help') {
      if (rest.length === 0) {
        out.stdout(MAIN_HELP);
        return 0;
      }
      const text = COMMAND_HELP[rest[0]];
      if (!text) throw new UsageError(`no help for '${rest[0]}': commands are ${COMMANDS.join(', ')}`);
      out.stdout(text);
      return 0;
    }
    if (command.startsWith('-')) throw new UsageError(`unknown option '${command}' (options go after the command: py3migrate check ${command} ...)`);
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(`unknown command '${command}': commands are ${COMMANDS.join(', ')}, help`);
    }
    const beforeDashDash = rest.indexOf('--') < 0 ? rest : rest.slice(0, rest.indexOf('--'));
    if (beforeDashDash.includes('--help') || beforeDashDash.includes('-h')) {
      out.stdout(COMMAND_HELP[command]);
      return 0;
    }
    // Dependency files need no parser and no rules.
    if (command === 'requirements') return runRequirements(rest, out);
    const rules = await loadRules();
    switch (command) {
      case 'check':
        // awaited, so a usage error thrown inside the async check is caught below (exit 2)
        return await runCheck(rest, rules, out);
      case 'fix':
        return runFix(rest, rules, out);
      case 'report':
        return runReport(rest, rules, out);
      default:
        return runRules(rest, rules, out);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(error.message);
      out.info('Run `py3migrate --help` for usage.');
      return 2;
    }
    out.error(`internal error: ${(error as Error).stack ?? String(error)}`);
    return 2;
  }
}

// `py3migrate check | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Runs on load: bin/py3migrate.js only requires this bundle. The exit code is set, not forced,
// so Node flushes stdout (a pipe writes asynchronously) before it exits.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
