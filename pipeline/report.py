"""``stats``: counts per language, entity label and month of publication; ``report``: the same and more as
one self-contained HTML page of charts (inline SVG and CSS: it opens offline and loads nothing)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from pipeline import __version__, charts, config
from pipeline.errors import UsageError
from pipeline.store import (
    amounts,
    dates,
    document_sources,
    documents,
    entities,
    events,
    failures,
    mentions,
    roles,
    runs,
)


def stats(engine: Engine) -> str:
    """A plain-text summary of the dataset."""
    lines = []
    with engine.connect() as conn:
        def count(table: object) -> int:
            return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)  # type: ignore[arg-type]

        lines.append(f"documents {count(documents)} (distinct releases; {count(document_sources)} origins)")
        lines.append(f"entities {count(entities)}, mentions {count(mentions)}, "
                     f"dates {count(dates)}, amounts {count(amounts)}, roles {count(roles)}, "
                     f"failures {count(failures)}, runs {count(runs)}")
        lines.append("\ndocuments per language:")
        for lang, n in conn.execute(select(documents.c.language, func.count()).group_by(documents.c.language)
                                    .order_by(func.count().desc())):
            lines.append(f"  {lang or '?':<6} {n}")
        lines.append("\nmentions per label (distinct entities):")
        for label, n, distinct in conn.execute(
                select(mentions.c.label, func.count(), func.count(func.distinct(mentions.c.entity_id)))
                .group_by(mentions.c.label).order_by(mentions.c.label)):
            lines.append(f"  {label:<7} {n} ({distinct})")
        releases = conn.execute(select(func.count(func.distinct(func.coalesce(documents.c.family_id,
                                                                               documents.c.id))))).scalar()
        lines.append(f"\nreleases {releases or 0} (language versions of one release counted once), "
                     f"events {count(events)}")
        year = func.substr(documents.c.published, 1, 4)
        lines.append("\nevents per type and year published:")
        for kind, value, n in conn.execute(select(events.c.type, year, func.count())
                                           .join(documents, documents.c.id == events.c.document_id)
                                           .group_by(events.c.type, year).order_by(events.c.type, year)):
            lines.append(f"  {kind:<10} {value or 'unknown':<8} {n}")
        month = func.substr(documents.c.published, 1, 7)
        lines.append("\ndocuments per month published:")
        for value, n in conn.execute(select(month, func.count()).group_by(month).order_by(month)):
            lines.append(f"  {value or 'unknown':<8} {n}")
    return "\n".join(lines)


MONTHS = """SELECT substr(published, 1, 7) AS month, coalesce(language, '?') AS language, count(*) AS releases
FROM documents WHERE length(published) >= 7 GROUP BY 1, 2 ORDER BY 1"""
ENTITIES = """SELECT coalesce(language, '?') AS language, label, entity, count(DISTINCT document_id) AS releases,
  count(*) AS mentions FROM mentions_full WHERE entity IS NOT NULL GROUP BY 1, 2, 3"""
MONEY = """SELECT currency, year, count(*) AS amounts, sum(CAST(value AS FLOAT)) AS total
FROM amounts_full GROUP BY currency, year ORDER BY currency, year"""
ROLES = """SELECT coalesce(person_entity, person) AS person, role, published, since, until FROM roles_full"""
COVERAGE = """SELECT coalesce(d.language, '?') AS language,
  (SELECT count(*) FROM dates AS x WHERE x.document_id = d.id) > 0 AS dated,
  (SELECT count(*) FROM amounts AS x WHERE x.document_id = d.id) > 0 AS with_amount,
  (SELECT count(*) FROM roles AS x WHERE x.document_id = d.id) > 0 AS with_role,
  (SELECT count(*) FROM mentions AS x WHERE x.document_id = d.id) > 0 AS with_entity
FROM documents AS d"""
FAILURES = "SELECT stage, count(*) AS failures FROM failures GROUP BY stage ORDER BY failures DESC, stage"
MEASURES = {"dated": "date", "with_amount": "amount", "with_role": "role", "with_entity": "entity"}

STYLE = """body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:60em;
padding:0 1em;color:#222}h1{font-size:1.6em}figure{margin:2em 0;border-top:1px solid #ddd;padding-top:1em}
figure svg{width:100%;height:auto}figcaption{color:#555;font-size:.9em}table{border-collapse:collapse}
td,th{padding:.2em .8em;text-align:right;border-bottom:1px solid #eee}th:first-child,td:first-child{text-align:left}"""


def _frame(conn: Connection, sql: str) -> pd.DataFrame:
    return pd.read_sql(text(sql), conn)


def _day(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values.str.slice(0, 10), format="mixed", errors="coerce")


def _coverage(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(columns=["language", "measure", "share"])
    rows = []
    for language, part in [("all", frame), *sorted(frame.groupby("language"))]:
        for column, measure in MEASURES.items():
            rows.append({"language": language, "measure": measure, "share": part[column].astype(bool).mean()})
    return pd.DataFrame(rows)


def _figure_html(key: str, title: str, svg: str, caption: str) -> str:
    return (f'<figure class="chart" id="{key}">\n<h2>{html.escape(title)}</h2>\n{svg}\n'
            f"<figcaption>{html.escape(caption)}</figcaption>\n</figure>")


def build_charts(conn: Connection) -> list[tuple[str, str, str, str]]:
    """(id, heading, svg, caption) of every chart, from the dataset's tables and views."""
    months = _frame(conn, MONTHS)
    undated = conn.execute(text("SELECT count(*) FROM documents WHERE published IS NULL OR length(published) < 7"))
    ents = _frame(conn, ENTITIES)
    money = _frame(conn, MONEY)
    role_rows = _frame(conn, ROLES)
    role_rows = role_rows.assign(when=_day(role_rows["since"]).fillna(_day(role_rows["published"])),
                                 since=_day(role_rows["since"]), until=_day(role_rows["until"]))
    cover = _coverage(_frame(conn, COVERAGE))
    fails = _frame(conn, FAILURES)
    top = config.REPORT_TOP
    return [
        ("months", "Releases per month", charts.releases_per_month(months),
         f"Releases by month of publication and language; {undated.scalar()} releases without a month are left out."),
        ("organisations", "Top organisations", charts.top_entities(ents, "ORG", "organisations", top),
         f"The {top} organisations named in most releases, per language (canonical entities)."),
        ("persons", "Top persons", charts.top_entities(ents, "PERSON", "persons", top),
         f"The {top} persons named in most releases, per language."),
        ("places", "Top places", charts.top_entities(ents, "LOC", "places", top),
         f"The {top} places named in most releases, per language."),
        ("money", "Money", charts.money(money),
         "Amounts per currency and year of the release: how many, and their sum (both ends of a range count)."),
        ("roles", "Roles timeline", charts.roles_timeline(role_rows, config.REPORT_ROLE_PEOPLE),
         f"The {config.REPORT_ROLE_PEOPLE} person-role pairs stated most often, dated by the release "
         f"(or the 'since' the text gives); {int(role_rows['when'].isna().sum())} undated statements left out."),
        ("coverage", "Extraction coverage", charts.coverage(cover),
         "Share of releases with at least one date, money amount, role and entity mention, per language."),
        ("failures", "Failures by stage", charts.failures(fails),
         "Documents recorded in the failures table, by the stage that refused them."),
    ]


def _summary(conn: Connection) -> str:
    counts = {name: conn.execute(select(func.count()).select_from(table)).scalar() for name, table in
              (("releases", documents), ("entities", entities), ("mentions", mentions), ("dates", dates),
               ("amounts", amounts), ("roles", roles), ("failures", failures), ("runs", runs))}
    cells = "".join(f"<tr><td>{name}</td><td>{n}</td></tr>" for name, n in counts.items())
    return f"<table><tr><th>rows</th><th>count</th></tr>{cells}</table>"


def write_report(engine: Engine, out: Path) -> int:
    """Write the HTML report to ``out``; returns the number of charts."""
    try:
        with engine.connect() as conn:
            figures = build_charts(conn)
            summary = _summary(conn)
    except SQLAlchemyError as exc:  # a dataset made before the views, opened read-only
        raise UsageError(f"cannot read the dataset for the report: {exc}") from exc
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    url = engine.url
    database = html.escape(url.database if url.get_backend_name() == "sqlite" and url.database else
                           url.render_as_string(hide_password=True))
    body = "\n".join(_figure_html(*figure) for figure in figures)
    page = (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Press-release dataset report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"<h1>Press-release dataset report</h1>\n<p>{database}, {when}, press-pipeline {__version__}.</p>\n"
            f"{summary}\n{body}\n</body>\n</html>\n")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the report {out}: {exc.strerror}") from exc
    return len(figures)
