"""User views. The quick-fix test fixes the `<>` below."""


def profile(user, other):
    if user.name <> other.name:
        return 'different'
    return 'same'
