"""The dashboard served by the API app: a template and static assets (package data, no CDN)."""
