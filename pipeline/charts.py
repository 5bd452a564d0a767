"""The report's charts: matplotlib figures rendered as inline SVG (text as paths: no font, no network).

Each function takes a tidy DataFrame and returns the ``<svg>`` element as text. An empty frame gives a
chart that says so, so that a report always has all its charts."""

from __future__ import annotations

import io
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

WIDTH = 9.0  # inches; the SVG scales to the page width
LANGUAGE_ORDER = ("en", "nl", "fr", "de")
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")


def colour(language: str) -> str:
    """One colour per language in every chart (grey for 'all')."""
    if language == "all":
        return "#7f7f7f"
    if language in LANGUAGE_ORDER:
        return PALETTE[LANGUAGE_ORDER.index(language)]
    return PALETTE[len(LANGUAGE_ORDER) + sum(map(ord, language)) % 3]  # other languages: 3 more colours


def to_svg(fig: Figure, name: str) -> str:
    """The figure as an ``<svg>`` element; ids are salted with the chart's name so that several charts in one
    page never share one (matplotlib names its clip paths and glyphs by hash)."""
    buffer = io.StringIO()
    with mpl.rc_context({"svg.hashsalt": name, "svg.fonttype": "path"}):
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]  # drop the XML declaration and DOCTYPE: the element is inlined in HTML


def _figure(height: float, ncols: int = 1, nrows: int = 1, **kwargs: Any) -> tuple[Figure, Any]:
    fig = Figure(figsize=(WIDTH, height), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, **kwargs)
    return fig, axes


def _empty(name: str, title: str, message: str) -> str:
    fig, axes = _figure(1.6)
    ax = axes[0][0]
    ax.set_axis_off()
    ax.set_title(title, loc="left")
    ax.text(0.5, 0.4, message, ha="center", va="center", color="#555555", transform=ax.transAxes)
    return to_svg(fig, name)


def releases_per_month(frame: pd.DataFrame) -> str:
    """Stacked bars: releases per month of publication (columns month, language, releases)."""
    title = "Releases per month of publication, by language"
    if frame.empty:
        return _empty("months", title, "no release has a publication date")
    table = frame.pivot_table(index="month", columns="language", values="releases", aggfunc="sum", fill_value=0)
    months = pd.period_range(table.index.min(), table.index.max(), freq="M").strftime("%Y-%m")
    table = table.reindex(months, fill_value=0)
    fig, axes = _figure(3.4)
    ax = axes[0][0]
    bottom = np.zeros(len(table))
    for language in table.columns:
        ax.bar(range(len(table)), table[language], bottom=bottom, label=language, color=colour(language))
        bottom += table[language].to_numpy()
    step = max(1, len(table) // 18)
    ax.set_xticks(range(0, len(table), step), table.index[::step], rotation=60, ha="right", fontsize=8)
    ax.set_ylabel("releases")
    ax.set_title(title, loc="left")
    ax.legend(title="language", fontsize=8)
    ax.yaxis.get_major_locator().set_params(integer=True)
    return to_svg(fig, "months")


def top_entities(frame: pd.DataFrame, label: str, noun: str, top: int) -> str:
    """One panel per language: the entities of ``label`` mentioned in most releases (language, entity,
    releases, mentions)."""
    title = f"Top {noun} per language (releases that name them)"
    rows = frame[frame["label"] == label]
    if rows.empty:
        return _empty(f"top-{label}", title, f"no {noun} recognised")
    languages = sorted(rows["language"].dropna().unique())
    fig, axes = _figure(0.32 * top + 1.2, ncols=len(languages))
    for ax, language in zip(axes[0], languages, strict=True):
        part = rows[rows["language"] == language].nlargest(top, ["releases", "mentions"]).iloc[::-1]
        ax.barh([_short(n) for n in part["entity"]], part["releases"], color=colour(language))
        ax.set_title(language)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlabel("releases")
        ax.xaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(title, x=0.0, ha="left")
    return to_svg(fig, f"top-{label}")


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def money(frame: pd.DataFrame) -> str:
    """Two panels: number and sum of the amounts per currency and year (currency, year, amounts, total)."""
    title = "Money per currency and year"
    if frame.empty:
        return _empty("money", title, "no money amount found")
    frame = frame.assign(year=frame["year"].map(lambda y: "undated" if pd.isna(y) else str(int(y))))
    count = frame.pivot_table(index="year", columns="currency", values="amounts", aggfunc="sum", fill_value=0)
    total = frame.pivot_table(index="year", columns="currency", values="total", aggfunc="sum", fill_value=0)
    fig, axes = _figure(3.4, ncols=2)
    width = 0.8 / len(count.columns)
    for i, currency in enumerate(count.columns):
        x = np.arange(len(count)) + i * width
        axes[0][0].bar(x, count[currency], width, label=currency, color=PALETTE[i % len(PALETTE)])
        axes[0][1].bar(x, total[currency].clip(lower=1), width, label=currency, color=PALETTE[i % len(PALETTE)])
    for ax, what in zip(axes[0], ("number of amounts", "sum (log scale)"), strict=True):
        ax.set_xticks(np.arange(len(count)) + 0.4 - width / 2, count.index, rotation=45, ha="right")
        ax.set_title(what)
    axes[0][0].yaxis.get_major_locator().set_params(integer=True)
    axes[0][1].set_yscale("log")
    axes[0][0].legend(title="currency", fontsize=8)
    fig.suptitle(title, x=0.0, ha="left")
    return to_svg(fig, "money")


def roles_timeline(frame: pd.DataFrame, people: int) -> str:
    """Who held which role when: one line per person and role (person, role, when, since, until); a dot
    where a release states it, a bar from 'since' to 'until' where the text gives them."""
    title = "Roles over time (dot: a release states it; bar: the since/until the text gives)"
    dated = frame.dropna(subset=["when"])
    if dated.empty:
        return _empty("roles", title, "no dated role statement")
    dated = dated.assign(key=dated["person"] + " — " + dated["role"].str.slice(0, 30))
    keys = dated["key"].value_counts().head(people).index[::-1]
    fig, axes = _figure(0.3 * len(keys) + 1.3)
    ax = axes[0][0]
    for y, key in enumerate(keys):
        rows = dated[dated["key"] == key]
        ax.scatter(rows["when"], [y] * len(rows), s=18, color=PALETTE[0], zorder=3)
        spans = rows.dropna(subset=["since"])
        for _, row in spans.iterrows():
            end = row["until"] if pd.notna(row["until"]) else row["when"]
            ax.plot([row["since"], end], [y, y], color=PALETTE[1], linewidth=4, alpha=0.6)
    ax.set_yticks(range(len(keys)), [_short(k, 60) for k in keys], fontsize=8)
    ax.set_title(title, loc="left")
    ax.grid(axis="x", alpha=0.3)
    return to_svg(fig, "roles")


def coverage(frame: pd.DataFrame) -> str:
    """Grouped bars: share of releases with at least one date, amount, role, entity (language, measure, share)."""
    title = "Extraction coverage: share of releases with at least one …"
    if frame.empty:
        return _empty("coverage", title, "no releases")
    table = frame.pivot_table(index="measure", columns="language", values="share", sort=False)
    fig, axes = _figure(3.0)
    ax = axes[0][0]
    width = 0.8 / len(table.columns)
    for i, language in enumerate(table.columns):
        x = np.arange(len(table)) + i * width
        bars = ax.bar(x, table[language] * 100, width, label=language, color=colour(language))
        ax.bar_label(bars, fmt="%.0f", fontsize=7)
    ax.set_xticks(np.arange(len(table)) + 0.4 - width / 2, table.index)
    ax.set_ylim(0, 112)
    ax.set_ylabel("% of releases")
    ax.set_title(title, loc="left")
    ax.legend(title="language", fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return to_svg(fig, "coverage")


def failures(frame: pd.DataFrame) -> str:
    """Bars: documents that failed, per stage (stage, failures)."""
    title = "Failures by stage"
    if frame.empty:
        return _empty("failures", title, "no failures recorded")
    fig, axes = _figure(0.35 * len(frame) + 1.2)
    ax = axes[0][0]
    bars = ax.barh(frame["stage"], frame["failures"], color=PALETTE[3])
    ax.bar_label(bars, fontsize=8)
    ax.set_xlabel("documents")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title, loc="left")
    return to_svg(fig, "failures")
