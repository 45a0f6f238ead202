# Deleting and adding keys while looping over keys()/items(): a list copy in Python 2.
inventory = {'apple': 0, 'pear': 4, 'fig': 0, 'kiwi': 2}
for name in inventory.keys():
    if inventory[name] == 0:
        del inventory[name]
print sorted(inventory.items())
for name, count in inventory.items():
    inventory[name.upper()] = count * 10
print sorted(inventory.keys())
