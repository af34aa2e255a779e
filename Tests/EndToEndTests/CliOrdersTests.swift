import Foundation
import Testing

/// Every command against the built binary, one test at a time like the other end-to-end tests.
extension EndToEnd {
    @Suite struct CliOrdersTests {
        @Test func showPrintsTheWholeOrderMaskedAndClean() throws {
            let store = try CliStore(events: CliFixture.events)
            let r = try store.run(["orders", "show", "T1"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.lines[0] == "Order T1  paid  ¥108.00")
            #expect(r.stdout.contains("  Phone       138****5678  (masked; --reveal to show)\n"))
            #expect(r.stdout.contains("  Address     上海市浦东新****\n"))
            #expect(!r.stdout.contains("13812345678"))
            // Control characters from the data are shown, not obeyed.
            #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
            #expect(r.stdout.contains("  Customer    小明\\u{1B}[31m (c1)\n"))
            #expect(r.stdout.contains("  Remark      请\\u{202E}包装\n"))
            for section in ["Items", "Payment", "Coupon", "Status trail", "Refunds", "Logistics", "Audit"] {
                #expect(r.lines.contains(section), "missing section \(section)")
            }
            #expect(r.stdout.contains("  s1   羊绒围巾  1    ¥128.00  ¥128.00\n"))
            #expect(r.stdout.contains("  Total ¥128.00  Discount ¥20.00  Paid ¥108.00\n"))
            #expect(r.stdout.contains("  满100减20 [B1]  -¥20.00  at 2026-11-25 10:00:30\n"))
            #expect(r.stdout.contains("  R1  ¥10.00  succeeded  requested 2026-11-25 12:00:00  succeeded 2026-11-25 12:30:00  reason: 少发\n"))
            #expect(r.stdout.contains("  2026-11-25 13:00:00  顺丰 SF1  picked\n"))
            // By transaction id too.
            let byTransaction = try store.run(["orders", "show", "4200000001"])
            #expect(byTransaction.lines.first == "Order T1  paid  ¥108.00")
        }

        @Test func showJSONHasFixedKeys() throws {
            let store = try CliStore(events: CliFixture.events)
            let json = try store.run(["orders", "show", "T1", "--json"]).json()
            #expect(Set(json.keys) == ["out_trade_no", "transaction_id", "status", "created_at", "paid_at", "customer", "nickname",
                                       "phone", "city", "address", "revealed", "channel", "live_session", "remark", "total",
                                       "discount", "paid", "items", "coupon", "status_trail", "refunds", "shipments", "audit"])
            #expect(json["phone"] as? String == "138****5678")
            #expect(json["revealed"] as? Bool == false)
            #expect(json["nickname"] as? String == "小明\u{1B}[31m")
            #expect((json["paid"] as? [String: Any])?["fen"] as? Int == 10_800)
            #expect((json["paid"] as? [String: Any])?["yuan"] as? String == "108.00")
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(Set(items[0].keys) == ["sku", "name", "qty", "unit", "line_total"])
            let coupon = try #require(json["coupon"] as? [String: Any])
            #expect(Set(coupon.keys) == ["batch_id", "name", "coupon_id", "discount", "at"])
            let refunds = try #require(json["refunds"] as? [[String: Any]])
            #expect(Set(refunds[0].keys) == ["refund_no", "wechat_refund_id", "amount", "reason", "status", "requested_at", "succeeded_at"])
            let shipments = try #require(json["shipments"] as? [[String: Any]])
            #expect(Set(shipments[0].keys) == ["tracking_no", "carrier", "status", "at", "detail"])
            #expect((json["status_trail"] as? [[String: Any]])?.map { $0["status"] as? String } == ["created", "paid"])
            // The raw JSON text carries the escape as \u001b, never the byte itself.
            let raw = try store.run(["orders", "show", "T1", "--json"]).stdout
            #expect(raw.contains(#""nickname": "小明\u001b[31m""#))
            #expect(!raw.unicodeScalars.contains { $0.value == 0x1B })
        }

        @Test func revealIsForOperatorsAndAudited() throws {
            let store = try CliStore(events: CliFixture.events)
            let refused = try store.run(["orders", "show", "T1", "--reveal", "--role", "support"])
            #expect(refused.status == 77)
            #expect(refused.stdout == "")
            #expect(refused.stderr == "shopdash: refused: the support role cannot reveal personal data\n")
            #expect(try store.run(["audit", "--json"]).json()["entries"] as? [Any] == nil
                    || (try store.run(["audit", "--json"]).json()["entries"] as? [Any])?.isEmpty == true)

            // Through the SSH gate, the only place a client address is believed.
            let revealed = try store.run(["gate", "--role", "operator", "--name", NSUserName()],
                                         environment: ["SSH_ORIGINAL_COMMAND": "orders show T1 --reveal --json",
                                                       "SSH_CONNECTION": "192.0.2.7 50022 10.0.0.1 22"])
            #expect(revealed.status == 0)
            let json = try revealed.json()
            #expect(json["phone"] as? String == "13812345678")
            #expect(json["address"] as? String == "上海市浦东新区世纪大道100号")
            #expect(json["revealed"] as? Bool == true)
            let audit = try #require(json["audit"] as? [[String: Any]])
            #expect(audit.count == 1)
            #expect(audit[0]["action"] as? String == "order.reveal")
            #expect(audit[0]["ssh_client"] as? String == "192.0.2.7")
            #expect(audit[0]["role"] as? String == "operator")
            #expect(audit[0]["user"] as? String == NSUserName())
        }

        @Test func anUnknownOrderExitsOne() throws {
            let store = try CliStore(events: CliFixture.events)
            let r = try store.run(["orders", "show", "NOPE\u{1B}]0;x"])
            #expect(r.status == 1)
            #expect(r.stderr == "shopdash: no order with number or transaction id 'NOPE\\u{1B}]0;x'\n")
        }

        @Test func findByPhoneTailNicknameAndChineseProductNewestFirst() throws {
            let store = try CliStore(events: CliFixture.events)
            let tail = try store.run(["orders", "find", "5678"])
            #expect(tail.status == 0)
            #expect(tail.lines.count == 3)
            #expect(tail.lines[0].hasPrefix("CREATED "))
            #expect(tail.lines[1].hasPrefix("2026-11-25 10:00:00  T1     小明\\u{1B}[31m  138****5678  ¥108.00  paid    share  "))
            #expect(tail.lines[2].hasPrefix("2026-11-24 09:00:00  T3     小红            137****5678  ¥60.00   paid    live_stream  保温杯"))
            #expect(tail.lines[2].contains(" 137****5678 "))
            #expect(!tail.stdout.contains("13700005678"))

            let product = try store.run(["orders", "find", "围巾", "--json"]).json()
            #expect(Set(product.keys) == ["query", "count", "total", "total_is_at_least", "orders"])
            let orders = try #require(product["orders"] as? [[String: Any]])
            #expect(orders.map { $0["out_trade_no"] as? String } == ["T1"])
            #expect(Set(orders[0].keys) == ["out_trade_no", "transaction_id", "created_at", "nickname", "phone", "items",
                                            "amount", "status", "channel"])

            let nickname = try store.run(["orders", "find", "小红", "--json"]).json()
            #expect((nickname["orders"] as? [[String: Any]])?.map { $0["out_trade_no"] as? String } == ["T3"])
        }

        @Test func findFiltersByDayStatusAndLimit() throws {
            let store = try CliStore(events: CliFixture.events)
            func numbers(_ args: [String]) throws -> [String?] {
                let json = try store.run(["orders", "find"] + args + ["--json"]).json()
                return (json["orders"] as? [[String: Any]] ?? []).map { $0["out_trade_no"] as? String }
            }
            #expect(try numbers(["5678", "--from", "2026-11-25"]) == ["T1"])
            #expect(try numbers(["5678", "--to", "2026-11-24"]) == ["T3"])
            #expect(try numbers(["5678", "--from", "2026-11-25T09:59:59+08:00", "--to", "2026-11-25T10:00:01+08:00"]) == ["T1"])
            #expect(try numbers(["", "--status", "created"]) == ["T2"])
            #expect(try numbers(["", "--limit", "2"]) == ["T2", "T1"])

            // A capped list says how many match in all, in text and in JSON.
            let capped = try store.run(["orders", "find", "5678", "--limit", "1"])
            #expect(capped.lines.count == 3)
            #expect(capped.lines[2] == "1 of 2 orders (--limit shows more)")
            let cappedJSON = try store.run(["orders", "find", "5678", "--limit", "1", "--json"]).json()
            #expect(cappedJSON["count"] as? Int == 1 && cappedJSON["total"] as? Int == 2)
            #expect(cappedJSON["total_is_at_least"] as? Bool == false)

            let none = try store.run(["orders", "find", "不存在"])
            #expect(none.status == 1)
            #expect(none.stderr == "shopdash: no orders match '不存在'\n")
            let badDay = try store.run(["orders", "find", "5678", "--from", "2026-02-30"])
            #expect(badDay.status == 64)
            #expect(badDay.stderr.contains("'2026-02-30' is not a real day"))
            let badStatus = try store.run(["orders", "find", "5678", "--status", "lost"])
            #expect(badStatus.status == 64)
        }
    }
}
