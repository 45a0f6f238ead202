"""Chat rooms. The ignore-comment test silences the `<>` below."""


class Room(object):
    def __init__(self, title):
        self.title = title

    def same(self, other):
        return self.title <> other.title
