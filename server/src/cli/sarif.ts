// `check --format sarif`: SARIF 2.1.0, the format GitHub code scanning and other CI dashboards
// read. Locations are relative to %SRCROOT% (the folder check ran in), so the log is the same on
// every machine; regions are 1-based with UTF-16 columns, as the CLI counts them.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Rule, RuleSet, Severity } from '../engine';
import { fingerprintOf, type CheckedFinding } from './checkFile';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export interface SarifRunInfo {
  version: string;
  /** Absolute folder the artifact URIs are relative to (the working folder). */
  srcRoot: string;
  /** Where rule pages live: `<docsBase><rule-id>.md`; an absolute URL ending in '/'. */
  docsBase: string;
  /** Files that could not be checked, as tool notifications. */
  problems: { display: string; fsPath?: string; message: string }[];
  /** A baseline was given: each result is new relative to it. */
  baseline: boolean;
}

export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The bundled rule pages (docs/rules beside dist/), as a file URL; --docs-base-url replaces it. */
export function bundledDocsBase(): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules') + path.sep).href;
}

export function artifactLocation(display: string, fsPath: string | undefined, srcRoot: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(fsPath ?? display);
  const relative = path.relative(srcRoot, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(absolute).href };
}

function rule(r: Rule, docsBase: string): Sarif.ReportingDescriptor {
  return {
    id: r.id,
    shortDescription: { text: r.summary },
    fullDescription: { text: `${r.docs.whatItDoes} ${r.docs.whyItBreaks}`.trim() },
    helpUri: `${docsBase}${encodeURIComponent(r.id)}.md`,
    defaultConfiguration: { level: sarifLevel(r.severity), enabled: r.defaultEnabled !== false },
    properties: { category: r.category, fixability: { py3: r.fixability.py3, compat: r.fixability.compat } },
  };
}

export function sarifLog(rules: RuleSet, findings: readonly (CheckedFinding & { fsPath?: string })[], info: SarifRunInfo): Sarif.Log {
  const descriptors = rules.rules.map((r) => rule(r, info.docsBase));
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: Sarif.Result[] = findings.map((f) => {
    const result: Sarif.Result = {
      ruleId: f.rule,
      ruleIndex: indexOf.get(f.rule) ?? -1,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{
        physicalLocation: {
          artifactLocation: artifactLocation(f.path, f.fsPath, info.srcRoot),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      }],
      partialFingerprints: { 'py3migrate/v1': fingerprintOf(f) },
      ...(f.fixEdits && f.fix ? {
        fixes: [{
          description: { text: f.fix.title },
          artifactChanges: [{
            artifactLocation: artifactLocation(f.path, f.fsPath, info.srcRoot),
            replacements: f.fixEdits.map((e) => ({
              deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
              ...(e.text ? { insertedContent: { text: e.text } } : {}),
            })),
          }],
        }],
      } : {}),
      properties: { fixable: f.fixable, ...(f.fix ? { fix: f.fix } : {}) },
    };
    if (info.baseline) result.baselineState = 'new';
    return result;
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'py3migrate',
          version: info.version,
          semanticVersion: info.version,
          informationUri: `${info.docsBase}README.md`,
          rules: descriptors,
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(info.srcRoot + path.sep).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      invocations: [{
        executionSuccessful: info.problems.length === 0,
        toolExecutionNotifications: info.problems.map((p) => ({
          level: 'error',
          message: { text: p.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(p.display, p.fsPath, info.srcRoot) } }],
        })),
      }],
      results,
    }],
  };
}
