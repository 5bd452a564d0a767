"""``stats``: counts per language, entity label and month of publication."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from pipeline.store import amounts, dates, document_sources, documents, entities, failures, mentions, roles, runs


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
        month = func.substr(documents.c.published, 1, 7)
        lines.append("\ndocuments per month published:")
        for value, n in conn.execute(select(month, func.count()).group_by(month).order_by(month)):
            lines.append(f"  {value or 'unknown':<8} {n}")
    return "\n".join(lines)
