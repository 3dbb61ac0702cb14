#!/usr/bin/env python3
"""Writes textmend code-page tables for charsets the JDK lacks, from the system's iconv (glibc).

Usage: codepage_from_iconv.py ICONV-NAME textmend-name > table.txt
Each output line: byte (hex) TAB code point (hex), or only the byte when iconv leaves it undefined.
"""
import subprocess, sys

iconv_name, name = sys.argv[1], sys.argv[2]
print(f"# {name}: single-byte table generated from glibc iconv charset {iconv_name}")
for b in range(256):
    r = subprocess.run(["iconv", "-f", iconv_name, "-t", "UTF-32BE"], input=bytes([b]), capture_output=True)
    if r.returncode == 0 and len(r.stdout) == 4:
        print(f"{b:02X}\t{int.from_bytes(r.stdout, 'big'):04X}")
    else:
        print(f"{b:02X}")
