#!/usr/bin/env python3
"""Runs the SQL of docs/warehouse-summary.md (and the README's copy) in real engines and checks
that it gives exactly the per-customer summary the page computes from the same purchase log.

The SQL is taken verbatim from the fenced ```sql blocks of the two Markdown files, so the docs
and this check cannot drift. A block that quotes identifiers with backticks is the Spark SQL
form; every other block is the PostgreSQL / DuckDB form. The page's summary comes from
examples/log_summary.rs (the page's import path and its summary export), built
once with cargo.

Logs: CDNOW_sample.txt and CDNOW_master.txt (from $VP_DATA_DIR, ../shared/data or .cache/data;
the sample is required, the master log, with its same-day rows and zero amounts, is checked when
present) and a small hand-built log whose expected summary is written out below.
Each log is loaded twice, with the amount as DOUBLE and as DECIMAL(18,2), as warehouses hold
money either way.

Comparison, row by row on customer_id: the same customers; frequency equal (an integer);
recency, T and monetary_value equal within 1e-9 relative (|a - b| <= 1e-9 * max(|a|, |b|));
monetary_value empty on both sides or on neither.

DuckDB is required. Spark (pyspark in local mode) runs when a Java 17+ runtime and pyspark are
present; otherwise it is skipped with the reason printed and, if sqlglot is installed, the Spark
text is parsed with sqlglot's Spark dialect and its translation to DuckDB is run and compared
(the query's logic, not Spark's arithmetic). VP_REQUIRE_SPARK=1 turns a skip into a failure;
VP_SKIP_SPARK=1 skips Spark on purpose.
"""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "warehouse-summary.md"
README = ROOT / "README.md"
CAL_END = "1997-09-30"  # the calibration end written in the documented SQL
REL_TOL = 1e-9
AMOUNT_TYPES = ("DOUBLE", "DECIMAL(18,2)")

failures = []


def fail(message):
    failures.append(message)
    print(f"  FAIL {message}")


# ---------------------------------------------------------------- the SQL from the docs


def sql_blocks(path):
    """Every ```sql fenced block of a Markdown file, in order."""
    text = path.read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(r"^```sql[^\n]*\n(.*?)^```", text, re.M | re.S)]


def is_spark(block):
    return "`" in block


def runnable(block):
    # One statement; the trailing semicolon is dropped because Spark's sql() refuses it.
    return block.strip().rstrip(";")


def unit_variant(sql, unit):
    """The documented query in another unit, edited as the doc tells users to ("÷ 1 for days,
    ÷ 30.4375 for months"): the two divisions by 7 are replaced."""
    divisor = {"weeks": "7.0", "days": "1.0", "months": "30.4375"}[unit]
    edited, n = re.subn(r"/ 7\.0\b", f"/ {divisor}", sql)
    if n != 2:
        raise SystemExit(f"expected two '/ 7.0' in the documented query, found {n}")
    return edited


# ---------------------------------------------------------------- logs


def data_dir():
    candidates = [os.environ.get("VP_DATA_DIR"), ROOT.parent / "shared" / "data",
                  ROOT / ".cache" / "data"]
    for d in candidates:
        if d and (Path(d) / "CDNOW_sample.txt").is_file():
            return Path(d)
    raise SystemExit("CDNOW_sample.txt not found: run scripts/test-data.sh or set VP_DATA_DIR")


def cdnow_rows(path):
    """(customer_id, purchased_at, amount text) from a CDNOW log. The sample has no header and
    five columns (id, id2, YYYYMMDD, CDs, dollars); the master log a header and four (id,
    YYYYMMDD, CDs, dollars): the date is the second-to-fourth field of 8 digits, the amount last."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split()
        if not f or not f[0].isdigit():
            continue
        date = next(x for x in f[1:] if len(x) == 8 and x.isdigit())
        rows.append((f[0], f"{date[0:4]}-{date[4:6]}-{date[6:8]} 00:00:00", f[-1]))
    return rows


# A hand-built log for the conventions CDNOW does not show. The warehouse gets timestamps with
# a time of day; the page's file gets the dates only (it reads no time of day).
HAND_LOG = [
    # a: two rows on the first day; two on 09-08 (one merged day); one on the calibration end
    # day late in the evening (belongs to the calibration); one after the end (left out).
    ("a", "1997-09-01 09:00:00", "10.00"),
    ("a", "1997-09-01 18:30:00", "5.00"),
    ("a", "1997-09-08 08:00:00", "20.00"),
    ("a", "1997-09-08 21:00:00", "4.00"),
    ("a", "1997-09-30 23:59:59", "6.00"),
    ("a", "1997-10-01 00:00:01", "100.00"),
    # b: one purchase, the day before the end.
    ("b", "1997-09-29 12:00:00", "7.00"),
    # c: first purchase after the calibration end: not a calibration customer.
    ("c", "1997-10-02 10:00:00", "9.00"),
    # d: real logs have zero amounts; the mean repeat spend is then 0, not empty.
    ("d", "1997-01-01 10:00:00", "0"),
    ("d", "1997-02-01 10:00:00", "0"),
    # e: a zero row and a paid row on the same repeat day.
    ("e", "1997-03-03 10:00:00", "12.50"),
    ("e", "1997-03-03 11:00:00", "2.50"),
    ("e", "1997-03-10 10:00:00", "0"),
    ("e", "1997-03-10 16:00:00", "8.00"),
]

# The summary of HAND_LOG at a calibration end of 1997-09-30, in weeks, by hand:
HAND_EXPECTED = {
    # days 09-01, 09-08, 09-30 → x = 3 − 1 = 2; t_x = T = 29 days = 29/7 weeks;
    # repeat daily totals 20 + 4 = 24 and 6 → mean (24 + 6) / 2 = 15 (first day's 15 excluded)
    "a": (2, 29 / 7, 29 / 7, 15.0),
    # x = 0, t_x = 0, T = 1 day = 1/7 week, no repeat spend
    "b": (0, 0.0, 1 / 7, None),
    # x = 1; t_x = 31 days (Jan); T = 272 days (1997-01-01 → 09-30); mean repeat spend 0
    "d": (1, 31 / 7, 272 / 7, 0.0),
    # x = 1; t_x = 7 days = 1 week; T = 28 (Mar) + 30 + 31 + 30 + 31 + 31 + 30 = 211 days;
    # repeat day 03-10 totals 0 + 8 = 8
    "e": (1, 1.0, 211 / 7, 8.0),
}


def write_engine_csv(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "purchased_at", "amount"])
        w.writerows(rows)


def write_page_log(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "date", "amount"])
        w.writerows((c, ts[:10], a) for c, ts, a in rows)


# ---------------------------------------------------------------- the page's summary


def build_page_summary():
    """Builds examples/log_summary.rs once and returns the path of its executable."""
    cmd = ["cargo", "build", "--quiet", "--locked", "--example", "log_summary",
           "--message-format=json-render-diagnostics"]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg.get("executable") and \
                msg["target"]["name"] == "log_summary":
            return msg["executable"]
    raise SystemExit("cargo build gave no log_summary executable")


def page_summary(exe, log_path, unit):
    out = subprocess.run([exe, str(log_path), CAL_END, unit], check=True, capture_output=True,
                         text=True).stdout
    rows = {}
    for r in csv.DictReader(out.lstrip("\ufeff").splitlines()):
        m = r["monetary_value"]
        rows[r["customer_id"]] = (int(r["frequency"]), float(r["recency"]), float(r["T"]),
                                  float(m) if m != "" else None)
    return rows


# ---------------------------------------------------------------- comparison


def close(a, b):
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def compare(label, expected, got):
    """expected, got: {customer_id: (frequency, recency, T, monetary or None)}."""
    bad = []
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    if missing:
        bad.append(f"{len(missing)} customers missing from the SQL result, e.g. {missing[:5]}")
    if extra:
        bad.append(f"{len(extra)} customers only in the SQL result, e.g. {extra[:5]}")
    for cid in sorted(set(expected) & set(got)):
        e, g = expected[cid], got[cid]
        problems = []
        if e[0] != g[0]:
            problems.append(f"frequency {g[0]} ≠ {e[0]}")
        for name, x, y in (("recency", e[1], g[1]), ("T", e[2], g[2])):
            if y is None or not close(x, y):
                problems.append(f"{name} {y!r} ≠ {x!r}")
        if (e[3] is None) != (g[3] is None) or (e[3] is not None and not close(e[3], g[3])):
            problems.append(f"monetary_value {g[3]!r} ≠ {e[3]!r}")
        if problems:
            bad.append(f"customer {cid}: " + ", ".join(problems))
    if bad:
        fail(f"{label}: {len(bad)} differences; first: " + "; ".join(bad[:5]))
    else:
        print(f"  ok   {label}: {len(expected)} customers identical")


def as_summary(records):
    """Rows (customer_id, frequency, recency, T, monetary_value) from an engine."""
    out = {}
    for cid, x, r, t, m in records:
        out[str(cid)] = (int(x), float(r) if r is not None else None,
                         float(t) if t is not None else None,
                         float(m) if m is not None else None)
    return out


# ---------------------------------------------------------------- engines


def duckdb_runner():
    import duckdb

    con = duckdb.connect()

    def load(engine_csv, amount_type):
        con.execute("DROP TABLE IF EXISTS purchases")
        con.execute(
            "CREATE TABLE purchases AS SELECT customer_id, "
            "CAST(purchased_at AS TIMESTAMP) AS purchased_at, "
            f"CAST(amount AS {amount_type}) AS amount "
            "FROM read_csv(?, header = true, all_varchar = true)", [str(engine_csv)])

    def run(sql):
        return as_summary(con.execute(sql).fetchall())

    return f"DuckDB {duckdb.__version__}", load, run, lambda: con.close()


def java_major():
    """The major version of `java` on PATH, or None."""
    java = shutil.which("java")
    if not java:
        return None
    try:
        text = subprocess.run([java, "-version"], capture_output=True, text=True,
                              timeout=60).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', text)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def spark_runner():
    """(name, load, run, stop), or a string saying why Spark cannot run here."""
    major = java_major()
    if major is None:
        return "no Java runtime on PATH (Spark needs Java 17 or later)"
    if major < 17:
        return f"Java {major} found; Spark 4 needs Java 17 or later"
    try:
        import pyspark
        from pyspark.sql import SparkSession
    except ImportError:
        return "pyspark is not installed (scripts/test-warehouse-sql.sh installs it)"
    spark = (SparkSession.builder.master("local[2]").appName("warehouse-sql-check")
             # Loopback only: local mode otherwise binds the driver to the machine's network
             # address, and these tests must send nothing beyond 127.0.0.1.
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", "4")
             # Timestamps are cast to dates in the session time zone: fix it, so the day of a
             # purchase never depends on the machine's zone.
             .config("spark.sql.session.timeZone", "UTC")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")

    def load(engine_csv, amount_type):
        spark.read.csv(str(engine_csv), header=True).createOrReplaceTempView("raw_purchases")
        spark.sql(
            "CREATE OR REPLACE TEMP VIEW purchases AS SELECT customer_id, "
            "CAST(purchased_at AS TIMESTAMP) AS purchased_at, "
            f"CAST(amount AS {amount_type}) AS amount FROM raw_purchases")

    def run(sql):
        return as_summary(tuple(r) for r in spark.sql(sql).collect())

    return f"Spark {pyspark.__version__} (local mode)", load, run, spark.stop


# ---------------------------------------------------------------- main


def main():
    doc_blocks = sql_blocks(DOC)
    readme_blocks = sql_blocks(README)
    standard = [(f"{DOC.name} block {i + 1}", b) for i, b in enumerate(doc_blocks)
                if not is_spark(b)]
    standard += [(f"{README.name} block {i + 1}", b) for i, b in enumerate(readme_blocks)
                 if not is_spark(b)]
    spark_blocks = [(f"{DOC.name} block {i + 1}", b) for i, b in enumerate(doc_blocks)
                    if is_spark(b)]
    spark_blocks += [(f"{README.name} block {i + 1}", b) for i, b in enumerate(readme_blocks)
                     if is_spark(b)]
    if not [s for s in standard if s[0].startswith(DOC.name)]:
        raise SystemExit(f"no PostgreSQL/DuckDB ```sql block in {DOC}")
    if not [s for s in spark_blocks if s[0].startswith(DOC.name)]:
        raise SystemExit(f"no Spark SQL ```sql block (backtick identifiers) in {DOC}")

    data = data_dir()
    tmp = Path(tempfile.mkdtemp(prefix="warehouse-sql-"))
    logs = []  # (name, file the page reads, file the engines load)
    hand_page, hand_engine = tmp / "hand_log.csv", tmp / "hand_engine.csv"
    write_page_log(HAND_LOG, hand_page)
    write_engine_csv(HAND_LOG, hand_engine)
    logs.append(("hand-built log", hand_page, hand_engine))
    for name in ("CDNOW_sample.txt", "CDNOW_master.txt"):
        path = data / name
        if not path.is_file():
            if name == "CDNOW_sample.txt":
                raise SystemExit(f"{path} not found")
            print(f"  skip {name}: not in {data}")
            continue
        rows = cdnow_rows(path)
        engine_csv = tmp / f"{name}.engine.csv"
        write_engine_csv(rows, engine_csv)
        page_file = path
        if name == "CDNOW_master.txt":
            # The page does not guess "dollar_value" as the amount (a user maps it by hand),
            # so the page reads the same rows as customer_id,date,amount.
            page_file = tmp / "CDNOW_master.csv"
            write_page_log(rows, page_file)
        logs.append((name, page_file, engine_csv))

    print("[warehouse-sql] the page's summaries (examples/log_summary.rs)")
    exe = build_page_summary()
    page = {}
    for name, page_file, _ in logs:
        page[name, "weeks"] = page_summary(exe, page_file, "weeks")
    for unit in ("days", "months"):
        page["CDNOW_sample.txt", unit] = page_summary(exe, data / "CDNOW_sample.txt", unit)

    # The page itself against the hand-computed summary and the doc's CDNOW figures, so that a
    # shared mistake of page and SQL cannot pass.
    compare("page on the hand-built log vs the hand-computed summary", HAND_EXPECTED,
            page["hand-built log", "weeks"])
    sample = page["CDNOW_sample.txt", "weeks"]
    figures = (len(sample), sum(r[0] for r in sample.values()),
               sum(1 for r in sample.values() if r[0] > 0))
    # The doc states 2,357 customers, 2,457 repeat purchases and 946 repeat buyers.
    if figures != (2357, 2457, 946):
        fail(f"CDNOW_sample: page gives (customers, repeats, repeat buyers) = {figures}, "
             "the doc says (2357, 2457, 946)")
    # 00004 bought on 1997-01-01, 01-18 and 08-02 (29.33, 29.73, 14.96): x = 2,
    # t_x = 213 days / 7, T = 272 days / 7, mean repeat spend (29.73 + 14.96) / 2 = 22.345.
    compare("page on CDNOW_sample customer 00004 vs by hand",
            {"00004": (2, 213 / 7, 272 / 7, 22.345)},
            {k: v for k, v in sample.items() if k == "00004"})

    def check_engine(runner, blocks, with_units):
        name, load, run, stop = runner
        print(f"[warehouse-sql] {name}")
        try:
            for log_name, _, engine_csv in logs:
                for amount_type in AMOUNT_TYPES:
                    load(engine_csv, amount_type)
                    for label, block in blocks:
                        sql = runnable(block)
                        compare(f"{label} on {log_name}, amount {amount_type}",
                                page[log_name, "weeks"], run(sql))
                        if with_units and log_name == "CDNOW_sample.txt":
                            for unit in ("days", "months"):
                                compare(f"{label} in {unit} on {log_name}, amount {amount_type}",
                                        page[log_name, unit], run(unit_variant(sql, unit)))
        finally:
            stop()

    check_engine(duckdb_runner(), standard, with_units=True)

    if os.environ.get("VP_SKIP_SPARK") == "1":
        spark = "skipped on request (VP_SKIP_SPARK=1)"
    else:
        spark = spark_runner()
    if isinstance(spark, str):
        print(f"[warehouse-sql] Spark SQL not run: {spark}")
        if os.environ.get("VP_REQUIRE_SPARK") == "1":
            fail(f"Spark SQL required (VP_REQUIRE_SPARK=1) but not run: {spark}")
        try:
            import sqlglot
        except ImportError:
            sqlglot = None
            print("  skip sqlglot not installed either: the Spark SQL text is not checked")
        if sqlglot:
            # Second best: the Spark text must parse as Spark SQL, and its logic (the window,
            # the CASE, the WHERE, the divisions), translated by sqlglot, must give the page's
            # summary in DuckDB. Spark's own arithmetic (decimal rounding) is not tested so.
            translated = []
            for label, block in spark_blocks:
                sql = runnable(block)
                tree = sqlglot.parse_one(sql, read="spark", error_level=sqlglot.ErrorLevel.RAISE)
                print(f"  ok   {label} parses as Spark SQL (sqlglot {sqlglot.__version__})")
                translated.append((f"{label} (Spark SQL translated to DuckDB by sqlglot)",
                                   tree.sql(dialect="duckdb")))
            check_engine(duckdb_runner(), translated, with_units=False)
    else:
        check_engine(spark, spark_blocks, with_units=False)

    shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"[warehouse-sql] {len(failures)} checks failed")
        return 1
    print("[warehouse-sql] the documented SQL gives the page's summary")
    return 0


if __name__ == "__main__":
    sys.exit(main())
