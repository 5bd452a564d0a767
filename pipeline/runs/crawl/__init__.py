"""Scheduled crawls: discover press releases through feeds, sitemaps and listing pages, fetch them
politely and incrementally, snapshot the raw pages, and store them like ingested files."""
