#!/usr/bin/env python3
"""The peer of `coopchart chart map`: geopandas and matplotlib drawing the same 63-province map from the same
files: the TopoJSON outlines (read by pyogrio/GDAL), the illustrative 2024 figures (pandas), joined by the
province's name, projected with the same Albers equal-area conic (pyproj), five quantile classes (pandas.qcut)
with their counts in the legend, each province's name and value at its representative point (no overlap
handling: matplotlib draws them where they fall), title, subtitle, source, at 1920x1080 px.

It draws less than coopchart does (no placement of names against each other, no numbered list, no hatching
of missing provinces, no inset decision), so it is a lower bound of what a hand-made script costs.

Usage: python3 Benchmarks/peers/province_map.py TOPOJSON CSV [ITERATIONS]
Prints one JSON line: {"read_ms": ..., "png_ms": median, "iterations": N, "geopandas": version, "matplotlib": version};
read_ms is reading and projecting the outlines once, png_ms drawing the map to PNG bytes (outlines already read).

       python3 Benchmarks/peers/province_map.py --once TOPOJSON CSV OUT.png WIDTHxHEIGHT
Reads, draws and writes once: the whole process, start and imports included, as coopchart-bench --map
times it beside `coopchart chart map`.

Pinned for the benchmark only (not a dependency of coopchart or its tests): Benchmarks/peers/requirements-map.txt.
"""
import io
import json
import statistics
import sys
import time
import unicodedata

import matplotlib

matplotlib.use("Agg")
import geopandas  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas  # noqa: E402

ALBERS = "+proj=aea +lat_1=10 +lat_2=21 +lat_0=15 +lon_0=106 +R=6371000 +units=m +no_defs"
COLOURS = ["#D6E5F3", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def vi_number(value: float) -> str:
    text = f"{value:,.1f}".rstrip("0").rstrip(".")
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def read(topojson: str, csv: str):
    outlines = geopandas.read_file(topojson, layer="provinces").set_crs("EPSG:4326").to_crs(ALBERS)
    outlines["name"] = outlines["name"].map(nfc)
    figures = pandas.read_csv(csv)
    figures = figures[(figures["indicator"] == "htx") & (figures["year"] == 2024)]
    figures["province"] = figures["province"].map(nfc)
    return outlines.merge(figures[["province", "value"]], left_on="name", right_on="province", how="left")


def draw(table, pixels=(1920, 1080), out: str = "") -> int:
    table = table.copy()
    table["class"] = pandas.qcut(table["value"], 5, labels=False, duplicates="drop")
    figure, axes = plt.subplots(figsize=(pixels[0] / 144, pixels[1] / 144), dpi=144)
    figure.subplots_adjust(left=0.02, right=0.98, top=0.86, bottom=0.06)
    figure.text(0.02, 0.94, "Số HTX năm 2024", fontsize=20, fontweight="bold", family="DejaVu Sans")
    figure.text(0.02, 0.895, "Đơn vị: HTX", fontsize=13, color="#555555", family="DejaVu Sans")
    table.plot(ax=axes, color=[COLOURS[int(k)] if k == k else "#EEEEEE" for k in table["class"]], edgecolor="white", linewidth=0.4)
    for _, row in table.iterrows():
        point = row.geometry.representative_point()
        label = row["name"] + ("\n" + vi_number(row["value"]) if row["value"] == row["value"] else "")
        axes.annotate(label, (point.x, point.y), ha="center", va="center", fontsize=4.5)
    edges = pandas.qcut(table["value"], 5, duplicates="drop", retbins=True)[1]
    counts = table["class"].value_counts().sort_index()
    handles = [plt.Rectangle((0, 0), 1, 1, color=COLOURS[k]) for k in range(len(edges) - 1)]
    labels = [f"{vi_number(edges[k])}–{vi_number(edges[k + 1])} ({counts.get(k, 0)})" for k in range(len(edges) - 1)]
    axes.legend(handles, labels, loc="lower left", fontsize=8, title="5 lớp theo phân vị (số tỉnh)", title_fontsize=8, frameon=False)
    axes.set_axis_off()
    figure.text(0.02, 0.02, "Nguồn: minh hoạ (illustrative)", fontsize=9, color="#555555")
    sink = io.BytesIO()
    figure.savefig(sink, format="png", dpi=144)
    plt.close(figure)
    if out:
        with open(out, "wb") as file:
            file.write(sink.getvalue())
    return len(sink.getvalue())


def main() -> None:
    if len(sys.argv) == 6 and sys.argv[1] == "--once":
        width, height = (int(part) for part in sys.argv[5].split("x"))
        draw(read(sys.argv[2], sys.argv[3]), (width, height), sys.argv[4])
        return
    topojson, csv = sys.argv[1], sys.argv[2]
    iterations = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    start = time.perf_counter()
    table = read(topojson, csv)
    read_ms = (time.perf_counter() - start) * 1000
    draw(table)  # warm-up: font cache, first-use imports
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        draw(table)
        samples.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"read_ms": read_ms, "png_ms": statistics.median(samples), "iterations": iterations,
                      "geopandas": geopandas.__version__, "matplotlib": matplotlib.__version__}))


if __name__ == "__main__":
    main()
