// Document URIs to file paths. Only `file:` URIs name something on disk; an untitled buffer or a
// remote scheme has no path, and the features that look at the disk skip it.

import { fileURLToPath } from 'node:url';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
