"""Which addresses a crawl may connect to: public ones only, unless a source sets ``allow_private = true``.

A feed entry, a link or a redirect can point at ``http://127.0.0.1:6379/``, ``http://169.254.169.254/`` (cloud
metadata) or an intranet host; fetching and storing it would carry internal data into a shared dataset. The
host is resolved and every address checked before a request; the connection itself is checked again (the
peer address of the socket), so a name that resolves differently the second time gains nothing."""

from __future__ import annotations

import ipaddress
import socket


class ForbiddenAddress(Exception):
    """The URL's host is (or resolves to) a non-public address."""


def is_public(address: str) -> bool:
    """Whether ``address`` is a globally routable unicast address (not loopback, private, link-local...)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_peer(address: str) -> None:
    if not is_public(address):
        raise ForbiddenAddress(f"refused: {address} is not a public address (a source may set allow_private = true)")


def check_host(host: str, port: int) -> None:
    """Raise :class:`ForbiddenAddress` unless every address ``host`` resolves to is public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return  # unresolvable: the request fails with its own connection error
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            raise ForbiddenAddress(f"refused: {host} resolves to {address}, not a public address "
                                   "(a source may set allow_private = true)")
