// `check --format github`: GitHub Actions workflow commands, one per finding, which the runner
// turns into annotations on the pull request's diff.
//   ::error file=a.py,line=1,col=6,endLine=1,endColumn=8,title=py3migrate (old-ne-operator)::message

import * as path from 'node:path';
import type { CliFinding } from './analysis';

/** The message part: % and line breaks would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: additionally ',' (separates properties) and ':' (ends them at '::'). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub resolves annotation paths against the repository root, where the workflow runs: relative, with '/'. */
export function githubPath(display: string, fsPath: string | undefined, cwd: string): string {
  const absolute = path.resolve(fsPath ?? display);
  const relative = path.relative(cwd, absolute);
  const name = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
  return name.split(path.sep).join('/');
}

export function formatGithub(f: CliFinding, file: string): string {
  const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const props = [
    `file=${escapeProperty(file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`py3migrate (${f.rule})`)}`,
  ].join(',');
  return `::${command} ${props}::${escapeData(`${f.message}${f.fix?.safety === 'safe' ? ' [fixable]' : ''}`)}`;
}
