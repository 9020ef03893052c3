#!/usr/bin/env python3
"""Regenerates the bundled offline Seoul geodata from the project's shared data folder.

Outputs (UTF-8 TSV, one feature per line, polygons as WKT in "lon lat" order, 5 decimals ~1 m,
Douglas-Peucker simplified to ~3 m):
  seoul_dongs.tsv  code  gu  dong  population  wkt    (425 administrative dongs, 2021-04)
  seoul_gu.tsv     code  name_ko  name_en  wkt        (25 gu, KOSTAT 2018)
Usage: make_geo.py SHARED_DATA_DIR
Sources and licences: resources/ATTRIBUTION.md.
"""
import json, sys, pathlib

TOL = 0.00003  # degrees; ~3 m: invisible at street zoom, halves the file


def simplify(ring):
    if len(ring) < 5:
        return ring
    def dp(pts):
        a, b = pts[0], pts[-1]
        dx, dy = b[0] - a[0], b[1] - a[1]
        n2 = dx * dx + dy * dy or 1e-18
        best, idx = -1.0, 0
        for i in range(1, len(pts) - 1):
            p = pts[i]
            t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / n2))
            ex, ey = a[0] + t * dx - p[0], a[1] + t * dy - p[1]
            d = ex * ex + ey * ey
            if d > best:
                best, idx = d, i
        if best <= TOL * TOL:
            return [a, b]
        return dp(pts[: idx + 1])[:-1] + dp(pts[idx:])
    out = dp(ring[: len(ring) // 2 + 1])[:-1] + dp(ring[len(ring) // 2:])
    return out if len(out) >= 4 else ring


def wkt(multipolygon):
    polys = []
    for poly in multipolygon:
        rings = []
        for ring in poly:
            r = simplify(ring)
            if r[0] != r[-1]:
                r.append(r[0])
            rings.append("(" + ",".join(f"{x:.5f} {y:.5f}" for x, y in r) + ")")
        polys.append("(" + ",".join(rings) + ")")
    return "MULTIPOLYGON(" + ",".join(polys) + ")"


def main(shared):
    shared = pathlib.Path(shared)
    here = pathlib.Path(__file__).parent
    pop = {}
    tsv = shared / "seoul_hangjeongdong_2021_vuski/seoul_population_by_dong_2021Q2.tsv"
    for line in tsv.read_text(encoding="utf-8").splitlines()[3:]:
        f = line.split("\t")
        if len(f) > 4 and f[2] not in ("합계", "소계"):
            pop[f"서울특별시 {f[1]} {f[2].replace('.', '·')}"] = int(f[4].replace(",", ""))
    dongs = json.loads((shared / "seoul_hangjeongdong_2021_vuski/hangjeongdong_seoul_2021.geojson")
                       .read_text(encoding="utf-8"))
    rows = []
    for feat in dongs["features"]:
        p = feat["properties"]
        _, gu, dong = p["adm_nm"].split(" ", 2)
        rows.append(f"{p['adm_cd2']}\t{gu}\t{dong}\t{pop[p['adm_nm']]}\t{wkt(feat['geometry']['coordinates'])}")
    (here / "seoul_dongs.tsv").write_text("code\tgu\tdong\tpopulation\twkt\n" + "\n".join(sorted(rows)) + "\n",
                                          encoding="utf-8")
    gus = json.loads((shared / "seoul_admin_boundaries_kostat2018_southkorea_maps/seoul_gu_2018.geojson")
                     .read_text(encoding="utf-8"))
    rows = [f"{f['properties']['code']}\t{f['properties']['name']}\t{f['properties']['name_eng']}\t"
            f"{wkt(f['geometry']['coordinates'])}" for f in gus["features"]]
    (here / "seoul_gu.tsv").write_text("code\tname_ko\tname_en\twkt\n" + "\n".join(sorted(rows)) + "\n",
                                       encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
