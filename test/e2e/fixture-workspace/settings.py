"""Django-style settings. The fix-on-save test saves this file."""
import os

DEBUG = os.environ.has_key('DEBUG')
INSTALLED_APPS = ['user', 'chats']
for app in INSTALLED_APPS:
    print app
