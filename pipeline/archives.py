"""Compressed and archived input: gzip read whole and bounded, other compressors and archives recognised.

A gzip file may hold several members (``cat a.gz b.gz``): all are read. A gzip file that ends before its
last member does is truncated: a failure, never a silently shorter document. bzip2, xz, zstd and tar data
are named and refused (a press release is one text or HTML file), not decoded as if they were text."""

from __future__ import annotations

import re
import zlib

from pipeline import config
from pipeline.errors import LimitExceeded, LoadError

_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
MAGIC = {  # leading bytes -> what the data is
    b"\xfd7zXZ\x00": "an xz-compressed file", b"\x28\xb5\x2f\xfd": "a zstd-compressed file",
    b"\x1f\x9d": "a compress (.Z) file", b"\x04\x22\x4d\x18": "an lz4-compressed file",
}
TAR_MAGIC_OFFSET = 257  # POSIX ustar and GNU tar headers carry "ustar" here


def archive_kind(data: bytes) -> str | None:
    """What compressed or archive format ``data`` is in (other than gzip, which is read), or None."""
    if _BZIP2.match(data[:10]):
        return "a bzip2-compressed file"
    if data[TAR_MAGIC_OFFSET:TAR_MAGIC_OFFSET + 5] == b"ustar":
        return "a tar archive"
    return next((what for magic, what in MAGIC.items() if data.startswith(magic)), None)


def gunzip_limited(data: bytes, limit: int = config.MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress every member of gzip data, refusing more than ``limit`` bytes (gzip bombs) and truncated
    data (:class:`LoadError`)."""
    out: list[bytes] = []
    size, rest = 0, data
    while rest:
        decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            chunk = decomp.decompress(rest, limit - size + 1)
        except zlib.error as exc:
            if out and not rest.strip(b"\x00"):
                break
            raise LoadError(f"not a valid gzip file: {exc}") from exc
        size += len(chunk)
        out.append(chunk)
        if size > limit or decomp.unconsumed_tail:
            raise LimitExceeded(f"decompressed size exceeds the limit of {limit:,} bytes (MAX_DECOMPRESSED_BYTES)")
        if not decomp.eof:
            raise LoadError("truncated gzip file: the data ends before the compressed stream does")
        rest = decomp.unused_data
        if rest and not rest.startswith(b"\x1f\x8b"):
            if rest.strip(b"\x00"):  # padding of zeros after the last member is allowed
                raise LoadError("gzip file with trailing data that is not gzip")
            break
    return b"".join(out)
