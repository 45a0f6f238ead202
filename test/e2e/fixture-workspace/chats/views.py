"""Chat views. The fix-all test applies every safe fix here."""


def list_rooms(rooms):
    for name, room in rooms.iteritems():
        print name, room
    for i in xrange(3):
        print i
