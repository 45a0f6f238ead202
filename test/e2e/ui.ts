export async function runUiChecks(_dir: string, _workspace: string): Promise<number> {
  return 0;
}
