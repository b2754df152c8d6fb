"""The supervisors' Reports screen: figure tiles, charts, weekly and per-agent tables, CSV and PDF export."""
