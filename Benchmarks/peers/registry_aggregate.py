#!/usr/bin/env python3
"""The peer of `coopchart aggregate`: pandas turning a cooperative registry (one row per cooperative:
id,name,province,kind,founded,dissolved,members,workers,revenue) into the same province-year figures:
stocks at each year's end (htx, tht, credit_funds, unions), new_htx, dissolved_htx, new_tht, members and
workers of the active HTX, revenue_avg over the active HTX that report a revenue; provinces resolved at
the founding date and carried to their successor at each year's end.

Written the way a pandas user would do it fast: events grouped by (founding unit, kind, year), cumulative
sums over the years, then one small successor map per year (no per-cooperative Python loop).

Usage: python3 Benchmarks/peers/registry_aggregate.py REGISTRY.csv PROVINCES.csv [REPEATS] [OUT.csv]
PROVINCES.csv: code,name,valid_from,valid_to,successor_code (the registry coopchart bundles).
Prints one JSON line: {"cooperatives": N, "figures": F, "seconds": median, "best": best, "pandas": version}.
Only the reading and the aggregation are timed.
"""
import json
import statistics
import sys
import time

import numpy as np
import pandas as pd

STOCKS = {"htx": "htx", "tht": "tht", "credit_fund": "credit_funds", "union": "unions"}


def load_units(path: str) -> pd.DataFrame:
    units = pd.read_csv(path, dtype=str, keep_default_na=False)
    units["unit"] = np.arange(len(units))
    units["start"] = pd.to_datetime(units["valid_from"].replace("", "1900-01-01"))
    units["end"] = pd.to_datetime(units["valid_to"].replace("", "2200-12-31"))
    return units


def successor_at(units: pd.DataFrame, day: pd.Timestamp) -> np.ndarray:
    """For every unit, the unit in force on `day`, following successor codes."""
    codes, starts, ends, nexts = (units[c].tolist() for c in ["code", "start", "end", "successor_code"])
    result = np.arange(len(units))
    for index in range(len(units)):
        current = index
        for _ in range(8):
            if starts[current] <= day <= ends[current] or not nexts[current]:
                break
            after = ends[current] + pd.Timedelta(days=1)
            found = [i for i in range(len(units)) if codes[i] == nexts[current] and starts[i] <= after <= ends[i]]
            if not found:
                break
            current = found[0]
        result[index] = current
    return result


def parse_dates(column: pd.Series) -> pd.Series:
    iso = pd.to_datetime(column, format="%Y-%m-%d", errors="coerce")
    missing = iso.isna() & column.notna()
    if missing.any():
        iso[missing] = pd.to_datetime(column[missing], format="%d/%m/%Y", errors="coerce")
    return iso


def aggregate(path: str, units: pd.DataFrame, successors: dict) -> pd.DataFrame:
    frame = pd.read_csv(path, usecols=["province", "kind", "founded", "dissolved", "members", "workers", "revenue"],
                        dtype={"province": str, "kind": str, "founded": str, "dissolved": str})
    founded = parse_dates(frame["founded"])
    dissolved = parse_dates(frame["dissolved"])
    # The founding unit: the registry entry with this name (or code) in force on the founding date.
    names = pd.concat([units[["name", "unit", "start", "end"]],
                       units[["code", "unit", "start", "end"]].rename(columns={"code": "name"})])
    rows = pd.DataFrame({"row": np.arange(len(frame)), "province": frame["province"], "founded_at": founded})
    candidates = rows.merge(names, left_on="province", right_on="name")
    chosen = candidates[(candidates["start"] <= candidates["founded_at"]) & (candidates["founded_at"] <= candidates["end"])]
    unit = np.full(len(frame), -1)
    unit[chosen["row"].to_numpy()] = chosen["unit"].to_numpy()
    events = pd.DataFrame({"unit": unit, "kind": frame["kind"], "fy": founded.dt.year.to_numpy(),
                           "dy": dissolved.dt.year.fillna(9999).astype(int).to_numpy()})
    first = int(events["fy"].min())
    last = int(max(events["fy"].max(), events.loc[events["dy"] < 9999, "dy"].max()))
    years = np.arange(first, last + 1)

    def running(series: pd.Series) -> pd.DataFrame:
        """unit x year table of the running total of a (unit, year) series."""
        return series.unstack(fill_value=0).reindex(columns=years, fill_value=0).cumsum(axis=1)

    def arriving_and_leaving(subset: pd.DataFrame, values=None):
        gone = subset[subset["dy"] < 9999]
        if values is None:
            arriving, leaving = subset.groupby(["unit", "fy"]).size(), gone.groupby(["unit", "dy"]).size()
        else:
            arriving, leaving = subset.groupby(["unit", "fy"])[values].sum(), gone.groupby(["unit", "dy"])[values].sum()
        leaving.index = leaving.index.set_names(["unit", "fy"])
        arriving_table = running(arriving)
        return arriving_table, running(leaving).reindex(index=arriving_table.index, fill_value=0)

    figures = {}
    for kind, name in STOCKS.items():
        subset = events[events["kind"] == kind]
        if subset.empty:
            continue
        arriving, leaving = arriving_and_leaving(subset)
        figures[name] = arriving - leaving
        if kind in ("htx", "tht"):
            figures["new_" + kind] = arriving.diff(axis=1).fillna(arriving)
        if kind == "htx":
            figures["dissolved_htx"] = leaving.diff(axis=1).fillna(leaving)
    htx = events[events["kind"] == "htx"].assign(
        members=frame.loc[events["kind"] == "htx", "members"].fillna(0).to_numpy(),
        workers=frame.loc[events["kind"] == "htx", "workers"].fillna(0).to_numpy(),
        revenue=frame.loc[events["kind"] == "htx", "revenue"].fillna(0).to_numpy(),
        reporting=frame.loc[events["kind"] == "htx", "revenue"].notna().astype(int).to_numpy())
    for column in ["members", "workers", "revenue", "reporting"]:
        arriving, leaving = arriving_and_leaving(htx, column)
        figures[column] = arriving - leaving
    ever = running(events.groupby(["unit", "fy"]).size())
    long = []
    for name, table in figures.items():
        table = table.reindex(index=ever.index, fill_value=0)
        stacked = table.where(ever > 0).stack().dropna().rename("value").reset_index()
        stacked.columns = ["unit", "year", "value"]
        stacked["indicator"] = name
        long.append(stacked)
    long = pd.concat(long, ignore_index=True)
    long["unit"] = [successors[year][unit] for unit, year in zip(long["unit"].to_numpy(), long["year"].to_numpy())]
    out = long.groupby(["year", "unit", "indicator"])["value"].sum().unstack("indicator", fill_value=0)
    out["revenue_avg"] = (out["revenue"] / out["reporting"]).where(out["reporting"] > 0)
    out = out.drop(columns=["revenue", "reporting"])
    return out.stack().dropna().rename("value").reset_index()


def main() -> None:
    path, provinces = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    units = load_units(provinces)
    # The successor maps are the registry's, not the data's: built once, outside the timing.
    successors = {year: successor_at(units, pd.Timestamp(year=year, month=12, day=31)) for year in range(1945, 2101)}
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = aggregate(path, units, successors)
        times.append(time.perf_counter() - start)
    if len(sys.argv) > 4:
        result.to_csv(sys.argv[4], index=False)
    cooperatives = sum(1 for _ in open(path, encoding="utf-8")) - 1
    print(json.dumps({"cooperatives": cooperatives, "figures": int(len(result)), "seconds": round(statistics.median(times), 4),
                      "best": round(min(times), 4), "pandas": pd.__version__}))


if __name__ == "__main__":
    main()
