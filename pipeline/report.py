"""``stats``: counts per language, entity label and month of publication."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from pipeline.store import amounts, dates, documents, entities, events, failures, mentions, roles, runs


def stats(engine: Engine) -> str:
    """A plain-text summary of the dataset."""
    lines = []
    with engine.connect() as conn:
        def count(table: object) -> int:
            return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)  # type: ignore[arg-type]

        lines.append(f"documents {count(documents)}, entities {count(entities)}, mentions {count(mentions)}, "
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
