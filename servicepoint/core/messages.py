"""The operator-facing text of every refusal, in Simplified Chinese and English.

Kept as data in the Qt-free core so the CLI, the county server and the GUI show the same
words.  The GUI passes these through ``QCoreApplication.translate`` with the context
``"errors"``, so a translator can still refine them in the ``.ts`` files.  A test checks that
every code raised anywhere in the core has both texts.
"""

from __future__ import annotations

from typing import Any

#: Field names as the operator knows them.
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("名称", "name"),
    "farmer_name": ("农户姓名", "farmer's name"),
    "operator_name": ("操作员姓名", "operator name"),
    "station_name": ("服务站名称", "station name"),
    "village": ("村", "village"),
    "township": ("乡镇", "township"),
    "county": ("县", "county"),
    "village_group": ("村民小组", "village group"),
    "phone": ("电话", "phone"),
    "id_number": ("身份证号", "ID number"),
    "poverty_card_no": ("贫困户卡号", "poverty card number"),
    "note": ("备注", "note"),
    "reason": ("原因", "reason"),
    "is_poor": ("贫困户标记", "poor-household flag"),
    "item_name": ("商品名称", "item name"),
    "platform": ("平台", "platform"),
    "link_ref": ("链接或编号", "link or reference"),
    "category_code": ("品类编码", "category code"),
    "category_name": ("品类名称", "category name"),
    "sku": ("商品编码", "SKU"),
    "barcode": ("条码", "barcode"),
    "product": ("产品", "product"),
    "grade": ("等级", "grade"),
    "buyer": ("买家", "buyer"),
    "payment_reference": ("支付流水号", "payment reference"),
    "printer_name": ("打印机名称", "printer name"),
    "platform_order_no": ("平台订单号", "platform order number"),
    "fee_description": ("费用说明", "fee description"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # money and quantities
    "empty_number": ("请输入数字。", "Please enter a number."),
    "not_a_number": ("“{value}”不是有效的数字。", "“{value}” is not a valid number."),
    "too_many_decimals": ("金额最多两位小数（到分）：{value}。",
                          "Amounts have at most two decimals (fen): {value}."),
    "not_integer_fen": ("金额必须是整数分：{value}。", "Amounts must be whole fen: {value}."),
    "negative_amount": ("金额不能为负数：{value}。", "The amount cannot be negative: {value}."),
    "zero_amount": ("金额不能为零。", "The amount cannot be zero."),
    "absurd_amount": ("金额 {value} 元过大（上限 {limit} 元），请检查是否多输了零。",
                      "{value} yuan is too large (limit {limit}); check for extra zeros."),
    "bad_rate": ("佣金比例无效：{value}（应在 0% 到 50% 之间）。",
                 "Invalid commission rate: {value} (must be 0% to 50%)."),
    "unknown_unit": ("未知的单位：{unit}。", "Unknown unit: {unit}."),
    "whole_pieces_only": ("按件计的商品数量必须是整数：{value}。",
                          "Counted goods need a whole number: {value}."),
    "finer_than_gram": ("重量最小到克：{value}。", "Weights go to the gram at most: {value}."),
    "not_integer_quantity": ("数量必须是整数（克或件）：{value}。",
                             "Quantities must be whole grams or pieces: {value}."),
    "quantity_not_positive": ("数量必须大于零：{value}。", "The quantity must be above zero: {value}."),
    "absurd_quantity": ("数量 {value} 过大，请检查。", "The quantity {value} is too large; please check."),
    # text
    "field_required": ("请填写{field}。", "Please fill in the {field}."),
    "field_not_text": ("{field}必须是文字。", "The {field} must be text."),
    "field_too_long": ("{field}太长（{length} 字，最多 {max} 字）。",
                       "The {field} is too long ({length} characters, at most {max})."),
    "field_has_emoji": ("{field}不能包含表情符号（收据打印机无法打印）。",
                        "The {field} cannot contain emoji (the receipt printer cannot print them)."),
    "field_has_control": ("{field}包含无法打印的控制字符。",
                          "The {field} contains control characters that cannot be printed."),
    "field_not_bool": ("{field}必须是“是”或“否”。", "The {field} must be yes or no."),
    "field_unknown": ("不能修改的字段：{field}。", "These fields cannot be changed: {field}."),
    "name_bad_characters": ("{field}含有不允许的符号：“{value}”。",
                            "The {field} contains characters that are not allowed: “{value}”."),
    "code_bad_characters": ("{field}只能包含字母、数字和 - _ /：“{value}”。",
                            "The {field} may only contain letters, digits and - _ /: “{value}”."),
    "phone_malformed": ("电话号码格式不对：{value}（手机 11 位，或带区号的座机）。",
                        "The phone number {value} is malformed (11-digit mobile, or landline with area code)."),
    "phone_taken": ("电话 {phone} 已登记给另一位农户。",
                    "The phone {phone} is already registered to another farmer."),
    "id_number_malformed": ("身份证号格式不对或校验位错误。",
                            "The ID number is malformed or its check digit is wrong."),
    # station and operators
    "station_code_malformed": ("服务站编码只能是 2–12 位大写字母和数字：{value}。",
                               "The station code must be 2–12 capital letters and digits: {value}."),
    "station_exists": ("这里已经有一个服务站：{path}。", "A station already exists at {path}."),
    "station_not_initialised": ("找不到服务站数据：{path}。请先创建服务站。",
                                "No station found at {path}. Create the station first."),
    "database_damaged": ("数据库文件已损坏（{detail}）：{path}。请用备份恢复。",
                         "The database file is damaged ({detail}): {path}. Restore from a backup."),
    "setting_unknown": ("未知的设置项：{key}。", "Unknown setting: {key}."),
    "setting_value": ("设置值“{value}”无效，可选：{allowed}。", "The value “{value}” is not allowed; choose {allowed}."),
    "pin_malformed": ("PIN 码必须是 4 到 8 位数字。", "The PIN must be 4 to 8 digits."),
    "role_unknown": ("未知的角色：{role}。", "Unknown role: {role}."),
    "operator_exists": ("操作员“{name}”已存在。", "The operator “{name}” already exists."),
    "operator_not_found": ("找不到操作员：{name}。", "Operator not found: {name}."),
    "last_manager": ("不能停用最后一位站长。", "The last manager cannot be disabled."),
    "wrong_pin": ("姓名或 PIN 码不对。", "Wrong name or PIN."),
    "not_signed_in": ("请先登录。", "Please sign in first."),
    "manager_required": ("此操作需要站长授权。", "This needs a manager's approval."),
    # farmers and catalogue
    "farmer_not_found": ("找不到这位农户。", "Farmer not found."),
    "category_not_found": ("找不到品类：{code}。", "Category not found: {code}."),
    "item_not_found": ("找不到商品：{id}。", "Item not found: {id}."),
    "item_inactive": ("商品“{name}”已下架。", "The item “{name}” is no longer offered."),
    "csv_empty": ("文件里没有数据行。", "The file has no data rows."),
    "csv_encoding": ("无法读取文件编码（请另存为 UTF-8 或 GB18030 的 CSV）。",
                     "Cannot read the file's encoding (save it as UTF-8 or GB18030 CSV)."),
    "csv_row": ("第 {row} 行有错，整个文件未导入：{reason}",
                "Row {row} is wrong, nothing was imported: {reason_en}"),
    # orders and payments
    "order_empty": ("订单里还没有商品。", "The order has no items."),
    "order_too_many_lines": ("一个订单最多 {max} 行商品。", "An order has at most {max} lines."),
    "order_not_found": ("找不到订单：{id}。", "Order not found: {id}."),
    "order_line_not_found": ("订单里没有这一行：{id}。", "No such line on the order: {id}."),
    "order_wrong_status": ("订单 {number} 当前状态为“{status}”，不能进行此操作。",
                           "Order {number} is {status_en}; this cannot be done now."),
    "status_unknown": ("未知的订单状态：{status}。", "Unknown order status: {status}."),
    "line_listed_twice": ("同一行商品不能选两次。", "The same line was chosen twice."),
    "line_already_returned": ("“{name}”已经退过货了。", "“{name}” has already been returned."),
    "nothing_to_return": ("订单 {number} 没有可退的商品。", "Order {number} has nothing left to return."),
    "refund_exceeds_paid": ("退款 {refund} 元超过了已收 {paid} 元。",
                            "The refund of {refund} exceeds the {paid} paid."),
    "payment_missing": ("请收款：应收 {due} 元。", "Please take payment: {due} due."),
    "payment_method_unknown": ("未知的付款方式：{method}。", "Unknown payment method: {method}."),
    "payment_method_twice": ("同一种付款方式只能填一次：{method}。",
                             "Each payment method can be used once: {method}."),
    "payment_mismatch": ("收款合计 {paid} 元与应收 {due} 元不符。",
                         "Payments total {paid}, but {due} is due."),
    "cash_short": ("实收现金 {tendered} 元少于现金应付 {due} 元。",
                   "Cash handed over ({tendered}) is less than the cash due ({due})."),
    "account_not_allowed": ("这笔款不能记账（赊账）。", "This cannot be put on account."),
    "account_needs_farmer": ("记账（赊账）需要选定农户。", "Putting it on account needs a farmer."),
    "credit_limit": ("超过赊账额度：已欠 {owed} 元，本次 {asked} 元，额度 {limit} 元。",
                     "Over the credit limit: owes {owed}, asking {asked}, limit {limit}."),
    "bank_more_than_drawer": ("存行 {amount} 元超过了钱箱应有的 {available} 元。",
                              "Banking {amount} is more than the {available} that should be in the drawer."),
    "remit_more_than_due": ("上缴 {amount} 元超过了 {period} 及以前应缴未缴的 {due} 元。",
                            "Remitting {amount} is more than the {due} still due up to {period}."),
    "repay_more_than_owed": ("还款 {paid} 元超过了欠款 {owed} 元。",
                             "Repaying {paid} is more than the {owed} owed."),
    # consignment and settlement
    "batch_not_found": ("找不到寄售批次：{id}。", "Consignment batch not found: {id}."),
    "batch_has_movements": ("批次 {trace} 已有销售或出库，不能作废入库单。",
                            "Batch {trace} has sales or movements; its intake cannot be voided."),
    "not_enough_stock": ("库存不足：要 {asked}，只有 {on_hand}。",
                         "Not enough stock: {asked_en} asked, {on_hand_en} on hand."),
    "below_floor_price": ("售价 {price} 元低于农户的最低价 {floor} 元。",
                          "The price {price} is below the farmer's floor price {floor}."),
    "channel_unknown": ("未知的销售渠道：{channel}。", "Unknown sales channel: {channel}."),
    "sale_not_found": ("找不到销售记录：{id}。", "Sale not found: {id}."),
    "sale_listed_twice": ("同一笔销售不能选两次。", "The same sale was chosen twice."),
    "sale_other_farmer": ("这笔销售不属于这位农户。", "That sale belongs to another farmer."),
    "sale_already_settled": ("销售 {number} 已经结算过了。", "Sale {number} has already been settled."),
    "sale_voided": ("销售 {number} 已作废。", "Sale {number} was voided."),
    "nothing_to_settle": ("没有待结算的销售。", "There are no sales to settle."),
    "fees_exceed_proceeds": ("费用超过了货款，结算金额为 {net} 元。",
                             "Fees exceed the proceeds; the settlement would be {net}."),
    "offset_exceeds_debt": ("抵扣 {offset} 元超过了欠款 {owed} 元。",
                            "The offset of {offset} exceeds the {owed} owed."),
    "offset_exceeds_net": ("抵扣 {offset} 元超过了应付货款 {net} 元。",
                           "The offset of {offset} exceeds the {net} due to the farmer."),
    "settlement_not_found": ("找不到结算记录：{id}。", "Settlement not found: {id}."),
    # receipts and reports
    "receipt_not_found": ("找不到收据：{number}。", "Receipt not found: {number}."),
    "receipt_not_voidable": ("收据 {number}（{kind}）不能作废。",
                             "Receipt {number} ({kind_en}) cannot be voided."),
    "receipt_already_voided": ("收据 {number} 已经作废了。", "Receipt {number} is already void."),
    "month_malformed": ("月份格式应为 2026-11：{value}。", "Months are written 2026-11: {value}."),
    "day_malformed": ("日期格式应为 2026-11-22：{value}。", "Dates are written 2026-11-22: {value}."),
    "day_in_future": ("不能为将来的日期日结：{value}。", "Cannot close a day in the future: {value}."),
    "period_reversed": ("结束日期 {end} 早于开始日期 {start}。", "The end {end} is before the start {start}."),
    # -- backups and restore (backup.py) --
    # -- sync and enrolment (sync*.py) --
}


def render(code: str, lang: str, params: dict[str, Any]) -> str:
    """The message for ``code`` in ``lang`` ("zh_CN" or "en"), with its parameters filled in."""
    english = not lang.startswith("zh")
    template = MESSAGES.get(code, (code, code))[1 if english else 0]
    values: dict[str, Any] = {}
    for key, value in params.items():
        if key == "field" and isinstance(value, str) and value in FIELDS:
            value = FIELDS[value][1 if english else 0]
        values[key] = value
    for key in list(values):  # status_en / reason_en fall back to the plain value
        if key.endswith("_en"):
            continue
        values.setdefault(f"{key}_en", values[key])
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
