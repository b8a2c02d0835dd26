"""Writes a 100 MB file: the file-size limit must stop it."""

with open("big.bin", "wb") as out:
    for _ in range(100):
        out.write(b"z" * 2**20)
