"""Event places: toponym recognition, offline gazetteer resolution, and places tied to events."""
