"""The operator-facing text of every refusal, in Simplified Chinese and English.

Kept as data in the Qt-free core so the CLI, the county server and the GUI show the same
words.  The GUI passes these through ``QCoreApplication.translate`` with the context
``"errors"``, so a translator can still refine them in the ``.ts`` files.  A test checks that
every code raised anywhere in the core has both texts.
"""

from __future__ import annotations

from typing import Any

#: Field names as the operator knows them.
# One field or message pair per entry: the tables read better unwrapped.
# fmt: off
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("名称", "name"),
    "server_url": ("县服务器地址", "county server address"),
    "enrolment_code": ("登记码", "enrolment code"),
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
    "resolution_note": ("处理说明", "how it was resolved"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # money and quantities
    "empty_number": ("请输入数字。", "Please enter a number."),
    "not_a_number": ("“{value}”不是有效的数字。", "“{value}” is not a valid number."),
    "number_exponent": ("“{value}”里有指数写法（如 1e2），请直接写出数字，如 100。",
                        "“{value}” uses exponent notation (like 1e2); type the number out, "
                        "like 100."),
    "number_underscore": ("“{value}”里有下划线，数字中间不能有下划线。",
                          "“{value}” contains an underscore; numbers cannot contain one."),
    "number_sign": ("“{value}”前面有正号，请去掉“+”，只写数字。",
                    "“{value}” starts with a plus sign; leave out the “+” and type only the "
                    "number."),
    "number_inner_space": ("“{value}”中间有空格，请去掉空格。",
                           "“{value}” has a space inside it; please remove the space."),
    "number_comma": ("“{value}”里的逗号位置不对：逗号只能用来每三位分隔（如 1,250），"
                     "小数请用点（如 12.5）。",
                     "The comma in “{value}” is misplaced: commas only group thousands "
                     "(1,250); use a point for decimals (12.5)."),
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
    "barcode_taken": ("条码 {barcode} 已用于商品“{name}”。",
                      'The barcode {barcode} is already used by the item "{name}".'),
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
    "database_busy": ("服务站正忙（另一项工作正在写入，{detail}），这次没有保存。请稍等几秒再试一次。",
                      "The station is busy (another job is writing, {detail}); nothing was saved. Wait a few seconds and try again."),
    "disk_full": ("磁盘已满，这次没有保存（{detail}）。请联系技术员清理磁盘。",
                  "The disk is full; nothing was saved ({detail}). Ask a technician to free some space."),
    "database_read_only": ("数据文件不能写入（{detail}），这次没有保存。请联系技术员。",
                           "The data file cannot be written ({detail}); nothing was saved. Call a technician."),
    "database_io_error": ("读写磁盘出错（{detail}），这次没有保存。请检查电脑硬盘，联系技术员。",
                          "The disk reported a read or write error ({detail}); nothing was saved. Have a technician check the disk."),
    "setting_unknown": ("未知的设置项：{key}。", "Unknown setting: {key}."),
    "setting_value": ("设置值“{value}”无效，可选：{allowed}。", "The value “{value}” is not allowed; choose {allowed}."),
    "pin_malformed": ("密码必须是 4 到 8 位数字。", "The PIN must be 4 to 8 digits."),
    "role_unknown": ("未知的角色：{role}。", "Unknown role: {role}."),
    "operator_exists": ("操作员“{name}”已存在。", "The operator “{name}” already exists."),
    "operator_not_found": ("找不到操作员：{name}。", "Operator not found: {name}."),
    "last_manager": ("不能停用最后一位站长。", "The last manager cannot be disabled."),
    "wrong_pin": ("姓名或密码不对。", "Wrong name or PIN."),
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
    "platform_refs_missing": ("请填写平台和平台订单号。", "Enter the platform and its order number."),
    "platform_refs_too_many": ("一个订单最多 {max} 个平台订单号。", "An order has at most {max} platform order numbers."),
    "platform_unknown": ("未知的平台：{platform}，请从列表中选择。", "Unknown platform: {platform}; choose one from the list."),
    "platform_ref_twice": ("{platform}订单号 {ref} 已经记过了。", "The {platform_en} order number {ref} is already recorded."),
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
    "batch_not_found": ("找不到代销批次：{id}。", "Consignment batch not found: {id}."),
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
    "printable_not_found": ("找不到 {number}：它不是本站的收据号、追溯码或佣金对账单号"
                            "（如 GJ01-2026-000001、GJ01-261202-001、GJ01-202611-COMM）。",
                            "Nothing found for {number}: it is not a receipt number, trace code "
                            "or commission statement number of this station (like "
                            "GJ01-2026-000001, GJ01-261202-001, GJ01-202611-COMM)."),
    "receipt_not_voidable": ("收据 {number}（{kind}）不能作废。",
                             "Receipt {number} ({kind_en}) cannot be voided."),
    "receipt_already_voided": ("收据 {number} 已经作废了。", "Receipt {number} is already void."),
    "month_malformed": ("月份格式应为 2026-11：{value}。", "Months are written 2026-11: {value}."),
    "day_malformed": ("日期格式应为 2026-11-22：{value}。", "Dates are written 2026-11-22: {value}."),
    "day_counted_in_later_close": ("{day} 不能再日结：{later} 的日结已经点过这一天的现金。"
                                   "要重新点钞，请对 {later} 或今天再做一次日结。",
                                   "{day} cannot be closed any more: the close of {later} "
                                   "already counted that day's cash. To count again, close "
                                   "{later} or today again."),
    "unknown_denomination": ("没有 {value} 元面值的钞票或硬币。",
                             "There is no note or coin of {value} yuan."),
    "bad_piece_count": ("{note} 元的张数应为 0 到 99999 的整数：{value}。",
                        "The number of {note} yuan pieces must be a whole number from 0 to "
                        "99999: {value}."),
    "float_after_close": ("已经有日结，期初现金不能再改：现在抽屉的起点是上次点钞的金额。"
                          "往抽屉里放零钱后，下次日结会显示为长款，请在备注里写明。",
                          "The opening float cannot change once a day has been closed: the "
                          "drawer now starts from the last count. Change money put in the "
                          "drawer shows as over at the next close; say so in its note."),
    "numbers_closed_after_restore": (
        "本站刚从备份恢复，还不能确定备份之后开过哪些单号，暂停开收据和追溯码，以免号码重复。"
        "请先同步（同步页 → 立即同步）；没有网络时，请站长在同步页点“启用新号段”。",
        "This station was restored from a backup and cannot yet tell which numbers were issued "
        "after it, so receipts and trace codes are paused to keep every number unique. Sync "
        "first (Sync → Sync now); with no network, a manager can open a fresh block on the "
        "Sync screen."),
    "numbers_already_open": ("单号没有暂停，不需要启用新号段。",
                             "Numbering is not paused; no fresh block is needed."),
    "close_difference_needs_note": ("点钞金额 {counted} 与应有现金 {expected} 不符（{difference}）："
                                    "请在备注里写明原因再日结。",
                                    "The cash counted, {counted}, differs from the cash expected, "
                                    "{expected} ({difference}): write the reason in the note, "
                                    "then close."),
    "day_in_future": ("不能为将来的日期日结：{value}。", "Cannot close a day in the future: {value}."),
    "period_reversed": ("结束日期 {end} 早于开始日期 {start}。", "The end {end} is before the start {start}."),
    # -- backups and restore (backup.py, restore.py) --
    "backup_kind_unknown": ("未知的备份类型：{kind}。", "Unknown kind of backup: {kind}."),
    "backup_in_transaction": ("还有一项操作没有完成，请完成后再备份。", "An operation is still in progress; finish it, then back up."),
    "backup_source_damaged": ("检查数据库时发现问题（{detail}），所以没有备份，以免用损坏的数据替换好的备份。请联系县电商服务中心，不要删除任何文件。", "The database check found a problem ({detail}), so no backup was made: a damaged copy must not push out the good backups. Contact the county e-commerce centre and do not delete any files."),
    "backup_target_exists": ("这个备份文件已经存在：{path}。请换一个文件名。", "A backup file already exists at {path}. Choose another name."),
    "backup_write_failed": ("备份没能写到 {path}（{detail}）。请检查U盘是否插好、磁盘空间是否足够。", "The backup could not be written to {path} ({detail}). Check that the USB stick is plugged in and that the disk has space."),
    "backup_file_missing": ("找不到备份文件：{path}。", "Backup file not found: {path}."),
    "backup_unreadable": ("无法读取备份文件 {path}（{detail}）。", "Cannot read the backup file {path} ({detail})."),
    "backup_not_sqlite": ("{path} 不是服务站的备份文件。", "{path} is not a station backup file."),
    "backup_damaged": ("备份文件已损坏，不能用来恢复（{detail}）：{path}。请选择更早的一个备份。", "The backup file is damaged and cannot be restored ({detail}): {path}. Choose an earlier backup."),
    "backup_not_a_station": ("{path} 是一个数据库文件，但里面不是服务站的数据。", "{path} is a database file, but it does not hold a service point's data."),
    "backup_newer_version": ("这个备份是由更新版本的软件做的，请先升级本软件再恢复：{path}。", "This backup was made by a newer version of the software; update it before restoring: {path}."),
    "backup_other_station": ("这个备份属于服务站 {backup_code}，而这里是服务站 {code}。为了不把两个站的账混在一起，不能恢复。", "This backup belongs to station {backup_code}, but this is station {code}. It is not restored, so the two stations' accounts are not mixed up."),
    "backup_training_mismatch": ("培训站和正式服务站的数据不能互相恢复：{path}。", "Training data and a real station's data cannot be restored over each other: {path}."),
    "restore_same_file": ("这就是正在使用的数据库文件，不能用它恢复自己：{path}。", "This is the database file in use; it cannot be restored over itself: {path}."),
    "station_in_use": ("服务站数据库正在被使用（{path}）。请先关闭服务站程序，再恢复。", "The station database is in use ({path}). Close the service point program first, then restore."),
    # -- sync and enrolment (sync*.py) --
    "training_cannot_enrol": ("培训站只用于练习，不能在县服务器登记。", "The training station is for practice only and cannot enrol with the county server."),
    "sync_not_enrolled": ("本站还没有在县服务器登记，请先输入县中心给的登记码。", "This station is not enrolled with the county server yet: enter the enrolment code from the county centre first."),
    "sync_offline": ("连不上县服务器（{server}）：请检查网络，稍后会自动再试。", "Cannot reach the county server ({server}): check the network; it will try again later."),
    "enrol_offline": ("连不上县服务器（{server}）：请检查地址和网络，然后再点“登记”。", "Cannot reach the county server ({server}): check the address and the network, then press Enrol again."),
    "enrol_timeout": ("县服务器（{server}）没有回应：请检查地址和网络，然后再点“登记”。", "The county server ({server}) did not answer: check the address and the network, then press Enrol again."),
    "sync_timeout": ("县服务器长时间没有回应，网络可能太慢；稍后会自动再试。", "The county server did not answer in time; the network may be too slow. It will try again later."),
    "sync_bad_answer": ("县服务器的回答看不懂（代码 {status}），请联系县中心。", "The county server gave an answer we cannot read (status {status}); contact the county centre."),
    "sync_token_rejected": ("县服务器不再接受本站的登记（可能已被注销），请向县中心要新的登记码。", "The county server no longer accepts this station's enrolment (it may have been revoked): ask the county centre for a new code."),
    "sync_protocol_refused": ("县服务器要求更新本软件后才能同步，请联系县中心。", "The county server needs a newer version of this program before it can sync; contact the county centre."),
    "sync_server_busy": ("县服务器正忙，稍后会自动再试。", "The county server is busy; it will try again later."),
    "enrol_try_later": ("县服务器请本站过 {seconds} 秒再登记（它正忙，或这里的尝试太多）。本站还没有登记，不会自己再试：到时请再点“登记”。", "The county server asks this station to wait {seconds} s before enrolling (it is busy, or there were too many tries from here). The station is not enrolled yet and will not retry on its own: press Enrol again then."),
    "sync_refused": ("县服务器拒收了本站的数据：{reason}", "The county server refused this station's data: {reason_en}"),
    "sync_totals_differ": ("同步后与县里的合计不一致（{entities}），请联系县中心核对。", "After sync the totals differ from the county's ({entities}); contact the county centre."),
    "server_url_malformed": ("服务器地址应以 http:// 或 https:// 开头：{value}", "The server address must start with http:// or https://: {value}"),
    "export_path_is_folder": ("请选择一个文件名，而不是文件夹：{path}", "Choose a file name, not a folder: {path}"),
    "export_nothing": ("没有待上传的数据，不需要导出。", "Nothing is waiting to be sent; there is nothing to export."),
    "county_owns_catalogue": ("本站已在县服务器登记，商品、价格和佣金比例由县中心统一下发，不能在本站修改。", "This station is enrolled: the county sends the catalogue, prices and rates, so they cannot be changed here."),
    "batch_not_gzip": ("上传的数据不是压缩格式。", "The upload is not gzip-compressed."),
    "batch_too_large": ("上传的数据太大。", "The upload is too large."),
    "batch_not_json": ("上传的数据格式不对。", "The upload is not valid JSON."),
    "batch_malformed": ("上传的数据格式不对（{field}）。", "The upload is malformed ({field})."),
    "batch_too_many": ("一次上传的记录太多（最多 {limit} 条）。", "Too many changes in one upload (at most {limit})."),
    "batch_wrong_station": ("上传的数据属于另一个服务站（{station}）。", "The upload belongs to another station ({station})."),
    "batch_wrong_device": ("上传的数据来自另一台电脑，与本站登记的不符。", "The upload comes from a different PC than the one this station enrolled."),
    "change_entity_unknown": ("不认识的记录类型：{entity}。", "Unknown record type: {entity}."),
    "change_malformed": ("{entity} 记录格式不对。", "A {entity} record is malformed."),
    "change_field_unknown": ("{entity} 记录有不认识的字段：{field}。", "A {entity} record has an unknown field: {field}."),
    "change_field_missing": ("{entity} 记录缺少字段：{field}。", "A {entity} record lacks the field {field}."),
    "change_not_integer": ("{entity} 记录的 {field} 必须是整数（金额以分计）。", "{entity}.{field} must be a whole number (money is in fen)."),
    "change_out_of_range": ("{entity} 记录的 {field} 数值大得不合理。", "{entity}.{field} is absurdly large."),
    "change_not_text": ("{entity} 记录的 {field} 应是文字且不太长。", "{entity}.{field} must be text of reasonable length."),
    "change_id_malformed": ("{entity} 记录的编号格式不对。", "A {entity} record has a malformed id."),
    "change_not_owner": ("{entity} 记录属于另一个服务站（{owner}），本站不能写。", "A {entity} record belongs to another station ({owner}); this station cannot write it."),
    "change_county_owned": ("{entity} 是县中心的数据，服务站不能修改。", "{entity} is county data; a station cannot change it."),
    "change_negative": ("{entity} 记录的 {field} 不能是负数或零。", "{entity}.{field} cannot be negative or zero here."),
    "change_rate_out_of_range": ("{entity} 记录的佣金比例 {field} 超出 0–50%。", "{entity}.{field} is outside 0–50%."),
    "change_total_mismatch": ("{entity} 记录的金额与数量和单价算出的不一致（应为 {expected} 分）。", "A {entity} total does not match its quantity and price (expected {expected} fen)."),
    "change_commission_mismatch": ("{entity} 记录的佣金与其比例算出的不一致（应为 {expected} 分）。", "A {entity} commission does not match its rate (expected {expected} fen)."),
    "change_not_updatable": ("{entity} 记录不能修改，只能新增冲正记录。", "{entity} records cannot be changed, only reversed."),
    "change_record_unknown": ("要修改的 {entity} 记录县里没有。", "The {entity} record to change is not known at the county."),
    "change_farmer_unknown": ("{entity} 记录里的农户不是本站登记的。", "A {entity} record names a farmer this station has not registered."),
    "change_item_unknown": ("订单里的商品县里没有：{item}。", "An order line names an item the county does not know: {item}."),
    "sync_gap": ("县里只收到第 {acked_seq} 条，中间缺了数据，需要从那里重传。", "The county has changes up to {acked_seq} only; the rest must be resent from there."),
    "epoch_retired": ("这批数据来自本站恢复备份之前（县里已在第 {epoch} 轮）。", "These changes predate a restore of this station (the county is at epoch {epoch})."),
    "request_invalid": ("请求的数据不对：{field} 不符合要求（{reason}）。", "The request is invalid: {field}: {reason}."),
    "token_missing": ("缺少登记凭证。", "No token was sent."),
    "token_invalid": ("登记凭证无效或已被注销。", "The token is invalid or revoked."),
    "county_login_required": ("请先用县中心账号登录。", "A county login is needed."),
    "county_login_failed": ("县中心账号或密码不对。", "Wrong county user name or password."),
    "county_password_short": ("县中心账号的密码至少 8 位。", "A county password needs at least 8 characters."),
    "protocol_unsupported": ("同步协议版本 {version} 不受支持（支持：{supported}），请更新软件。", "Sync protocol version {version} is not supported (supported: {supported}); update the program."),
    "server_busy": ("服务器正忙，请 {seconds} 秒后再试。", "The server is busy; try again in {seconds} s."),
    "server_error": ("县服务器内部出错，已记入日志；请稍后再试，或联系县中心。", "The county server had an internal error (it is logged); try again later or contact the county centre."),
    "enrolment_code_invalid": ("登记码不对、已用过或已过期，请向县中心要新的。", "The enrolment code is wrong, used or expired; ask the county centre for a new one."),
    "enrolment_wrong_station": ("这个登记码是给服务站 {station} 的，不是本站的。", "This enrolment code is for station {station}, not this one."),
    "station_unknown": ("县里没有服务站 {station}。", "The county has no station {station}."),
    "county_payment_method": ("付款方式应为 bank、mobile 或 cash：{method}。", "Payment method must be bank, mobile or cash: {method}."),
    # issue 14: the month of the county's commission statement (server/statements.py)
    "statement_month_malformed": ("对账月份应写成 2026-11 这样（年-月）：{value}。", "The statement month is written like 2026-11 (year-month): {value}."),
    "statement_month_future": ("{month} 还没到（本月是 {current}），没有可对账的记录；请选本月或以前的月份。", "{month} has not come yet (this month is {current}): there is nothing to reconcile; choose this month or an earlier one."),
    "export_not_ours": ("这个文件不是服务站导出的同步文件。", "This file is not a service point export."),
    "export_signature_wrong": ("导出文件的签名不对：文件被改过或不是该站导出的。", "The export's signature is wrong: the file was altered or is not from that station."),
    "import_gap": ("导出文件从第 {first_seq} 条开始，县里只到第 {acked_seq} 条，中间缺了一个文件。", "The export starts at change {first_seq} but the county has only up to {acked_seq}: an earlier file is missing."),
    # issue 13 (priv): what no station produces (core/change_rules.py)
    "change_payment_kind_unknown": ("付款记录的类型不认识：{kind}。", "A payment has an unknown kind: {kind}."),
    "change_payment_sign": ("付款记录（{kind}）的金额正负不对：服务站不会记这样的账。", "A {kind} payment has the wrong sign: no station records such an amount."),
    "change_reference_missing": ("{entity} 记录缺少它所属的订单或收据（{field}）。", "A {entity} record does not name its order or receipt ({field})."),
    "change_reference_unknown": ("{entity} 记录的 {field} 指向本站没有的记录，县里和本次上传里都找不到。", "A {entity} record's {field} names a record this station never sent."),
    "change_time_malformed": ("{entity} 记录的时间（{field}）格式不对。", "A {entity} record's time ({field}) is malformed."),
    "change_time_out_of_range": ("{entity} 记录的时间（{field}）是 {day}，不在合理的日期范围内，请检查电脑的日期。", "A {entity} record's time ({field}) is {day}, outside any sensible date; check the PC's date."),
    "change_text_control": ("{entity} 记录的 {field} 含有控制字符或看不见的方向字符。", "A {entity} record's {field} contains control or hidden direction characters."),
    "change_text_emoji": ("{entity} 记录的 {field} 含有表情符号等小票打印机打不出的字符。", "A {entity} record's {field} contains emoji or other characters a receipt printer cannot print."),
    "change_text_too_long": ("{entity} 记录的 {field} 太长（最多 {max} 个字）。", "A {entity} record's {field} is too long (at most {max} characters)."),
    "change_text_bad": ("{entity} 记录的 {field} 含有服务站不允许的字符。", "A {entity} record's {field} contains characters a station does not allow."),
    # -- county accounts, enrolment codes and limits (issue 13, server/accounts.py, limits.py) --
    "county_login_locked": ("登录失败次数太多，这个账号或这台电脑已暂时锁定，请 {minutes} 分钟后再试。", "Too many failed logins: this user or this computer is locked for now; try again in {minutes} min."),
    "county_admin_required": ("这个账号只能查看，不能修改；请用管理员账号登录。", "This login may only view; log in as an admin to make changes."),
    "county_role_invalid": ("账号角色应为 admin（管理员）或 viewer（查看）：{role}。", "The role must be admin or viewer: {role}."),
    "rate_limited": ("请求太频繁，请 {seconds} 秒后再试。", "Too many requests; try again in {seconds} s."),
    "enrolment_code_replaced": ("县中心已为本站发了新的登记码，这个旧码不能再用；请用最新的登记码。", "The county centre has issued a newer enrolment code for this station: this one no longer works; use the newest code."),
    # -- TLS, certificate pinning, plain HTTP and the client version (issue 13) --
    "sync_certificate_changed": ("县服务器的证书变了，和本站登记时记下的不一样，可能有人冒充县服务器。为安全起见这次没有同步，数据都还在本机。请打电话给县技术员。", "The county server's certificate has changed since this station enrolled: someone may be posing as the county server. Nothing was synced; the records stay on this PC. Call the county technician."),
    "enrol_fingerprint_mismatch": ("县服务器出示的证书和县技术员给的指纹不一致，可能连错了服务器，或有人冒充县服务器。没有登记。请打电话给县技术员核对。", "The county server's certificate does not match the fingerprint the county technician gave: it may be the wrong server, or someone posing as it. The station was not enrolled. Call the county technician to check."),
    "fingerprint_malformed": ("证书指纹应为 64 位十六进制数字（如 AA:BB:…，共 32 组），请照县技术员给的重新输入。", "A certificate fingerprint is 64 hexadecimal digits (AA:BB:…, 32 pairs); type it again as the county technician gave it."),
    "enrol_fingerprint_needed": ("县服务器用的是加密连接：请先核对县技术员给的证书指纹再登记。", "The county server uses an encrypted connection: check the certificate fingerprint the county technician gave before enrolling."),
    "enrol_plain_http": ("这个地址（{server}）不加密，登记码和本站的密钥会明文经过网络。请用县技术员给的 https:// 地址；确实只能这样时，须勾选“不加密的连接”才可登记。", "This address ({server}) is not encrypted: the enrolment code and the station's key would cross the network in clear. Use the https:// address from the county technician; if there is truly no other way, tick the unencrypted-connection warning (--insecure) to enrol."),
    "pinned_needs_https": ("本站登记时用的是加密连接，不能改用不加密的地址（{server}）。请用 https:// 地址，或重新登记。", "This station enrolled over an encrypted connection and cannot switch to an unencrypted address ({server}): use an https:// address, or enrol again."),
    "enrol_not_confirmed": ("没有确认证书指纹，没有登记。", "The certificate fingerprint was not confirmed; the station was not enrolled."),
    "sync_client_too_old": ("县服务器要求本软件至少是 {min_version} 版（本机是 {version}），请向县中心要新版本。在此之前本站可以照常离线使用，数据留在本机。", "The county server needs version {min_version} of this program or later (this PC has {version}): ask the county centre for the new version. Until then the station works offline as usual and keeps its records."),
    "client_too_old": ("服务站的软件版本 {version} 太旧，县服务器至少需要 {min_version} 版：请向县中心要新版本。", "The station's program version {version} is too old; the county server needs {min_version} or later: ask the county centre for the new version."),
    "county_plain_http": ("县服务器要对网络开放（{server}），却没有加密：请先用 servicepoint county make-cert 生成证书，再加 --certfile 和 --keyfile 启动；或放在 nginx/Caddy 之后，只监听 127.0.0.1。确实只能不加密时，加 --insecure-http。", "The county server would listen on the network ({server}) without encryption: make a certificate with servicepoint county make-cert and start with --certfile and --keyfile, or run it behind nginx/Caddy listening on 127.0.0.1 only. If there is truly no other way, add --insecure-http."),
    "county_tls_files": ("--certfile 和 --keyfile 要一起给出，且文件要存在：{path}", "--certfile and --keyfile go together and must exist: {path}"),
    "county_cert_exists": ("{path} 已经存在。换新证书后，每个服务站都要重新登记；确实要换时加 --force。", "{path} exists already. A new certificate means every station must enrol again; add --force if that is really wanted."),
    "county_version_malformed": ("版本号应写成 1.2.3 这样：{version}", "A version is written like 1.2.3: {version}"),
    "county_public_url_malformed": ("公开地址应写成 https://主机名[:端口][/路径]，不超过 120 个字符：{url}", "A public address is written like https://host[:port][/path], at most 120 characters: {url}"),
}
# fmt: on


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
