// Diagnostics for dependency files open in the editor (requirements*.txt, setup.cfg, Pipfile,
// pyproject.toml): the same findings as `py3migrate requirements`, underlining the package name.
// These files are not Python, so they skip the analysis pipeline and keep their own text here.
// (setup.py is Python and gets the Python rules; its install_requires is checked by the CLI.)

import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkRequirementsText, type RequirementFinding } from '../requirements/check';
import { requirementsFileKind, type RequirementsFileKind } from '../requirements/parse';
import { uriToPath } from './uris';

const SEVERITY: Record<RequirementFinding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

export class RequirementsDocuments {
  private readonly open = new Map<string, { document: TextDocument; kind: RequirementsFileKind }>();

  constructor(private readonly connection: Connection) {}

  /** Takes the document if it is a dependency file (and publishes its diagnostics); false otherwise. */
  didOpen(item: { uri: string; languageId: string; version: number; text: string }): boolean {
    const kind = kindOf(item.uri);
    if (!kind || kind === 'setup.py') return false;
    const document = TextDocument.create(item.uri, item.languageId, item.version, item.text);
    this.open.set(item.uri, { document, kind });
    this.publish(item.uri);
    return true;
  }

  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const entry = this.open.get(uri);
    if (!entry) return false;
    entry.document = TextDocument.update(entry.document, changes, version);
    this.publish(uri);
    return true;
  }

  didClose(uri: string): boolean {
    if (!this.open.delete(uri)) return false;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    return true;
  }

  private publish(uri: string): void {
    const entry = this.open.get(uri);
    if (!entry) return;
    const { document, kind } = entry;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = checkRequirementsText(kind, document.getText()).findings.map((finding) => toDiagnostic(document, finding));
    } catch (error) {
      this.connection.console.error(`py3migrate: checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      diagnostics = [];
    }
    void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }
}

function kindOf(uri: string): RequirementsFileKind | undefined {
  const fsPath = uriToPath(uri);
  return fsPath === undefined ? undefined : requirementsFileKind(fsPath);
}

export function toDiagnostic(document: TextDocument, finding: RequirementFinding): Diagnostic {
  const sourceUrl = /^https?:\/\/\S+/.exec(finding.source)?.[0];
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.id,
    ...(sourceUrl ? { codeDescription: { href: sourceUrl } } : {}),
    source: 'py3migrate',
    message: `${finding.message}\nInstead: ${finding.suggestion}\nSource: ${finding.source}`,
  };
}
