# diff: unsafe
# A class attribute named like a Python 3 keyword, set through the class namespace.
class DocumentLS:
    async = False
    def _get_async(self):
        return getattr(self, 'async')

print DocumentLS().async, DocumentLS()._get_async()
