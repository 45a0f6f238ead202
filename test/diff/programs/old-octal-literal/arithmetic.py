# Octal literals inside expressions, calls, defaults and containers.
def perms(m=0600):
    return m & 0777

print(perms())
print(perms(0o1755))
print(dict(a=012, b=0x12, c=12)['a'])
print(sum([01, 02, 04]) * 010)
print(00 == 0 and 0000 == 0)
print(int('0755', 8) == 0755)
