# Old email module names (email.MIMEMultipart, email.MIMEText, email.Utils).
from email.MIMEMultipart import MIMEMultipart
from email.MIMEText import MIMEText
from email import Utils
msg = MIMEMultipart()
msg.attach(MIMEText('body'))
print msg.get_content_type(), len(msg.get_payload())
print Utils.parseaddr('Ann <ann@example.org>')
