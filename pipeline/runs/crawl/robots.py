"""robots.txt as RFC 9309 says (https://www.rfc-editor.org/rfc/rfc9309):

- the group of the most specific matching user-agent (product token, case-insensitive), else the ``*`` group;
  groups naming the same agent are merged;
- the longest matching rule wins, ``allow`` on a tie; ``*`` matches any characters, ``$`` ends the path;
- status: 2xx the rules; 4xx (robots.txt absent or forbidden) allow everything; 5xx, a timeout or no
  connection disallow everything (the site may be overloaded);
- ``Crawl-delay`` (not in the RFC, widely used) is read per group; the crawler takes it as a minimum.

Only the first 500 KiB are parsed (the RFC's minimum)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

MAX_ROBOTS_BYTES = 500 * 1024


@dataclass(frozen=True)
class Rule:
    allow: bool
    path: str  # normalised pattern
    regex: re.Pattern[str]


@dataclass
class Group:
    agents: list[str] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    crawl_delay: float | None = None


def _normalise(path: str) -> str:
    """Percent-encoding made canonical, so that /a%2db and /a-b compare equal (RFC 9309 2.2.2)."""
    return quote(unquote(path), safe="/*$?=&;:@!,'()+~%")


def _pattern(path: str) -> re.Pattern[str]:
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    regex = ".*".join(re.escape(part) for part in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""))


@dataclass
class Robots:
    """Parsed rules of one host; ``allow_all``/``disallow_all`` stand for the status rules."""

    groups: list[Group] = field(default_factory=list)
    disallow_all: bool = False

    @classmethod
    def from_response(cls, status: int | None, body: bytes) -> Robots:
        if status is None or status >= 500:
            return cls(disallow_all=True)
        if 400 <= status < 500:
            return cls()
        return cls.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace"))

    @classmethod
    def parse(cls, text: str) -> Robots:
        groups: list[Group] = []
        current: Group | None = None
        in_agents = False
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            if key == "user-agent":
                if current is None or not in_agents:
                    current = Group()
                    groups.append(current)
                current.agents.append(value.lower())
                in_agents = True
                continue
            in_agents = False
            if current is None:
                continue  # rules before any user-agent line belong to no group
            if key in ("allow", "disallow"):
                if not value:
                    continue  # "Disallow:" with nothing allows all; adds no rule
                path = _normalise(value if value.startswith(("/", "*")) else "/" + value)
                current.rules.append(Rule(key == "allow", path, _pattern(path)))
            elif key == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    continue
                if delay == delay and delay >= 0:  # not NaN
                    current.crawl_delay = delay
        return cls(groups)

    def _groups_for(self, agent: str) -> list[Group]:
        token = re.split(r"[/\s]", agent.strip(), maxsplit=1)[0].lower()
        named = [g for g in self.groups if token in g.agents]
        return named or [g for g in self.groups if "*" in g.agents]

    def allowed(self, agent: str, url: str) -> bool:
        if self.disallow_all:
            return False
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return True
        target = _normalise(parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        best: Rule | None = None
        for group in self._groups_for(agent):
            for rule in group.rules:
                if rule.regex.match(target) and (best is None or len(rule.path) > len(best.path)
                                                 or (len(rule.path) == len(best.path) and rule.allow)):
                    best = rule
        return best is None or best.allow

    def crawl_delay(self, agent: str) -> float | None:
        delays = [g.crawl_delay for g in self._groups_for(agent) if g.crawl_delay is not None]
        return max(delays) if delays else None
