# diff: differs
# Reading an INI text with ConfigParser and StringIO, urllib quoting, sorted sections.
import ConfigParser
import StringIO
import urllib

INI = """[server]
host = example.org
port = 8080

[paths]
root = /var/www
"""
cp = ConfigParser.RawConfigParser()
cp.readfp(StringIO.StringIO(INI))
for section in sorted(cp.sections()):
    print section, sorted(cp.items(section))
port = cp.getint('server', 'port')
print port / 1000, port % 1000
print urllib.quote('/a path/with spaces'), urllib.urlencode([('q', 'x y'), ('n', 1)])
