// C5 email-mime-module: Python 2's lazy email aliases (email.MIMEText, email.Utils, ...).
import { ruleTester } from '../ruleTester';

ruleTester('email-mime-module', {
  valid: [
    'from email.mime.text import MIMEText\n',
    'import email.utils\nd = email.utils.formatdate()\n',
    'import email\nm = email.message_from_string(s)\n',
    'from email import encoders, utils\n',
    'from six.moves import email_mime_text\n',
  ],
  invalid: [
    {
      code: 'from email.MIMEText import MIMEText\n', count: 1,
      output: { py3: 'from email.mime.text import MIMEText\n', compat: 'from email.mime.text import MIMEText\n' },
    },
    {
      code: 'import email.MIMEMultipart\nm = email.MIMEMultipart.MIMEMultipart()\n', count: 1,
      output: { py3: 'import email.mime.multipart\nm = email.mime.multipart.MIMEMultipart()\n', compat: 'import email.mime.multipart\nm = email.mime.multipart.MIMEMultipart()\n' },
    },
    {
      name: 'uses after a plain `import email`',
      code: 'import email\nd = email.Utils.formatdate(0)\n', count: 1,
      output: { py3: 'import email\nimport email.utils\nd = email.utils.formatdate(0)\n' },
    },
    {
      code: 'from email import MIMEText, encoders\n', count: 1,
      output: { py3: 'from email import encoders\nfrom email.mime import text as MIMEText\n' },
    },
    {
      code: 'import email.Header as H\n',
      output: { py3: 'import email.header as H\n', compat: 'import email.header as H\n' },
    },
  ],
});
