from __future__ import print_function
# Python 2's aliases email.MIMEText, email.Utils, ... name the same modules as email.mime.text, email.utils.
import email
import email.Utils
from email.MIMEText import MIMEText
from email.MIMEMultipart import MIMEMultipart
from email import Encoders

m = MIMEText('hello')
print(m['Content-Type'], m['Content-Transfer-Encoding'], m.get_payload())
print(email.Utils.formataddr(('Ann', 'ann@example.org')))
print(email.Utils.parseaddr('Bob <bob@example.org>'))
print(email.Header.Header('subject').encode())
outer = MIMEMultipart()
outer.attach(m)
print(outer.get_content_type(), len(outer.get_payload()))
print(Encoders.encode_7or8bit.__name__)
