"""A small Python 2 inventory tool: the kind of code py3migrate is for."""
from inventory import Inventory
from report import render_report

__all__ = ['Inventory', 'render_report']
VERSION = (1, 4, 0L)
