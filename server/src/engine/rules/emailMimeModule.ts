import type { Rule } from '../types';
import { checkModuleImport, checkModuleUse, importedModuleNodes, moduleUseIdentifiers } from './moduleImports';

export const emailMimeModule: Rule = {
  id: 'email-mime-module',
  category: 'imports',
  severity: 'error',
  summary: 'Python 2 names of `email` modules (`email.MIMEText`, `email.Utils`) are gone in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: "Flags the Python 2 aliases of the `email` package's modules: `email.MIMEText`, `email.MIMEMultipart`, `email.MIMEBase`, `email.MIMEImage`, `email.MIMENonMultipart`, `email.MIMEAudio`, `email.MIMEMessage`, and `email.Utils`, `email.Header`, `email.Encoders`, ... in imports and in uses after `import email`.",
    whyItBreaks: 'Python 2.5 renamed these modules (`email.mime.text`, `email.utils`, ...) and kept the old names as lazy aliases; Python 3 dropped the aliases, so the old names raise ImportError or AttributeError.',
    example: 'from email.MIMEText import MIMEText\nimport email.Utils',
    useInstead: 'from email.mime.text import MIMEText\nimport email.utils',
    fixSafety: 'Safe: the new names are the same modules on Python 2.5+ and 3, so the compat target uses them too.',
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    for (const node of importedModuleNodes(keyword, ctx.file)) checkModuleImport(node, ctx, 'email-mime-module');
  },
  identifiers: moduleUseIdentifiers('email-mime-module'),
  onIdentifier(identifier, ctx) {
    checkModuleUse(identifier, ctx, 'email-mime-module');
  },
};
