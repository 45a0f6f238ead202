#!/usr/bin/env python
"""A Django-style entry point (Python 2)."""
import sys

if __name__ == '__main__':
    print "usage: manage.py <command>"
    sys.exit(0)
