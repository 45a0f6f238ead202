// package.json's contributes.configuration (the editor settings) and server/src/config/schema.ts
// (the one list of keys, also those of [tool.py3migrate]) must agree: same keys, types, enums,
// defaults. A new setting goes into schema.ts first; editor-only ones there have no `toml`.

import assert from 'node:assert/strict';
import { CONFIG_KEYS, settingToToml } from '../../../server/src/config/schema';

interface PropertySchema {
  type?: string;
  enum?: string[];
  default?: unknown;
  minimum?: number;
  items?: { type?: string };
  additionalProperties?: { type?: string; enum?: string[] };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifest = require('../../../package.json') as { contributes: { configuration: { properties: Record<string, PropertySchema> } | { properties: Record<string, PropertySchema> }[] } };

function properties(): Record<string, PropertySchema> {
  const configuration = manifest.contributes.configuration;
  // VS Code accepts one configuration object or an array of them (sections).
  const sections = Array.isArray(configuration) ? configuration : [configuration];
  return Object.assign({}, ...sections.map((s) => s.properties)) as Record<string, PropertySchema>;
}

describe('config schema and package.json agree', () => {
  const props = properties();
  const editorKeys = CONFIG_KEYS.filter((k) => k.setting !== undefined);

  it('has the same setting names', () => {
    const inManifest = Object.keys(props).filter((k) => k.startsWith('py3migrate.')).map((k) => k.slice('py3migrate.'.length)).sort();
    const inSchema = editorKeys.map((k) => k.setting!).sort();
    const missingInSchema = inManifest.filter((k) => !inSchema.includes(k));
    const missingInManifest = inSchema.filter((k) => !inManifest.includes(k));
    assert.deepEqual(missingInSchema, [], `package.json has settings server/src/config/schema.ts does not list (add them to CONFIG_KEYS, without \`toml\` if editor-only): ${missingInSchema.join(', ')}`);
    assert.deepEqual(missingInManifest, [], `schema.ts lists settings package.json does not contribute: ${missingInManifest.join(', ')}`);
  });

  for (const key of editorKeys) {
    it(`py3migrate.${key.setting}: type, enum, default${key.toml ? ` and the TOML name ${key.toml}` : ''}`, () => {
      const prop = props[`py3migrate.${key.setting}`];
      assert.ok(prop, `package.json has no py3migrate.${key.setting}`);
      assert.equal(prop.type, key.type, 'type');
      assert.deepEqual(prop.default, key.default, 'default');
      if (key.type === 'object') {
        assert.deepEqual(prop.additionalProperties?.enum, key.enum ? [...key.enum] : undefined, 'enum of the values');
      } else {
        assert.deepEqual(prop.enum, key.enum ? [...key.enum] : undefined, 'enum');
      }
      if (key.type === 'array') assert.equal(prop.items?.type, key.items, 'item type');
      assert.equal(prop.minimum, key.minimum, 'minimum');
      if (key.toml) assert.equal(key.toml, settingToToml(key.setting!), 'TOML key = kebab-case of the setting name, dots as dashes');
    });
  }

  it('every project-file-only key is kebab-case and unique', () => {
    const tomlKeys = CONFIG_KEYS.flatMap((k) => (k.toml ? [k.toml] : []));
    assert.equal(new Set(tomlKeys).size, tomlKeys.length);
    for (const k of tomlKeys) assert.match(k, /^[a-z]+(-[a-z]+)*$/);
  });
});
