"""Allocates memory without end: the memory limit must stop it."""

hoard = []
while True:
    hoard.append(bytearray(16 * 2**20))
