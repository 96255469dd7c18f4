#!/usr/bin/env python3
"""The peer of coopchart's chart benchmark: matplotlib drawing the same 9-province ranking bar chart
(title, subtitle, sorted horizontal bars with value labels, a dashed cluster-mean line with its label,
a source footnote) at 960x540 pt, to PNG (1920x1080 px) and to PDF, in memory.

Usage: python3 Benchmarks/peers/bar_chart.py [ITERATIONS]
Prints one JSON line: {"png_ms": median, "pdf_ms": median, "iterations": N, "matplotlib": version}.
Each figure is timed inside Python from creating the figure to having the file's bytes, so the
interpreter start and the imports are not counted (as on the Swift side).

       python3 Benchmarks/peers/bar_chart.py --once OUT.png WIDTHxHEIGHT
Draws the chart once at WIDTHxHEIGHT pixels (144 dpi, as coopchart's px) and writes OUT.png: the whole
process, start and imports included, is what coopchart-bench --png-process times beside `coopchart chart bar`.
"""
import io
import json
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PROVINCES = [("Quảng Ninh", 86), ("Bắc Ninh", 35), ("Ninh Bình", 22), ("Vĩnh Phúc", 21), ("Nam Định", 10),
             ("Hải Dương", 14), ("Hưng Yên", 8), ("Thái Bình", 6), ("Hà Nam", 4)]
TITLE = "Số hợp tác xã thành lập mới năm 2023"
SUBTITLE = "Cụm thi đua các tỉnh đồng bằng sông Hồng"
FOOTNOTE = "Nguồn: Liên minh HTX các tỉnh, báo cáo năm 2023."


def vi_number(value: float) -> str:
    text = f"{value:,.1f}".rstrip("0").rstrip(".")
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def draw(fmt: str, pixels: tuple = (1920, 1080), out: str = "") -> int:
    ranked = sorted(PROVINCES, key=lambda item: -item[1])
    names = [name for name, _ in ranked][::-1]
    values = [value for _, value in ranked][::-1]
    mean = sum(values) / len(values)
    figure, axes = plt.subplots(figsize=(pixels[0] / 144, pixels[1] / 144), dpi=144)
    figure.subplots_adjust(left=0.14, right=0.95, top=0.82, bottom=0.12)
    figure.text(0.03, 0.94, TITLE, fontsize=20, fontweight="bold", family="DejaVu Sans")
    figure.text(0.03, 0.89, SUBTITLE, fontsize=13, color="#555555", family="DejaVu Sans")
    bars = axes.barh(names, values, color="#0072B2", height=0.62)
    for bar, value in zip(bars, values):
        axes.text(bar.get_width() + 0.8, bar.get_y() + bar.get_height() / 2, vi_number(value),
                  va="center", fontsize=11)
    axes.axvline(mean, color="#333333", linestyle="--", linewidth=1)
    axes.text(mean, len(values) - 0.3, "Bình quân cụm: " + vi_number(mean), ha="center", fontsize=10, color="#333333")
    axes.spines[["top", "right", "bottom"]].set_visible(False)
    axes.set_xticks([])
    axes.tick_params(axis="y", length=0, labelsize=11)
    figure.text(0.03, 0.03, FOOTNOTE, fontsize=10, color="#555555")
    sink = io.BytesIO()
    figure.savefig(sink, format=fmt, dpi=144)
    plt.close(figure)
    if out:
        with open(out, "wb") as file:
            file.write(sink.getvalue())
    return len(sink.getvalue())


def median_ms(fmt: str, iterations: int) -> float:
    for _ in range(3):
        draw(fmt)  # warm-up: font cache, first-use imports
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        draw(fmt)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--once":
        width, height = (int(part) for part in sys.argv[3].split("x"))
        draw("png", (width, height), sys.argv[2])
        return
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    result = {"png_ms": round(median_ms("png", iterations), 3), "pdf_ms": round(median_ms("pdf", iterations), 3),
              "iterations": iterations, "matplotlib": matplotlib.__version__}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
