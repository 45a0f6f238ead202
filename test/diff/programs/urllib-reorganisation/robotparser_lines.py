from __future__ import print_function
# robotparser -> urllib.robotparser, fed lines instead of a URL.
import robotparser

rp = robotparser.RobotFileParser()
rp.parse(['User-agent: *', 'Disallow: /private', '', 'User-agent: bot', 'Disallow: /'])
print(rp.can_fetch('*', 'http://h/public'), rp.can_fetch('*', 'http://h/private/x'))
print(rp.can_fetch('bot', 'http://h/public'))
