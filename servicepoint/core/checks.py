"""Every invariant of BRIEF §3, checked against the database as it is.

Each check is a set-based SQL query (so it runs in seconds on a five-year station) and returns
human-readable problems; ``servicepoint check`` prints them and exits non-zero.  The hypothesis
tests run these after every random operation, and the crash test after every ``kill -9``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .buyback_stock import check_buyback
from .commission import commission_fen
from .migrations import SYNCED
from .money import line_total

if TYPE_CHECKING:
    from .station import Station

_VOIDED = "EXISTS (SELECT 1 FROM receipts v WHERE v.voids_receipt_id = {receipt})"


def check_integrity(s: Station) -> list[str]:
    result = [r[0] for r in s.db.execute("PRAGMA integrity_check").fetchall()]
    fk = s.db.execute("PRAGMA foreign_key_check").fetchall()
    problems = [] if result == ["ok"] else [f"integrity_check: {'; '.join(result[:5])}"]
    problems += [f"foreign key broken: {row[0]} rowid {row[1]} → {row[2]}" for row in fk[:20]]
    return problems


def check_receipt_numbers(s: Station) -> list[str]:
    problems = []
    for row in s.records.all(
        "SELECT year, COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi, (SELECT COALESCE("
        "SUM(g.last_seq - g.first_seq + 1), 0) FROM receipt_gaps g WHERE g.year = r.year) "
        "AS held, (SELECT MIN(g.first_seq) FROM receipt_gaps g WHERE g.year = r.year) AS gap0,"
        " (SELECT MAX(g.last_seq) FROM receipt_gaps g WHERE g.year = r.year) AS gap_hi"
        " FROM receipts r GROUP BY year"
    ):
        # Numbers held at the county after a restore (receipt_gaps) count as issued.
        first = 1 if row["gap0"] == 1 else row["lo"]
        top = max(row["hi"], row["gap_hi"] or 0)
        if first != 1 or top != row["n"] + row["held"]:
            problems.append(
                f"receipt numbers for {row['year']} have gaps: {row['n']} receipts, "
                f"seq {row['lo']}..{row['hi']}"
            )
        counter = s.records.scalar(
            "SELECT last_seq FROM receipt_counters WHERE year = ?", (row["year"],)
        )
        if counter != top:
            problems.append(f"receipt counter for {row['year']} is {counter}, last is {row['hi']}")
    code = s.code
    bad = s.records.all(
        "SELECT number, year, seq FROM receipts WHERE number <> ? || '-' || year || '-' || "
        "substr('000000' || seq, -6, 6) LIMIT 5",
        (code,),
    )
    problems += [f"receipt number {r['number']} does not match its year and seq" for r in bad]
    return problems


def check_change_log(s: Station) -> list[str]:
    problems = []
    acked = int(s.records.scalar("SELECT acked_seq FROM sync_state WHERE id = 1") or 0)
    for table in SYNCED:
        station_filter = "AND t.station IS NOT NULL" if table == "catalogue_items" else ""
        n = s.records.scalar(
            f"SELECT COUNT(*) FROM {table} t WHERE 1 {station_filter} AND (t.change_seq IS NULL "
            f"OR (t.change_seq > ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
            f"o.seq = t.change_seq AND o.record_id = t.id AND o.entity = '{table}')))",
            (acked,),
        )
        if n:
            problems.append(f"{n} {table} rows have no change-log entry")
        foreign = s.records.scalar(
            f"SELECT COUNT(*) FROM {table} t WHERE t.station IS NOT NULL AND t.station <> ?",
            (s.code,),
        )
        if foreign:
            problems.append(f"{foreign} {table} rows belong to another station")
    return problems


def check_ledger(s: Station) -> list[str]:
    """Per farmer: balance = account charges − repayments − offsets of live settlements."""
    rows = s.records.all(f"""
        WITH expected AS (
          SELECT farmer_id, SUM(amount_fen) AS amt FROM payments
           WHERE method = 'account' AND farmer_id IS NOT NULL GROUP BY farmer_id
          UNION ALL
          SELECT farmer_id, -SUM(amount_fen) FROM payments
           WHERE kind IN ('repayment', 'repayment_void') GROUP BY farmer_id
          UNION ALL
          SELECT farmer_id, -SUM(offset_fen) FROM settlements t
           WHERE NOT {_VOIDED.format(receipt="t.receipt_id")} GROUP BY farmer_id
          UNION ALL
          SELECT farmer_id, -SUM(offset_fen) FROM buyback_lots b
           WHERE NOT {_VOIDED.format(receipt="b.receipt_id")} GROUP BY farmer_id),
        e AS (SELECT farmer_id, SUM(amt) AS amt FROM expected GROUP BY farmer_id),
        l AS (SELECT farmer_id, SUM(amount_fen) AS amt FROM ledger_entries GROUP BY farmer_id)
        SELECT f.id, f.name, COALESCE(e.amt, 0) AS want, COALESCE(l.amt, 0) AS got
          FROM farmers f LEFT JOIN e ON e.farmer_id = f.id LEFT JOIN l ON l.farmer_id = f.id
         WHERE COALESCE(e.amt, 0) <> COALESCE(l.amt, 0) LIMIT 20""")
    problems = [
        f"ledger of {r['name']} ({r['id']}) is {r['got']} fen, payments say {r['want']}"
        for r in rows
    ]
    bad_rev = s.records.scalar(
        "SELECT COUNT(*) FROM ledger_entries r JOIN ledger_entries o ON o.id = r.reverses_id "
        "WHERE r.amount_fen <> -o.amount_fen OR r.farmer_id <> o.farmer_id"
    )
    if bad_rev:
        problems.append(f"{bad_rev} ledger reversals do not negate their original")
    return problems


def check_orders(s: Station) -> list[str]:
    problems = []
    for r in s.records.all(
        "SELECT id, order_id, line_no, quantity_base, unit_price_fen, "
        "base_per_unit, line_total_fen, commission_bp, commission_fen "
        "FROM order_lines"
    ):
        total = line_total(r["quantity_base"], r["unit_price_fen"], r["base_per_unit"])
        if total != r["line_total_fen"]:
            problems.append(f"order line {r['id']} total {r['line_total_fen']} ≠ {total}")
        if commission_fen(total, r["commission_bp"]) != r["commission_fen"]:
            problems.append(f"order line {r['id']} commission {r['commission_fen']} ≠ formula")
        if len(problems) > 20:
            return problems
    bad = s.records.all("""
        SELECT o.number, o.total_fen, (SELECT COALESCE(SUM(line_total_fen), 0) FROM order_lines
               WHERE order_id = o.id) AS lines FROM orders o
         WHERE o.total_fen <> (SELECT COALESCE(SUM(line_total_fen), 0) FROM order_lines
               WHERE order_id = o.id) LIMIT 10""")
    problems += [f"order {r['number']} total {r['total_fen']} ≠ lines {r['lines']}" for r in bad]
    bad = s.records.all("""
        SELECT o.number, o.status, o.total_fen,
               (SELECT COALESCE(SUM(amount_fen), 0) FROM payments WHERE order_id = o.id) AS paid,
               (SELECT COALESCE(SUM(amount_fen), 0) FROM order_returns
                 WHERE order_id = o.id) AS returned
          FROM orders o""")
    for r in bad:
        want = 0 if r["status"] == "cancelled" else r["total_fen"] - r["returned"]
        if r["paid"] != want:
            problems.append(
                f"order {r['number']} ({r['status']}) holds {r['paid']} fen of "
                f"payments, expected {want}"
            )
            if len(problems) > 40:
                break
    rows = s.records.all("""
        SELECT l.id, l.commission_fen, o.status, o.number,
               (SELECT COUNT(*) FROM order_returns r WHERE r.line_id = l.id) AS returned,
               (SELECT COALESCE(SUM(amount_fen), 0) FROM commission_entries c
                 WHERE c.line_id = l.id) AS accrued
          FROM order_lines l JOIN orders o ON o.id = l.order_id""")
    for r in rows:
        earned = r["status"] in ("completed", "returned") and not r["returned"]
        want = r["commission_fen"] if earned else 0
        if r["accrued"] != want:
            problems.append(
                f"order {r['number']} line {r['id']}: commission accrued "
                f"{r['accrued']}, formula says {want}"
            )
            if len(problems) > 60:
                break
    return problems


def check_consignment(s: Station) -> list[str]:
    problems = []
    rows = s.records.all(f"""
        SELECT b.id, b.trace_code, b.quantity_base,
          (SELECT COALESCE(SUM(quantity_base), 0) FROM stock_movements m
            WHERE m.batch_id = b.id AND kind = 'intake') AS intake,
          (SELECT -COALESCE(SUM(quantity_base), 0) FROM stock_movements m
            WHERE m.batch_id = b.id AND kind = 'sale') AS sold,
          (SELECT -COALESCE(SUM(quantity_base), 0) FROM stock_movements m
            WHERE m.batch_id = b.id AND kind = 'return') AS returned,
          (SELECT -COALESCE(SUM(quantity_base), 0) FROM stock_movements m
            WHERE m.batch_id = b.id AND kind = 'spoil') AS spoiled,
          (SELECT COALESCE(SUM(quantity_base), 0) FROM stock_movements m
            WHERE m.batch_id = b.id) AS on_hand,
          (SELECT COALESCE(SUM(quantity_base), 0) FROM consignment_sales c
            WHERE c.batch_id = b.id AND NOT {_VOIDED.format(receipt="c.receipt_id")}) AS sales,
          {_VOIDED.format(receipt="b.receipt_id")} AS voided
        FROM consignment_batches b""")
    for r in rows:
        label = r["trace_code"]
        if r["on_hand"] < 0:
            problems.append(f"batch {label} has negative stock {r['on_hand']}")
        if r["intake"] != r["sold"] + r["returned"] + r["spoiled"] + r["on_hand"]:
            problems.append(f"batch {label}: intake ≠ sold + returned + spoiled + on hand")
        want_intake = 0 if r["voided"] else r["quantity_base"]
        if r["intake"] != want_intake:
            problems.append(f"batch {label}: intake movements {r['intake']} ≠ {want_intake}")
        if r["sold"] != r["sales"]:
            problems.append(f"batch {label}: sold {r['sold']} ≠ live sales {r['sales']}")
    for r in s.records.all(f"""
        SELECT c.id, c.quantity_base, c.unit_price_fen, c.base_per_unit, c.amount_fen,
               c.commission_bp, c.commission_fen, {_VOIDED.format(receipt="c.receipt_id")} AS v,
               (SELECT COALESCE(SUM(amount_fen), 0) FROM commission_entries e
                 WHERE e.sale_id = c.id) AS accrued,
               (SELECT COALESCE(SUM(amount_fen), 0) FROM payments p
                 WHERE p.sale_id = c.id) AS paid
          FROM consignment_sales c"""):
        if (
            line_total(r["quantity_base"], r["unit_price_fen"], r["base_per_unit"])
            != r["amount_fen"]
        ):
            problems.append(f"sale {r['id']} amount does not match quantity × price")
        if commission_fen(r["amount_fen"], r["commission_bp"]) != r["commission_fen"]:
            problems.append(f"sale {r['id']} commission does not match its rate")
        want = 0 if r["v"] else r["commission_fen"]
        if r["accrued"] != want:
            problems.append(f"sale {r['id']} commission accrued {r['accrued']} ≠ {want}")
        if r["paid"] != (0 if r["v"] else r["amount_fen"]):
            problems.append(f"sale {r['id']} payments {r['paid']} ≠ amount {r['amount_fen']}")
    return problems


def _paid_out_mismatches(s: Station, table: str, link: str, amount: str) -> list[str]:
    """Rows whose money went out of the point: their payments must total −amount while the
    receipt stands, and 0 once it is voided (a payout or remittance paid twice shows here)."""
    problems = []
    for r in s.records.all(f"""
        SELECT t.id, t.{amount} AS amount, {_VOIDED.format(receipt="t.receipt_id")} AS v,
          (SELECT COALESCE(SUM(amount_fen), 0) FROM payments p WHERE p.{link} = t.id) AS paid
        FROM {table} t"""):
        if r["paid"] != (0 if r["v"] else -r["amount"]):
            problems.append(f"{table} {r['id']}: payments {r['paid']} ≠ {r['amount']}")
    return problems


def check_settlements(s: Station) -> list[str]:
    problems = []
    for r in s.records.all("""
        SELECT t.id, t.proceeds_fen, t.commission_fen, t.fees_fen, t.offset_fen, t.payout_fen,
          (SELECT COALESCE(SUM(amount_fen), 0) FROM settlement_lines l
            WHERE l.settlement_id = t.id) AS lines,
          (SELECT COALESCE(SUM(commission_fen), 0) FROM settlement_lines l
            WHERE l.settlement_id = t.id) AS comm,
          (SELECT COALESCE(SUM(amount_fen), 0) FROM settlement_fees f
            WHERE f.settlement_id = t.id) AS fees
        FROM settlements t"""):
        if (
            r["payout_fen"]
            != r["proceeds_fen"] - r["commission_fen"] - r["fees_fen"] - r["offset_fen"]
            or r["payout_fen"] < 0
        ):
            problems.append(f"settlement {r['id']}: payout does not follow the formula")
        if (r["lines"], r["comm"], r["fees"]) != (
            r["proceeds_fen"],
            r["commission_fen"],
            r["fees_fen"],
        ):
            problems.append(f"settlement {r['id']}: lines or fees do not add up")
    problems += _paid_out_mismatches(s, "settlements", "settlement_id", "payout_fen")
    twice = s.records.scalar(f"""
        SELECT COUNT(*) FROM (SELECT l.sale_id FROM settlement_lines l
          JOIN settlements t ON t.id = l.settlement_id
         WHERE NOT {_VOIDED.format(receipt="t.receipt_id")}
         GROUP BY l.sale_id HAVING COUNT(*) > 1)""")
    if twice:
        problems.append(f"{twice} sales are settled more than once")
    return problems


def check_payments(s: Station) -> list[str]:
    problems = []
    bad = s.records.scalar(
        "SELECT COUNT(*) FROM payments WHERE method = 'cash' AND "
        "tendered_fen IS NOT NULL AND change_fen <> tendered_fen - amount_fen"
    )
    if bad:
        problems.append(f"{bad} cash payments have change ≠ tendered − amount")
    problems += _paid_out_mismatches(s, "remittances", "remittance_id", "amount_fen")
    bad = s.records.scalar("""
        SELECT COUNT(*) FROM receipts c WHERE c.kind = 'banking' AND c.amount_fen <>
          -(SELECT COALESCE(SUM(amount_fen), 0) FROM payments p WHERE p.receipt_id = c.id)""")
    if bad:
        problems.append(f"{bad} banking receipts do not match their cash payments")
    bad = s.records.scalar(
        "SELECT (SELECT COUNT(*) FROM consignment_batches WHERE commission_bp NOT BETWEEN 0 "
        "AND 5000) + (SELECT COUNT(*) FROM consignment_sales WHERE commission_bp NOT BETWEEN 0 "
        "AND 5000) + (SELECT COUNT(*) FROM order_lines WHERE commission_bp NOT BETWEEN 0 "
        "AND 5000)"
    )
    if bad:
        problems.append(f"{bad} rows carry a commission rate outside 0–50 %")
    bad = s.records.scalar(
        "SELECT COUNT(*) FROM payments r JOIN payments o "
        "ON o.id = r.reverses_id WHERE r.amount_fen <> -o.amount_fen"
    )
    if bad:
        problems.append(f"{bad} payment reversals do not negate their original")
    return problems


def check_trace_codes(s: Station) -> list[str]:
    """Each day's trace counter is past that day's codes: a counter behind would issue a code
    again (what a restore did before trace_counters).  Two batches with one code cannot be in
    one file (a UNIQUE constraint); across a restore the county lists them as conflicts."""
    return [
        f"trace counter for {r['day']} is {r['counter']}, codes go up to {r['top']}"
        for r in s.records.all(
            "SELECT substr(trace_code, length(trace_code) - 9, 6) AS day, "
            "MAX(CAST(substr(trace_code, length(trace_code) - 2) AS INTEGER)) AS top, "
            "(SELECT last_seq FROM trace_counters t WHERE t.day = "
            "substr(b.trace_code, length(b.trace_code) - 9, 6)) AS counter "
            "FROM (SELECT trace_code FROM consignment_batches UNION ALL "
            "SELECT trace_code FROM buyback_lots) b "
            "GROUP BY day HAVING counter IS NULL OR counter < top "
            "LIMIT 20"
        )
    ]


def check_day_closes(s: Station) -> list[str]:
    """Every cash movement is in at most one close, and every close and Z report holds the
    figures of its own interval (reports.Drawer): opening = the previous count, cash in/out =
    the cash between the previous count's cut-off and its own, expected and difference follow.

    Done in Python over two ordered lists because the interval join has no index to use in
    SQLite; both lists are read once, so a five-year station checks in well under a second.
    """
    import bisect

    problems: list[str] = []
    closes = s.records.all("SELECT * FROM day_closes ORDER BY change_seq")
    seqs = [c["change_seq"] for c in closes]
    sums = [[0, 0] for _ in closes]
    for p in s.db.execute("SELECT change_seq, amount_fen FROM payments WHERE method = 'cash'"):
        i = bisect.bisect_left(seqs, p[0])
        if i < len(closes):
            sums[i][0 if p[1] > 0 else 1] += abs(p[1])
    previous = None
    for c, (inn, out) in zip(closes, sums, strict=True):
        where = f"close of {c['day']} at {c['created_at'][:16]}"
        if previous is not None and c["opening_cash_fen"] != previous["counted_cash_fen"]:
            problems.append(
                f"{where}: opening {c['opening_cash_fen']} is not the previous "
                f"count {previous['counted_cash_fen']}"
            )
        if (c["cash_in_fen"], c["cash_out_fen"]) != (inn, out):
            problems.append(
                f"{where}: cash in/out {c['cash_in_fen']}/{c['cash_out_fen']} but "
                f"its interval holds {inn}/{out} (cash counted twice or lost)"
            )
        if c["expected_cash_fen"] != c["opening_cash_fen"] + c["cash_in_fen"] - c["cash_out_fen"]:
            problems.append(f"{where}: expected cash does not add up")
        if c["difference_fen"] != c["counted_cash_fen"] - c["expected_cash_fen"]:
            problems.append(f"{where}: difference is not counted − expected")
        previous = c
    # Each Z report (day_close receipt) prints exactly one stored close, for its amount.
    # (Closes share their Z report's id; older ones are matched by day and time.)
    for z in s.records.all(
        "SELECT r.number, r.amount_fen, c.counted_cash_fen AS counted FROM receipts r "
        "LEFT JOIN day_closes c ON c.id = r.id OR (c.day = r.ref_id AND c.created_at = "
        "r.created_at AND NOT EXISTS (SELECT 1 FROM day_closes k WHERE k.id = r.id)) "
        "WHERE r.kind = 'day_close' AND (c.id IS NULL OR c.counted_cash_fen <> r.amount_fen)"
        " LIMIT 20"
    ):
        problems.append(f"Z report {z['number']} does not match its stored close")
    return problems


def check_parcels(s: Station) -> list[str]:
    """The county's parcel counts (``parcel_days``) are the station's parcels: per day, the
    parcels checked in and the parcels sent; every sent parcel has its receipt."""
    problems = []
    bad = s.records.all(
        "WITH ins AS (SELECT substr(checked_in_at, 1, 10) AS day, COUNT(*) AS n FROM parcels "
        "GROUP BY 1), outs AS (SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS n "
        "FROM parcel_sends GROUP BY 1) "
        "SELECT d.day, d.parcels_in, d.parcels_out, COALESCE(i.n, 0) AS n_in, "
        "COALESCE(o.n, 0) AS n_out FROM parcel_days d LEFT JOIN ins i ON i.day = d.day "
        "LEFT JOIN outs o ON o.day = d.day "
        "WHERE d.parcels_in <> COALESCE(i.n, 0) OR d.parcels_out <> COALESCE(o.n, 0) LIMIT 5"
    )
    problems += [
        f"parcel counts of {r['day']}: {r['parcels_in']}/{r['parcels_out']} sent to the county, "
        f"{r['n_in']}/{r['n_out']} at the station"
        for r in bad
    ]
    missing = s.records.scalar(
        "SELECT COUNT(*) FROM (SELECT substr(checked_in_at, 1, 10) AS day FROM parcels "
        "UNION SELECT substr(created_at, 1, 10) FROM parcel_sends) "
        "WHERE day NOT IN (SELECT day FROM parcel_days)"
    )
    if missing:
        problems.append(f"{missing} days of parcels have no count for the county")
    return problems


CHECKS: list[Callable[[Station], list[str]]] = [
    check_integrity,
    check_receipt_numbers,
    check_change_log,
    check_ledger,
    check_orders,
    check_consignment,
    check_settlements,
    check_payments,
    check_day_closes,
    check_trace_codes,
    check_parcels,
    check_buyback,
]


def run_checks(station: Station) -> list[str]:
    problems: list[str] = []
    for check in CHECKS:
        problems += check(station)
    return problems
