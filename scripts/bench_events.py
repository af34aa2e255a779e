#!/usr/bin/env python3
"""Writes a deterministic busy shop as shopdash JSON Lines events to stdout, for the benchmarks:
ORDERS orders over DAYS shop days ending at NOW (Asia/Shanghai), with today, yesterday and the
same day last week at TODAY orders each (the KPI cards' three windows) and the rest spread over
the other days; about one visit per order, carts, coupons, refunds, parcels and a live session
each evening. The same seed and NOW give the same bytes on every run.

usage: bench_events.py ORDERS NOW_UNIX_SECONDS [SEED]
       bench_events.py --orders N [--days 45] [--today 240000] [--now T] [--seed S]
                       [--csv orders.csv] [--visits-csv visits.csv]

--csv and --visits-csv also write the same orders and visits as CSV with a header row, for
loading into plain tables with the sqlite3 CLI's .import (the naive baselines).
"""
import argparse
import csv
import json
import random
import sys
import time

DAY = 86_400
SHANGHAI = 8 * 3_600

ORDER_COLUMNS = ["out_trade_no", "transaction_id", "customer", "nickname", "phone", "city", "created_at",
                 "paid_at", "channel", "live_session", "coupon", "total_fen", "discount_fen", "paid_fen", "items"]
VISIT_COLUMNS = ["id", "visitor", "started_at", "duration_s", "pages", "channel", "live_session"]

PRODUCTS = ["小米手环8", "蓝牙耳机 Pro", "保温杯", "手机壳", "羽绒服", "数据线", "零食大礼包", "洗衣液",
            "充电宝", "纸巾", "电动牙刷", "面膜", "咖啡豆", "运动鞋", "羊毛围巾", "台灯", "双肩包", "茶叶礼盒"]
NAMES = ["小明", "小红", "阿强", "小李", "王五", "赵六", "钱七", "Tom", "Lily", "大熊", "喵喵", "橙子"]
CITIES = ["上海", "北京", "杭州", "深圳", "成都", "武汉", "南京", "西安"]
CHANNELS = ["live_stream"] * 4 + ["official_account"] * 2 + ["group_ad", "share", "share", "search", "ads", "other"]


def arguments():
    parser = argparse.ArgumentParser(usage=__doc__.split("usage: ")[1].split("\n\n")[0])
    parser.add_argument("legacy", nargs="*", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--orders", type=int)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--today", type=int, default=240_000, help="orders today, yesterday and a week ago")
    parser.add_argument("--now", type=int, help="Unix seconds of the last event (default: now)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--csv", help="also write the orders as CSV here")
    parser.add_argument("--visits-csv", help="also write the visits as CSV here")
    args = parser.parse_args()
    if args.legacy:
        if len(args.legacy) < 2 or len(args.legacy) > 3 or args.orders is not None:
            parser.error("give ORDERS NOW [SEED] or --orders")
        args.orders, args.now = args.legacy[0], args.legacy[1]
        if len(args.legacy) == 3:
            args.seed = args.legacy[2]
    if args.orders is None or args.orders < 0:
        parser.error("--orders N is required")
    if args.days < 8:
        parser.error("--days must be at least 8 (the KPI cards compare with a week ago)")
    if args.now is None:
        args.now = int(time.time())
    return args


def day_plan(orders, days, busiest):
    """Orders per day back from today: the three compared days get the busy count (or a third of
    everything when that is less), the other days share the rest, the oldest takes the remainder."""
    quiet_days = [d for d in range(1, days) if d not in (1, 7)]
    busy = min(busiest, orders // 3)
    per_quiet = (orders - 3 * busy) // len(quiet_days)
    plan = {0: busy, 1: busy, 7: busy}
    for d in quiet_days:
        plan[d] = per_quiet
    plan[days - 1] += orders - sum(plan.values())
    return plan


class Table:
    """A CSV file with a header, or nothing when no path was given."""

    def __init__(self, path, columns):
        self.file = open(path, "w", newline="", encoding="utf-8") if path else None
        self.writer = csv.writer(self.file) if self.file else None
        if self.writer:
            self.writer.writerow(columns)

    def row(self, values):
        if self.writer:
            self.writer.writerow(["" if v is None else v for v in values])

    def close(self):
        if self.file:
            self.file.close()


def main():
    args = arguments()
    orders, now, days = args.orders, args.now, args.days
    rng = random.Random(args.seed)
    out = sys.stdout
    write = lambda e: out.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
    order_rows = Table(args.csv, ORDER_COLUMNS)
    visit_rows = Table(args.visits_csv, VISIT_COLUMNS)

    today = (now + SHANGHAI) // DAY * DAY - SHANGHAI
    plan = day_plan(orders, days, args.today)

    batches = []
    for b in range(20):
        batch = f"BB{b:02d}"
        batches.append(batch)
        write({"type": "coupon_batch", "batch_id": batch, "name": f"满{(b % 5 + 1) * 100}减{(b % 5 + 1) * 20}",
               "kind": "threshold", "value_fen": (b % 5 + 1) * 2_000, "min_spend_fen": (b % 5 + 1) * 10_000,
               "quota": 1_000_000, "status": "paused" if b % 7 == 3 else "running",
               "starts_at": today - (days + 10) * DAY, "ends_at": today + (b - 5) * DAY})

    seq = 0
    for back in range(days - 1, -1, -1):
        start = today - back * DAY
        end = now if back == 0 else start + DAY
        session = f"LS{back:02d}"
        live_start, live_end = start + 19 * 3_600, start + 22 * 3_600
        write({"type": "live_session", "id": session, "title": f"晚间直播 第{days - back}场", "started_at": live_start,
               **({} if back == 0 else {"ended_at": live_end})})
        times = sorted(rng.randrange(start, max(end, start + 1)) for _ in range(plan[back]))
        for t in times:
            seq += 1
            no = f"BN{seq:08d}"
            customer = f"u{rng.randrange(300_000):06d}"
            channel = rng.choice(CHANNELS)
            live = channel == "live_stream" and live_start <= t < live_end
            items = [{"sku": f"sku{p:03d}", "name": PRODUCTS[p % len(PRODUCTS)], "qty": rng.randint(1, 3),
                      "unit_fen": rng.randrange(990, 39_900, 10)} for p in rng.sample(range(60), rng.randint(1, 3))]
            total = sum(i["qty"] * i["unit_fen"] for i in items)
            paid = rng.random() < 0.95
            # Coupons need the spend their threshold asks for (the smallest is 满100).
            coupon = rng.choice(batches) if paid and total >= 10_000 and rng.random() < 0.25 else None
            discount = 2_000 if coupon else 0
            phone = f"1{rng.randint(30, 99)}{rng.randrange(10**8):08d}"
            visitor = customer if rng.random() < 0.7 else f"a{rng.randrange(500_000):06d}"
            visit = {"type": "visit", "id": f"vv{seq:08d}", "visitor": visitor, "started_at": max(start, t - rng.randrange(600)),
                     "duration_s": rng.randrange(10, 900), "pages": rng.randint(1, 12), "channel": channel,
                     **({"live_session": session} if live else {})}
            write(visit)
            visit_rows.row([visit.get(c) for c in VISIT_COLUMNS])
            if rng.random() < 0.3:
                write({"type": "add_to_cart", "id": f"cc{seq:08d}", "visitor": visitor, "at": max(start, t - 60),
                       "sku": items[0]["sku"], "qty": 1})
            order = {"type": "order", "out_trade_no": no, "transaction_id": f"42000{seq:017d}", "customer": customer,
                     "nickname": f"{rng.choice(NAMES)}{rng.randrange(1000)}", "phone": phone, "city": rng.choice(CITIES),
                     "created_at": t, "channel": channel, "items": items, "total_fen": total, "discount_fen": discount}
            if paid:
                order["paid_at"] = t + rng.randrange(5, 120)
            if live:
                order["live_session"] = session
            if coupon:
                order["coupon"] = coupon
            write(order)
            order_rows.row([no, order["transaction_id"], customer, order["nickname"], phone, order["city"], t,
                            order.get("paid_at"), channel, order.get("live_session"), coupon, total, discount,
                            total - discount if paid else 0, " ".join(i["name"] for i in items)])
            if coupon:
                write({"type": "coupon_issued", "coupon_id": f"cp{seq:08d}", "batch_id": coupon, "customer": customer,
                       "at": t - 3_600})
                write({"type": "coupon_redeemed", "coupon_id": f"cp{seq:08d}", "batch_id": coupon, "out_trade_no": no,
                       "discount_fen": discount, "at": t})
            if paid and back > 0 and rng.random() < 0.5:
                write({"type": "shipment", "out_trade_no": no, "carrier": "顺丰", "tracking_no": f"SF{seq:010d}",
                       "status": "picked", "at": t + 6 * 3_600})
            if paid and rng.random() < 0.03:
                refund = {"type": "refund", "refund_no": f"RF{seq:08d}", "out_trade_no": no,
                          "amount_fen": total - discount, "requested_at": t + 600}
                if t + 1_800 <= now:
                    refund["succeeded_at"] = t + 1_800
                else:
                    refund["status"] = "processing"
                write(refund)
    order_rows.close()
    visit_rows.close()


if __name__ == "__main__":
    main()
