"""Runs: what ingest and crawl share (bookkeeping); the runs themselves move here with the stage layout."""
