"""Runs the example: python2.7 main.py"""
from legacy_app import Inventory, render_report
from legacy_app.report import describe

inventory = Inventory()
inventory.add('apples', 12, 45)
inventory.add('pears', 3, 80L)
inventory.add('plums', 40, 25)
inventory.take('apples', 2)
render_report(inventory)
for value in ['fresh', 7, 3.5]:
    print describe(value)
