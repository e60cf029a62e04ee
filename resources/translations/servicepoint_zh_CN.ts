<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="238" />
        <source>About the service point</source>
        <translation>关于服务站</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="239" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="240" />
        <source>Copy these lines, e.g. for a technician</source>
        <translation>复制这些内容，比如发给技术员</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="241" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="242" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="243" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="253" />
        <source>training station</source>
        <translation>培训站</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="255" />
        <source>Service point %1</source>
        <translation>服务站 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="256" />
        <source>Station: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="257" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="258" />
        <source>Station file: %1</source>
        <translation>站点文件：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="259" />
        <source>Log folder: %1</source>
        <translation>日志文件夹：%1</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../servicepoint/ui/context.py" line="103" />
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="93" />
        <source>No backups yet. One is made each day when the window closes; "Back up now" makes one at once.</source>
        <translation>还没有备份。每天关闭窗口时会自动备份一次；点“立即备份”马上备份。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="128" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="130" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="131" />
        <source>Make a backup of this station now (Ctrl+B)</source>
        <translation>现在备份本站数据（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="132" />
        <source>Back up to a USB stick…</source>
        <translation>备份到U盘…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="133" />
        <source>Restore the selected backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="134" />
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="137" />
        <source>Restoring replaces this station's data with the backup; the current data is kept in the "replaced" folder. The station closes, the backup is put in place and the station opens again, as if the program restarted: sign in again, then sync.</source>
        <translation>恢复会用备份替换本站的数据，现有数据会另存在数据文件夹里的 replaced（被替换的数据）文件夹，不会删除。本站会先关闭，放入备份后重新打开，就像重启了程序：请重新登录，然后同步。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="145" />
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="146" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="147" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="154" />
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="155" />
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="156" />
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="176" />
        <source>%1 backups use %2 of the %3 allowed (compressed); %4 free on this disk.</source>
        <translation>%1 份备份（已压缩）占用 %2，上限 %3；本磁盘还剩 %4。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="186" />
        <source>Over the limit because of backups made by hand: move some to a USB stick.</source>
        <translation>手动备份使总量超过了上限：请把一些移到U盘。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="197" />
        <source>Backing up… the window stays usable.</source>
        <translation>正在备份…窗口可以照常使用。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="206" />
        <source>Choose the USB stick</source>
        <translation>选择U盘</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="215" />
        <source>Backed up: %1 (%2)</source>
        <translation>已备份：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="226" />
        <source>No backup was made: %1</source>
        <translation>没有备份成功：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="233" />
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表里选一个备份。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="241" />
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="243" />
        <source>Station backups (*.db *.db.gz)</source>
        <translation>服务站备份 (*.db *.db.gz)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="251" />
        <source>A sync or a backup is running; restore when it has finished.</source>
        <translation>正在同步或备份，请等它完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="255" />
        <source>Replace this station's data with the backup %1?

Everything recorded since that backup is no longer in the station (the current data is kept aside in the "replaced" folder). The station closes and opens again; then sign in and sync.</source>
        <translation>用备份 %1 替换本站的数据吗？

这个备份之后记录的内容都将不在本站里（现有数据会另存在数据文件夹里的 replaced（被替换的数据）文件夹，不会删除）。本站会关闭再重新打开，然后请登录并同步。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="260" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="263" />
        <source>restore the backup %1</source>
        <translation>恢复备份 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="272" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="273" />
        <source>Close the program and start it again.</source>
        <translation>请关闭程序，再重新打开。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="277" />
        <source>Not restored: %1</source>
        <translation>没有恢复：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="282" />
        <source>Restored from %1. Sync now so the county confirms the restored records.</source>
        <translation>已从 %1 恢复。请立即同步，让县里确认恢复的记录。</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="116" />
        <source>Take cash to the bank</source>
        <translation>现金存银行</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="119" />
        <source>Cash that should be in the drawer now: %1</source>
        <translation>钱箱里现在应有现金：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="125" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="128" />
        <source>Bank slip number</source>
        <translation>存款单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="133" />
        <source>take cash to the bank</source>
        <translation>把现金存入银行</translation>
    </message>
</context>
<context>
    <name>BuybackBuyPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="164" />
        <source>&amp;Product and grade</source>
        <translation>品名和等级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="165" />
        <source>Gross (&amp;kg)</source>
        <translation>毛重（公斤）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="166" />
        <source>&amp;Tare (kg)</source>
        <translation>皮重（公斤）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="167" />
        <source>&amp;Moisture %</source>
        <translation>水分 %(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="168" />
        <source>&amp;Impurity %</source>
        <translation>杂质 %(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="169" />
        <source>&amp;Offset against debt (yuan)</source>
        <translation>抵扣欠款（元）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="170" />
        <source>Mo&amp;bile part (yuan)</source>
        <translation>移动支付部分（元）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="171" />
        <source>Mobile &amp;reference</source>
        <translation>移动支付流水号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="175" />
        <source>Whose produce</source>
        <translation>交货农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="176" />
        <source>The load</source>
        <translation>这一车货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="177" />
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="182" />
        <source>0 if weighed without a sack</source>
        <translation>没有袋子筐子就不填</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="183" />
        <source>only if the farmer agrees</source>
        <translation>农户同意才填</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="184" />
        <source>the rest is paid in cash</source>
        <translation>其余付现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="185" />
        <source>Buy and print</source>
        <translation>收购并打印</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="187" />
        <source>Pays the farmer, prints the buy-back slip and the lot's label</source>
        <translation>付款给农户，打印收购单和这批货的溯源标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="207" />
        <source>poor +%1</source>
        <translation>贫困户加 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="212" />
        <source>No price list valid today: sync to get the county's</source>
        <translation>今天没有有效的收购价目：请同步，取县里的价目</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="227" />
        <source>Owes the point %1</source>
        <translation>欠服务站 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="273" />
        <source>Net %1</source>
        <translation>净重 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="274" />
        <source>deducted %1</source>
        <translation>扣重 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="277" />
        <source>paid weight %1</source>
        <translation>结算重量 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="278" />
        <source>amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="282" />
        <source>of which poor-household premium %1</source>
        <translation>其中贫困户加价 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="289" />
        <source>cash to pay %1</source>
        <translation>应付现金 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="311" />
        <source>Choose the farmer first.</source>
        <translation>请先选农户。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="347" />
        <source>Bought: %1 %2, paid %3. Trace code %4, receipt %5.</source>
        <translation>已收购：%1 %2，付款 %3。溯源码 %4，收购单 %5。</translation>
    </message>
</context>
<context>
    <name>BuybackScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="70" />
        <source>Buy-back</source>
        <translation>收购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="73" />
        <source>Buy</source>
        <translation>收购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="74" />
        <source>Stock and dispatch</source>
        <translation>库存与发货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="75" />
        <source>Weigh, grade and pay for a load (Ctrl+1)</source>
        <translation>称重、定级、付款（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="76" />
        <source>Ship lots up or record spoilage (Ctrl+2)</source>
        <translation>发货或记录损耗（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="77" />
        <source>Buy a load</source>
        <translation>收购一车货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="78" />
        <source>Dispatch or spoilage</source>
        <translation>发货或损耗</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="79" />
        <source>Record (buy, dispatch)</source>
        <translation>记录（收购、发货）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="115" />
        <source>Lots on hand: %1 · Owed by the county for buy-back: %2</source>
        <translation>在库批次：%1 · 县中心应付收购款：%2</translation>
    </message>
</context>
<context>
    <name>BuybackStockPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="50" />
        <source>No bought produce on hand.</source>
        <translation>没有在库的收购货。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="99" />
        <source>&amp;Destination</source>
        <translation>发往(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="100" />
        <source>&amp;Vehicle</source>
        <translation>车辆(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="101" />
        <source>&amp;Weight lost (kg)</source>
        <translation>损耗重量（公斤）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="102" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="107" />
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="109" />
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="113" />
        <source>Paid</source>
        <translation>已付货款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="114" />
        <source>Trace code</source>
        <translation>溯源码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="119" />
        <source>Dispatch the selected lots</source>
        <translation>发出选中的批次</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="120" />
        <source>Spoilage of the lot under the cursor</source>
        <translation>光标所在批次的损耗</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="125" />
        <source>e.g. the county grain company</source>
        <translation>如：县粮食公司</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="126" />
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="127" />
        <source>Dispatch and print the manifest</source>
        <translation>发货并打印清单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="128" />
        <source>Record spoilage</source>
        <translation>记录损耗</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="144" />
        <source>Select the lots to dispatch first.</source>
        <translation>请先选中要发的批次。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="161" />
        <source>Dispatched %1 lots, manifest %2; handling fee %3.</source>
        <translation>已发货 %1 批，发货单 %2；手续费 %3。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="175" />
        <source>Put the cursor on a lot first.</source>
        <translation>请先把光标放在一个批次上。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="196" />
        <source>Spoilage recorded: %1, slip %2.</source>
        <translation>已记录损耗：%1，单号 %2。</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="128" />
        <source>Scan waybill</source>
        <translation>扫运单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="129" />
        <source>Phone or last 4</source>
        <translation>电话或尾号4位</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="130" />
        <source>Recipient's name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="131" />
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="132" />
        <source>Slot</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="138" />
        <source>Scan one waybill after another; Enter after each</source>
        <translation>一件接一件扫运单，每扫一件回车</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="139" />
        <source>11 digits, or the last 4 printed</source>
        <translation>11位手机号，或面单上的尾号4位</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="140" />
        <source>As printed on the waybill (optional)</source>
        <translation>照面单填写（可不填）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="141" />
        <source>Empty: the suggested slot, or shelf-cell like 3-12</source>
        <translation>不填用建议货位，或写“货架-格号”如 3-12</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="143" />
        <source>Open orders of this phone: Enter marks the order arrived</source>
        <translation>这个电话的待到货订单：回车标为已到货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="145" />
        <source>Print a slot label at check-in</source>
        <translation>入库时打印货位标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="146" />
        <source>Print slot label</source>
        <translation>打印货位标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="147" />
        <source>The slot label of the last parcel checked in</source>
        <translation>刚入库的那件包裹的货位标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="152" />
        <source>Parcels waiting for their recipient: %1</source>
        <translation>待录收件人的包裹：%1 件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="177" />
        <source>%1 is already waiting in the queue.</source>
        <translation>%1 已经在待录队列里了。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="201" />
        <source>Scan a waybill first.</source>
        <translation>请先扫运单号。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="227" />
        <source>Slot %1 · pickup code %2</source>
        <translation>货位 %1 · 取件码 %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="265" />
        <source>Order %1 marked arrived.</source>
        <translation>订单 %1 已标为已到货。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="288" />
        <source>Printing the slot label…</source>
        <translation>正在打印货位标签…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="294" />
        <source>Slot label printed.</source>
        <translation>货位标签已打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="299" />
        <source>Slot label not printed: %1</source>
        <translation>货位标签未打印：%1</translation>
    </message>
</context>
<context>
    <name>ConsignmentPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="52" />
        <source>No consignment goods in stock. Take goods in on F5.</source>
        <translation>没有代销库存。在 F5 代销里入库。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="54" />
        <source>No farmer is waiting to be settled with.</source>
        <translation>没有等待结算的农户。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="71" />
        <source>Sales, last 30 days</source>
        <translation>近30天销售额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="72" />
        <source>Batches with spoilage, last 30 days</source>
        <translation>近30天有损耗的批次</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="73" />
        <source>Due to farmers</source>
        <translation>应付农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="76" />
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="77" />
        <source>Farmers to settle with</source>
        <translation>待结算农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="80" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="142" />
        <source>Trace code</source>
        <translation>溯源码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="81" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="105" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="143" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="163" />
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="83" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="144" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="86" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="146" />
        <source>On hand</source>
        <translation>现存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="91" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="147" />
        <source>Taken in</source>
        <translation>入库量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="96" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="148" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="106" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="163" />
        <source>Sales</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="107" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="163" />
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="127" />
        <source>The figures could not be loaded: %1</source>
        <translation>数据读取失败：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="145" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>ConsignmentScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="94" />
        <source>Consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="97" />
        <source>Intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="98" />
        <source>Stock and sales</source>
        <translation>库存和销售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="99" />
        <location filename="../../servicepoint/ui/screens/consignment.py" line="105" />
        <source>Settle with a farmer</source>
        <translation>农户结算</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="100" />
        <source>Take a farmer's produce in (Ctrl+1)</source>
        <translation>收农户的货入库（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="101" />
        <source>Choose a batch and sell from it (Ctrl+2)</source>
        <translation>选一个批次并从中销售（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="102" />
        <source>Pay a farmer for what was sold (Ctrl+3)</source>
        <translation>按已售货款给农户结算（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="103" />
        <source>Take produce in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="104" />
        <source>Sell from a batch</source>
        <translation>从批次销售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="106" />
        <source>Return to the farmer or spoilage</source>
        <translation>退回农户或损耗</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="107" />
        <source>Find a batch</source>
        <translation>查找批次</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="108" />
        <source>Reprint the batch's label</source>
        <translation>重印批次标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="109" />
        <source>Record (take in, sell or pay out)</source>
        <translation>提交（入库、销售或结算付款）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="184" />
        <source>The stock list could not be read: %1</source>
        <translation>读不出库存：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="190" />
        <source>Reading the stock…</source>
        <translation>正在读取库存…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="194" />
        <source>Batches in stock: %1 · Farmers to settle with: %2, due to them %3 · Sales in the last 30 days: %4</source>
        <translation>库存批次：%1 · 待结算农户：%2，应付 %3 · 近30天销售额：%4</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="58" />
        <source>over by %1</source>
        <translation>多 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="60" />
        <source>short by %1</source>
        <translation>少 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="61" />
        <source>exactly right</source>
        <translation>正好</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="71" />
        <source>The drawer counts from the opening float (no close yet).</source>
        <translation>钱箱从期初现金算起（还没有日结过）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="75" />
        <source>The drawer counts from the last count, %1 (close of %2).</source>
        <translation>钱箱从上次点钞算起：%1（%2 的日结）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="83" />
        <source>It includes %1 from earlier days nobody closed (%2).</source>
        <translation>其中包含之前没有日结的日子的现金 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="91" />
        <source>A count now covers the cash up to now, including %1 taken after this day (%2).</source>
        <translation>现在点钞包含到此刻为止的全部现金，其中有这一天之后收付的 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="215" />
        <source>Close the day %1</source>
        <translation>日结 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="218" />
        <source>Count the notes and coins in the drawer and type the total, or count them note by note. Nothing is recorded until you confirm.</source>
        <translation>清点钱箱里的钞票和硬币，输入合计，或按面值一种一种地点。确认之前不会记录任何东西。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="224" />
        <source>&amp;Opening float</source>
        <translation>期初现金(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="224" />
        <source>Opening cash</source>
        <translation>期初现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="226" />
        <source>+ Cash taken in</source>
        <translation>+ 收入现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="227" />
        <source>− Cash paid out</source>
        <translation>− 付出现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="228" />
        <source>= Cash expected in the drawer</source>
        <translation>= 钱箱应有现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="229" />
        <source>Cash &amp;counted</source>
        <translation>清点现金(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="232" />
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="233" />
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="243" />
        <source>The change money that was in the drawer before the first day close; it is saved with this close (Alt+O)</source>
        <translation>第一次日结之前钱箱里放的零钱；随这次日结一起保存（Alt+O）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="247" />
        <source>The total of the notes and coins counted (Alt+C)</source>
        <translation>点出来的钞票和硬币合计（Alt+C）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="248" />
        <source>Count &amp;note by note</source>
        <translation>按面值清点(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="251" />
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="253" />
        <source>%1 jiao</source>
        <translation>%1角</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="255" />
        <source>Other coins, total</source>
        <translation>其他硬币合计</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="256" />
        <source>e.g. wrong change given</source>
        <translation>如：找错零钱</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="257" />
        <source>Close the day…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="259" />
        <source>Asks again, then needs a manager; prints the Z report</source>
        <translation>先再问一次，然后需要站长确认；打印日结单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="312" />
        <source>Type the cash counted</source>
        <translation>请输入清点的现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="379" />
        <source>Close the day %1?

Expected %2, counted %3: %4.

The count is recorded and the Z report printed; it cannot be undone (counting again adds a new close).</source>
        <translation>确定日结 %1 吗？

应有 %2，清点 %3：%4。

点钞结果会被记录并打印日结单，不能撤销（再点一次会另加一次日结）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="388" />
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="391" />
        <source>close the day %1 with %2 counted</source>
        <translation>日结 %1，清点现金 %2</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="117" />
        <source>Cash to the bank…</source>
        <translation>现金存银行…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="118" />
        <source>Opening float…</source>
        <translation>期初现金…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="120" />
        <source>The change money in the drawer before the first day close (needs a manager)</source>
        <translation>第一次日结之前抽屉里的零钱（需要站长）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="122" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="316" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="123" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="125" />
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="128" />
        <source>Opening cash</source>
        <translation>期初现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="129" />
        <source>+ Cash taken in</source>
        <translation>+ 收入现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="130" />
        <source>− Cash paid out</source>
        <translation>− 付出现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="131" />
        <source>= Cash expected in the drawer</source>
        <translation>= 钱箱应有现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="132" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="333" />
        <source>Cash counted</source>
        <translation>清点现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="136" />
        <source>Reprint Z report</source>
        <translation>重印日结单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="139" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="140" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Received</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="141" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Paid out</source>
        <translation>付出</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="142" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="149" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="150" />
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="151" />
        <source>On account</source>
        <translation>记账</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="171" />
        <source>Parcels in: %1 · picked up: %2 · returned: %3 · sent: %4 · fees: %5</source>
        <translation>快递代收 %1 件 · 取件 %2 · 退件 %3 · 代发 %4 · 快递收入 %5</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="184" />
        <source>New orders: %1 · Picked up: %2 · Receipts issued: %3</source>
        <translation>新订单：%1 · 已取货：%2 · 开出收据：%3</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="193" />
        <source>Opening float</source>
        <translation>期初现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="195" />
        <source>Counted at the previous close</source>
        <translation>上次日结点钞</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="220" />
        <source>Drawer from the opening float to the close at %2.</source>
        <translation>从期初现金算到 %2 日结。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="222" />
        <source>Drawer from the count at %1 to the close at %2.</source>
        <translation>从 %1 点钞算到 %2 日结。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="224" />
        <source>The table covers the whole day.</source>
        <translation>左边的表是全天的收付。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="227" />
        <source>Drawer from the opening float to now.</source>
        <translation>从期初现金算到现在。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="229" />
        <source>Drawer from the count at %1 to now.</source>
        <translation>从 %1 点钞算到现在。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="244" />
        <source>Closed at %1: counted %2, difference %3.</source>
        <translation>%1 已日结：清点 %2，差额 %3。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="251" />
        <source>Closing again adds a recount from that count: it would expect %1.</source>
        <translation>再次日结就是从那次点钞起重新点钞：应有现金 %1。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="351" />
        <source>Parcels checked in</source>
        <translation>快递代收件数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="352" />
        <source>Parcels picked up</source>
        <translation>快递取件数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="353" />
        <source>Parcels returned</source>
        <translation>快递退件数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="354" />
        <source>Parcels sent</source>
        <translation>快递代发件数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="356" />
        <source>Parcel fees paid by senders</source>
        <translation>寄件人付的运费</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="359" />
        <source>Courier fees earned</source>
        <translation>应收快递公司费用</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="239" />
        <source>This day's cash was counted in the close of %1; it cannot be closed on its own.</source>
        <translation>这一天的现金已在 %1 的日结中点过，不能再单独日结。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="65" />
        <source>No money was taken or paid out this day.</source>
        <translation>这一天没有收款，也没有付款。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="124" />
        <source>Takings by payment method, whole day</source>
        <translation>全天按付款方式的收付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="255" />
        <source>Not closed yet.</source>
        <translation>还没日结。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="259" />
        <source>The figures could not be loaded: %1</source>
        <translation>数据读取失败：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="275" />
        <source>Count again and close…</source>
        <translation>重新清点日结…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="275" />
        <source>Close the day…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="133" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="339" />
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="277" />
        <source>Needs a manager; prints the Z report (Ctrl+Enter)</source>
        <translation>需站长批准；打印日结单（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="343" />
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="344" />
        <source>Picked up</source>
        <translation>已取货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="345" />
        <source>Receipts issued</source>
        <translation>开出收据</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="111" />
        <source>Scale and scanner</source>
        <translation>电子秤和扫码枪</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="113" />
        <source>Scale t&amp;ype</source>
        <translation>电子秤类型(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="114" />
        <source>&amp;USB/serial port</source>
        <translation>USB/串口(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="115" />
        <source>&amp;Baud rate</source>
        <translation>波特率(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="116" />
        <source>Scanner suffi&amp;x</source>
        <translation>扫码枪后缀(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="118" />
        <source>No scale</source>
        <translation>不用电子秤</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="120" />
        <source>Mettler Toledo SICS</source>
        <translation>梅特勒-托利多 SICS</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="121" />
        <source>CAS ECR (ENQ, DC1)</source>
        <translation>凯士 CAS ECR（ENQ、DC1）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="126" />
        <source>Enter (recommended)</source>
        <translation>回车（推荐）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="127" />
        <source>Tab</source>
        <translation>Tab 键</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="129" />
        <source>What the scanner sends after each code (with Tab the code stays in its field)</source>
        <translation>扫码枪在每个条码后发送的键（选 Tab 时条码仍留在原输入框）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="132" />
        <source>COM3, /dev/ttyUSB0, or a serial server: socket://192.168.1.50:4001</source>
        <translation>COM3、/dev/ttyUSB0，或串口服务器 socket://192.168.1.50:4001</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="134" />
        <source>Live reading</source>
        <translation>实时读数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="135" />
        <source>Reads the scale on the port chosen here</source>
        <translation>用这里选的端口读取电子秤</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="119" />
        <source>Continuous (ST,GS,…)</source>
        <translation>连续发送（ST,GS,…）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="122" />
        <source>Yaohua XK3190-A9 (continuous)</source>
        <translation>耀华 XK3190-A9（连续方式）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="136" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="138" />
        <source>Saves the scale and scanner (a manager's PIN is needed)</source>
        <translation>保存电子秤和扫码枪设置（需要站长密码）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="188" />
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="190" />
        <source>change the scale and scanner</source>
        <translation>修改电子秤和扫码枪设置</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="203" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="235" />
        <source>Choose the scale type and its port first.</source>
        <translation>请先选择电子秤类型和端口。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="238" />
        <source>Scale not connected: %1</source>
        <translation>电子秤未连接：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="240" />
        <source>Connecting to the scale…</source>
        <translation>正在连接电子秤…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="243" />
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="244" />
        <source>Moving…</source>
        <translation>称重中…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="245" />
        <source>Overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="246" />
        <source>Underload</source>
        <translation>欠载</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="247" />
        <source>Unit %1 not taken</source>
        <translation>不支持单位 %1</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="97" />
        <source>County server</source>
        <translation>县服务器</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="101" />
        <source>One-time code from the county centre</source>
        <translation>县电商服务中心给的一次性登记码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="99" />
        <source>Server a&amp;ddress</source>
        <translation>服务器地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="100" />
        <source>Enrolment &amp;code</source>
        <translation>登记码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="102" />
        <source>Certificate &amp;fingerprint</source>
        <translation>证书指纹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="103" />
        <source>AA:BB:… from the county technician</source>
        <translation>县技术员给的 AA:BB:…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="106" />
        <source>For an https:// address. Leave it empty to be shown the server's fingerprint and compare it with the technician's.</source>
        <translation>用于 https:// 地址。留空时会显示县服务器的证书指纹，请与县技术员给的逐字核对。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="111" />
        <source>Unencrypted connection: the code and the station's key cross the network</source>
        <translation>不加密的连接：登记码和本站密钥会明文经过网络</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="132" />
        <source>The county server presents the certificate %1</source>
        <translation>县服务器出示的证书指纹：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="150" />
        <source>Enrol again…</source>
        <translation>重新登记…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="150" />
        <source>Enrol…</source>
        <translation>登记…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="153" />
        <source>A manager's PIN is needed. To move to a new server address, enter it with a new code from the county centre.</source>
        <translation>需要站长密码。要换服务器地址，请填写新地址和县电商服务中心给的新登记码。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="167" />
        <source>enrol this station with the county server</source>
        <translation>在县服务器登记本站</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="174" />
        <source>Contacting the county server…</source>
        <translation>正在连接县服务器…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="201" />
        <source>The county server presents this certificate fingerprint:

%1

Is it exactly the fingerprint the county technician gave?</source>
        <translation>县服务器出示的证书指纹是：

%1

和县技术员给的指纹一字不差吗？</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="204" />
        <source>Check the certificate</source>
        <translation>核对证书</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="218" />
        <source>Enrolled with %1. Sync now to send the records.</source>
        <translation>已在 %1 登记。请立即同步，发送记录。</translation>
    </message>
</context>
<context>
    <name>FarmerDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="204" />
        <source>Edit farmer</source>
        <translation>修改农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="204" />
        <source>New farmer</source>
        <translation>新农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="208" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="211" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="218" />
        <source>&amp;Village group</source>
        <translation>村组(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="221" />
        <source>Registered p&amp;oor household</source>
        <translation>建档立卡贫困户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="226" />
        <source>Poverty car&amp;d number</source>
        <translation>建档立卡号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="227" />
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="228" />
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>FarmerPage</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="163" />
        <source>No assisted-purchase orders for this farmer yet.</source>
        <translation>这位农户还没有代购订单。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="164" />
        <source>This farmer has brought no goods on consignment yet.</source>
        <translation>这位农户还没有交来代销的货。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="165" />
        <source>No settlements with this farmer yet.</source>
        <translation>和这位农户还没有结算过。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="166" />
        <source>Nothing on this farmer's account yet.</source>
        <translation>这位农户的账户还没有记录。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="198" />
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="199" />
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="201" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="205" />
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="207" />
        <source>Platform order</source>
        <translation>平台订单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="220" />
        <source>Taken in</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="221" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="222" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="223" />
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="224" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="225" />
        <source>Spoiled</source>
        <translation>损耗</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="226" />
        <source>On hand</source>
        <translation>现存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="227" />
        <source>Trace code</source>
        <translation>溯源码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="232" />
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="233" />
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="234" />
        <source>Proceeds</source>
        <translation>销售收入</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="235" />
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="236" />
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="237" />
        <source>Offset</source>
        <translation>抵扣</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="238" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="262" />
        <source>Payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="240" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="241" />
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="248" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="249" />
        <source>Entry</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="250" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="251" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="252" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="258" />
        <source>Bought on account</source>
        <translation>赊账购买</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="259" />
        <source>Refund to account</source>
        <translation>退款入账</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="260" />
        <source>Repayment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="261" />
        <source>Consignment proceeds due</source>
        <translation>代销应付款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="263" />
        <source>Offset against account</source>
        <translation>抵扣欠款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="264" />
        <source>Reversal (void)</source>
        <translation>冲销（作废）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="269" />
        <source>Choose a farmer in the list on the left.</source>
        <translation>请在左边的列表里选一位农户。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="283" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="377" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="284" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="378" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="285" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="379" />
        <source>Consignment batches</source>
        <translation>代销批次</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="286" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="380" />
        <source>Settlements</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="290" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="291" />
        <source>Edit this farmer (Ctrl+E)</source>
        <translation>修改农户信息（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="292" />
        <source>Show card and ID numbers…</source>
        <translation>显示卡号和身份证号…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="293" />
        <source>Needs a manager's PIN</source>
        <translation>需要站长密码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="324" />
        <source>No farmer chosen</source>
        <translation>未选农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="334" />
        <source>no village group</source>
        <translation>无村组</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="335" />
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="336" />
        <source>registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="337" />
        <source>since %1</source>
        <translation>%1 登记</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="345" />
        <source>Poverty card: %1   ID: %2</source>
        <translation>建档立卡号：%1   身份证号：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="352" />
        <source>Card and ID numbers are shown to a manager only.</source>
        <translation>卡号和身份证号只对站长显示。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="357" />
        <source>owes the point</source>
        <translation>欠本站</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="359" />
        <source>the point owes the farmer</source>
        <translation>本站欠农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="361" />
        <source>nothing owed</source>
        <translation>无欠款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="364" />
        <source>Account balance: %1 (%2)</source>
        <translation>账户余额：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="391" />
        <source>show %1's poverty-card and ID numbers</source>
        <translation>查看 %1 的建档立卡号和身份证号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="399" />
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>FarmerPicker</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="124" />
        <source>Initials, name, phone</source>
        <translation>拼音/姓名/电话</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="125" />
        <source>Farmer: pinyin initials, name or phone</source>
        <translation>拼音首字母/姓名/电话</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="126" />
        <source>New farmer…</source>
        <translation>新农户…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="127" />
        <source>Add a farmer (Ctrl+N)</source>
        <translation>登记新农户（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>FarmersScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="116" />
        <source>No farmer matches the search.</source>
        <extracomment>the widest text each column of the list holds: name, village group, masked phone, the poor-household star (its heading is wider), the date registered</extracomment>
        <translation>没有找到这位农户。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="118" />
        <source>No farmers yet. Press Ctrl+N to register the first one.</source>
        <translation>还没有农户。按 Ctrl+N 登记第一位。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="130" />
        <source>&amp;New farmer…</source>
        <translation>新农户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="133" />
        <source>&amp;Edit the farmer…</source>
        <translation>修改农户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="137" />
        <source>&amp;Find a farmer</source>
        <translation>查找农户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="161" />
        <source>Farmers</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="169" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="170" />
        <source>Village group</source>
        <translation>村组</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="171" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="172" />
        <source>Poor</source>
        <translation>贫困户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="173" />
        <source>Since</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="178" />
        <source>Search: pinyin initials, name, phone or village group (Ctrl+F)</source>
        <translation>搜索：拼音首字母、姓名、电话或村组（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="180" />
        <source>New farmer…</source>
        <translation>新农户…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="181" />
        <source>Add a farmer (Ctrl+N)</source>
        <translation>登记新农户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="227" />
        <source>The farmer list could not be read: %1</source>
        <translation>读不出农户名单：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="232" />
        <source>Reading the farmer list…</source>
        <translation>正在读取农户名单…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="236" />
        <source>Farmers: %1</source>
        <translation>农户：%1 户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="238" />
        <source>Farmers: %1 of %2</source>
        <translation>农户：%1 户（共 %2 户）</translation>
    </message>
</context>
<context>
    <name>FeesPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="108" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="111" />
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="120" />
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="112" />
        <source>In</source>
        <translation>代收件数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="113" />
        <source>Out</source>
        <translation>代发件数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="114" />
        <source>Earned</source>
        <translation>应收费用</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="115" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="116" />
        <source>Outstanding</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="121" />
        <source>Fee per parcel in</source>
        <translation>每件代收费</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="122" />
        <source>Margin per parcel out</source>
        <translation>每件代发提成</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="123" />
        <source>Courier paid (yuan)</source>
        <translation>快递公司付款（元）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="129" />
        <source>Save rates</source>
        <translation>保存费率</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="130" />
        <source>Record the courier's payment</source>
        <translation>记下快递公司付款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="131" />
        <source>Shelves and overdue parcels</source>
        <translation>货架与滞留件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="133" />
        <source>Shelves</source>
        <translation>货架数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="134" />
        <source>Rows</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="135" />
        <source>Positions a row</source>
        <translation>每层格数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="136" />
        <source>Parcels a slot</source>
        <translation>每格件数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="137" />
        <source>Overdue after days</source>
        <translation>滞留天数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="140" />
        <source>Save shelves</source>
        <translation>保存货架</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="176" />
        <source>change the courier rates</source>
        <translation>修改快递费率</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="189" />
        <source>Rates saved.</source>
        <translation>费率已保存。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="205" />
        <source>Payment recorded, receipt %1.</source>
        <translation>付款已记下，收据 %1。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="210" />
        <source>change the shelves</source>
        <translation>修改货架设置</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="225" />
        <source>Shelves saved.</source>
        <translation>货架设置已保存。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="61" />
        <source>Set up this service point</source>
        <translation>设置本服务站</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="65" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="67" />
        <source>Create this village's station, or practise first on the training station.</source>
        <translation>建立本村的服务站，或者先在培训站上练习。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="70" />
        <source>Create the station for this village</source>
        <translation>建立本村服务站</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="74" />
        <source>Open the training station (practice data, receipts marked TRAINING)</source>
        <translation>打开培训站（练习数据，收据印有“培训”）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="87" />
        <source>County server</source>
        <translation>县服务器</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="90" />
        <source>Enrol now with the code from the county centre, or later on the Sync screen. The station works offline either way.</source>
        <translation>现在用县电商服务中心给的登记码登记，或以后在“同步”页面登记。不登记也能离线使用。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="100" />
        <source>AA:BB:… from the county technician</source>
        <translation>县技术员给的 AA:BB:…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="103" />
        <source>Unencrypted connection: the code and the station's key cross the network</source>
        <translation>不加密的连接：登记码和本站密钥会明文经过网络</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="114" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="115" />
        <source>Enrolment code (leave empty to enrol later)</source>
        <translation>登记码（不填则以后再登记）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="116" />
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="178" />
        <source>The county server presents the certificate %1</source>
        <translation>县服务器出示的证书指纹：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="183" />
        <source>The county server presents this certificate fingerprint:

%1

Is it exactly the fingerprint the county technician gave?</source>
        <translation>县服务器出示的证书指纹是：

%1

和县技术员给的指纹一字不差吗？</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="188" />
        <source>Check the certificate</source>
        <translation>核对证书</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="205" />
        <source>Connecting to the county server…</source>
        <translation>正在连接县服务器…</translation>
    </message>
</context>
<context>
    <name>FloatDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="158" />
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="170" />
        <source>Opening float</source>
        <translation>期初现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="162" />
        <source>The change money in the drawer when the point starts. The first day close counts from it; every later close counts from the close before.</source>
        <translation>服务站开始营业时抽屉里的零钱。第一次日结从它算起；以后每次日结从上一次点钞算起。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="180" />
        <source>set the opening float</source>
        <translation>设置期初现金</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="308" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="309" />
        <source>&amp;Help for this screen</source>
        <translation>本页帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="310" />
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="151" />
        <source>Help — %1</source>
        <extracomment>Every page, in the order the help window lists them: the nine screens (main_window's NAV_KEYS), then signing in / the lock and the first run.</extracomment>
        <translation>帮助 — %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="167" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="168" />
        <source>Close the help (Esc)</source>
        <translation>关闭帮助（Esc）</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="108" />
        <source>&amp;Open the to-do</source>
        <translation>打开待办事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="114" />
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="125" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="132" />
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="133" />
        <source>Today's takings</source>
        <translation>今日收款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="134" />
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="135" />
        <source>Consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="136" />
        <source>Notices from the county</source>
        <translation>县里的通知</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="137" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="139" />
        <source>Send records to the county and fetch the catalogue (Ctrl+Shift+S)</source>
        <translation>把记录发给县里，取回商品目录（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="151" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="174" />
        <source>%1 taken in: %2</source>
        <translation>%1收款：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="182" />
        <source>Paid out: %1</source>
        <translation>付出：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="189" />
        <source>Batches in stock: %1</source>
        <translation>库存批次：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="190" />
        <source>Due to farmers: %1</source>
        <translation>应付农户：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="202" />
        <source>Opening float: %1</source>
        <translation>期初现金：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="203" />
        <source>+ Cash in since the float: %1</source>
        <translation>+ 此后收入现金：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="204" />
        <source>− Cash out since the float: %1</source>
        <translation>− 此后付出现金：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="209" />
        <source>Counted at %1: %2</source>
        <translation>%1 点钞：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="212" />
        <source>+ Cash in since the count: %1</source>
        <translation>+ 点钞后收入现金：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="213" />
        <source>− Cash out since the count: %1</source>
        <translation>− 点钞后付出现金：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="215" />
        <source>= Cash expected in the drawer: %1</source>
        <translation>= 钱箱应有现金：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="241" />
        <source>Enter opens the screen where this is done</source>
        <translation>按 Enter 打开办理这件事的页面</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="245" />
        <source>Nothing is waiting. Press F3 to help a farmer buy something.</source>
        <translation>没有待办的事。按 F3 帮农户代购。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="259" />
        <source>Orders to place on a platform: %1</source>
        <translation>待在平台下单的订单：%1 笔</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="260" />
        <source>Orders arrived, to hand to the farmer: %1</source>
        <translation>已到货、待农户来取的订单：%1 笔</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="263" />
        <source>Farmers waiting to be settled with: %1</source>
        <translation>待结算的农户：%1 位</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="264" />
        <source>Parcels whose recipient is not told yet: %1</source>
        <translation>包裹还没通知收件人：%1 件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="267" />
        <source>Parcels waiting longer than the set days: %1</source>
        <translation>包裹超过设定天数没人取：%1 件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="270" />
        <source>Days not closed: %1 (the first is %2)</source>
        <translation>未日结的天数：%1 天（最早 %2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="273" />
        <source>Receipts not printed: %1</source>
        <translation>未打印的收据：%1 张</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="287" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="288" />
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="289" />
        <source>On account</source>
        <translation>记账</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="298" />
        <source>This is the training station: its practice data is never sent to the county.</source>
        <translation>这是培训站：练习数据不会发送到县里。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="304" />
        <source>Not enrolled with the county server yet: see the Sync screen.</source>
        <translation>还没在县服务器登记：请看“同步”页面。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="308" />
        <source>%1 changes waiting. Last success: %2.</source>
        <translation>%1 条更改待同步。上次成功：%2。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="310" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="314" />
        <source>Last problem: %1</source>
        <translation>上次出错：%1</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="198" />
        <source>Import farmers</source>
        <translation>导入农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="200" />
        <source>Import the catalogue</source>
        <translation>导入商品目录</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="217" />
        <source>%1 rows imported.</source>
        <translation>已导入 %1 行。</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="140" />
        <source>Nothing taken in yet today.</source>
        <translation>今天还没有入库。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="172" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="173" />
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="175" />
        <source>Taken in</source>
        <translation>入库量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="179" />
        <source>Trace code</source>
        <translation>溯源码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="192" />
        <source>Whose produce</source>
        <translation>交货农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="193" />
        <source>The batch</source>
        <translation>本批货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="194" />
        <source>Taken in during the last 24 hours</source>
        <translation>24小时内入库</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="196" />
        <source>Reprint label</source>
        <translation>重印标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="203" />
        <source>e.g. free-range eggs, walnuts</source>
        <translation>如：土鸡蛋、核桃</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="204" />
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="205" />
        <source>optional: the lowest price the farmer accepts</source>
        <translation>可不填：农户接受的最低价</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="206" />
        <source>Print the farmer's name on the label</source>
        <translation>标签上印农户姓名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="207" />
        <source>Take in and print</source>
        <translation>入库并打印</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="209" />
        <source>Records the batch, prints the intake receipt and the trace label</source>
        <translation>登记这批货，打印入库收据和溯源标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="215" />
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="216" />
        <source>G&amp;rade</source>
        <translation>等级(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="217" />
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="218" />
        <source>&amp;Floor price per unit</source>
        <translation>每单位最低价(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="219" />
        <source>&amp;Commission %</source>
        <translation>佣金 %(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="220" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="221" />
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="234" />
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="243" />
        <source>Choose the farmer first.</source>
        <translation>请先选择农户。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="297" />
        <source>Taken in: %1, %2. Trace code %3, receipt %4.</source>
        <translation>已入库：%1，%2。溯源码 %3，收据 %4。</translation>
    </message>
</context>
<context>
    <name>ItemEntry</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="242" />
        <source>From the catalogue</source>
        <extracomment>A scanned code: digits only, at least this long (EAN-8 and up).</extracomment>
        <translation>目录商品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="243" />
        <source>From a platform</source>
        <translation>平台商品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="244" />
        <source>County catalogue items, by search or scanner (Ctrl+1)</source>
        <translation>县商品目录里的商品，可搜索或扫码（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="245" />
        <source>An item the farmer saw on a platform (Ctrl+2)</source>
        <translation>农户在网购平台上看中的商品（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="246" />
        <source>Item: name, pinyin initials, code or scan</source>
        <translation>商品：名称、拼音首字母、编码或扫码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="249" />
        <source>Enter takes the highlighted item; a scanned barcode adds one at once; Enter on an empty box goes to the payment; Esc clears</source>
        <translation>按 Enter 选中高亮的商品；扫条码直接加一件；框里为空时按 Enter 转到付款；Esc 清空</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="255" />
        <source>Quantity in the item's unit; Enter adds the line, Esc backs out</source>
        <translation>按商品的单位填数量；Enter 加入，Esc 返回</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="257" />
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="279" />
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="258" />
        <source>Add the line (Enter)</source>
        <translation>加入这一行（Enter）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="260" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="260" />
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="271" />
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="266" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="267" />
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="268" />
        <source>Lin&amp;k or ref.</source>
        <translation>链接/编号(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="270" />
        <source>Categor&amp;y</source>
        <translation>类别(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="277" />
        <source>per &amp;unit</source>
        <translation>每(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="269" />
        <source>Pr&amp;ice</source>
        <translation>价格(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="274" />
        <source>As shown on the platform</source>
        <translation>按平台上的名称</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="275" />
        <source>e.g. JD, Pinduoduo, Taobao</source>
        <translation>如：京东、拼多多、淘宝</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="276" />
        <source>Link or item number (optional)</source>
        <translation>链接或商品编号（可不填）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="280" />
        <source>Add the platform item (Enter)</source>
        <translation>加入平台商品（Enter）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="308" />
        <source>No catalogue yet: import one in Settings (F9), or add the item with 'From a platform' (Ctrl+2).</source>
        <translation>还没有商品目录：可在设置（F9）里导入，或用“平台商品”（Ctrl+2）添加。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="313" />
        <source>Nothing found for '%1': try the pinyin initials, or 'From a platform' (Ctrl+2).</source>
        <translation>没有找到“%1”：试试拼音首字母，或用“平台商品”（Ctrl+2）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="315" />
        <source>Type a name, pinyin initials or code, or scan a barcode.</source>
        <translation>输入商品名、拼音首字母或编码，或扫条码。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="362" />
        <source>Pick an item above, then its quantity.</source>
        <translation>先在上面选商品，再填数量。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="371" />
        <source>Pick an item first.</source>
        <translation>请先选商品。</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_label.py" line="111" />
        <source>Label not printed</source>
        <extracomment>trace code, ok, message (for a PDF copy: the file)</extracomment>
        <translation>标签未打印</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_label.py" line="126" />
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="214" />
        <source>Home</source>
        <extracomment>(key, shortcut) in navigation order; titles in MainWindow.titles (translated).</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="215" />
        <source>Purchase</source>
        <translation>代购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="216" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="217" />
        <source>Consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="218" />
        <source>Parcels</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="219" />
        <source>Buy-back</source>
        <translation>收购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="220" />
        <source>Farmers</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="221" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="222" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="223" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="228" />
        <location filename="../../servicepoint/ui/main_window.py" line="302" />
        <source>Service point — %1</source>
        <translation>服务站 — %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="243" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="244" />
        <source>&amp;Station</source>
        <translation>站点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="245" />
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="247" />
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="248" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="249" />
        <source>S&amp;witch operator…</source>
        <translation>切换操作员(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="250" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="305" />
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="307" />
        <source>TRAINING</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="312" />
        <source>Practice data: never sent to the county</source>
        <translation>练习数据：不会发送到县里</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="316" />
        <source>Not enrolled</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="318" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="320" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="322" />
        <source>Sync problem</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="324" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="327" />
        <source>Waiting to sync: %1</source>
        <translation>待同步：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="328" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="329" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="334" />
        <source>Syncing… %1/%2</source>
        <translation>正在同步… %1/%2</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="128" />
        <source>Manager approval</source>
        <translation>站长批准</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="129" />
        <source>A manager must approve: %1</source>
        <translation>需要站长批准：%1</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="102" />
        <source>No order was picked up in this month.</source>
        <translation>这个月没有已取货的订单。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="126" />
        <source>Send to the county…</source>
        <translation>上缴县中心…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="128" />
        <source>Record the money sent to the county for this month's purchases</source>
        <translation>登记本月代购款上缴县中心的金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="130" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="260" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="132" />
        <source>Statement PDF…</source>
        <translation>对账单 PDF…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="135" />
        <source>Save the monthly commission statement as an A4 PDF to print and file with the county</source>
        <translation>把月度佣金对账单存为 A4 PDF，打印后交县中心存档</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="139" />
        <source>Commission statement</source>
        <translation>佣金对账单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="142" />
        <source>Collected for purchases</source>
        <translation>代购收款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="143" />
        <source>Commission on purchases</source>
        <translation>代购佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="144" />
        <source>Due to the county</source>
        <translation>应交县中心</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="145" />
        <source>Remitted for this month</source>
        <translation>本月已上交</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="146" />
        <source>Outstanding (all months)</source>
        <translation>未交（累计）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="147" />
        <source>Consignment commission</source>
        <translation>代销佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="148" />
        <source>Orders completed</source>
        <translation>完成订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="149" />
        <source>Commission paid by the county</source>
        <translation>县中心已付佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="154" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="263" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="155" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="263" />
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="156" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="263" />
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="159" />
        <source>Taken in per day</source>
        <translation>每日收款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="159" />
        <source>Nothing taken in yet</source>
        <translation>还没有收款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="161" />
        <source>Commission per category</source>
        <translation>各类别佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="161" />
        <source>No commission this month</source>
        <translation>本月没有佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="205" />
        <source>The figures could not be loaded: %1</source>
        <translation>数据读取失败：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="223" />
        <source>Save the commission statement</source>
        <translation>保存佣金对账单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="225" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="233" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="243" />
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="248" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="273" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="273" />
        <source>Taken in</source>
        <translation>收款</translation>
    </message>
</context>
<context>
    <name>MoveForm</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="357" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="359" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="376" />
        <source>Return to the farmer or spoilage</source>
        <translation>退回农户或损耗</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="378" />
        <source>Quan&amp;tity</source>
        <translation>数量(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="378" />
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="380" />
        <source>e.g. unsold, farmer takes it home; broken</source>
        <translation>如：没卖掉，农户拿回；破损</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="381" />
        <source>Return to farmer…</source>
        <translation>退回农户…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="382" />
        <source>Record spoilage…</source>
        <translation>记损耗…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="404" />
        <source>Say why (it is printed on the slip).</source>
        <translation>请写明原因（会印在单据上）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="409" />
        <source>Return to the farmer</source>
        <translation>退回农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="410" />
        <source>Give %1 of %2 back to the farmer? This takes it out of stock.</source>
        <translation>把 %1 %2 退回农户吗？这些货会从库存中扣除。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="412" />
        <source>Record spoilage</source>
        <translation>记录损耗</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="413" />
        <source>Write off %1 of %2 as spoiled? This takes it out of stock for good.</source>
        <translation>把 %1 %2 记为损耗吗？这些货会从库存中永久扣除。</translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="61" />
        <source>Call (shows the number)</source>
        <translation>打电话（显示号码）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="62" />
        <source>Shows the full number to you and marks the parcel notified</source>
        <translation>只给您看完整号码，并把包裹记为已通知</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="88" />
        <source>Parcels to notify: %1</source>
        <translation>待通知包裹：%1 件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="91" />
        <source>Waiting over %1 days: %2</source>
        <translation>滞留超过 %1 天：%2 件</translation>
    </message>
</context>
<context>
    <name>OperatorsPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="90" />
        <source>Operators and PINs</source>
        <translation>操作员和密码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="92" />
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="93" />
        <source>Selected operator</source>
        <translation>选中的操作员</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="95" />
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="96" />
        <source>PIN (4–8 &amp;digits)</source>
        <translation>密码（4–8位数字）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="97" />
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="98" />
        <source>N&amp;ew PIN</source>
        <translation>新密码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="108" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="109" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="101" />
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="120" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="102" />
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="120" />
        <source>Manager</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="104" />
        <source>Add operator</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="105" />
        <source>Change PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="111" />
        <source>Can sign in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="112" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="112" />
        <source>no (deactivated)</source>
        <translation>否（已停用）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="141" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="141" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="143" />
        <source>Selected operator: %1</source>
        <translation>选中的操作员：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="145" />
        <source>Selected operator: none</source>
        <translation>选中的操作员：无</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="159" />
        <source>add the operator %1</source>
        <translation>添加操作员 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="169" />
        <source>%1 can now sign in.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="188" />
        <source>change the PIN of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="197" />
        <source>The PIN of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="203" />
        <source>deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="203" />
        <source>reactivate %1</source>
        <translation>重新启用 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="218" />
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="220" />
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="194" />
        <source>Platform orders</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="200" />
        <source>Order no.</source>
        <translation>平台订单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="209" />
        <source>Why it is cancelled or returned</source>
        <translation>取消或退货的原因</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="213" />
        <source>The way it was paid</source>
        <translation>原路退回</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="214" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="215" />
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="216" />
        <source>To the farmer's account</source>
        <translation>退到农户账上</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="203" />
        <source>One order number; Enter saves it</source>
        <translation>一个订单号；按回车保存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="192" />
        <source>&amp;Lines</source>
        <extracomment>(platform, number) pairs typed for an order not yet marked ordered</extracomment>
        <translation>商品明细(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="193" />
        <source>Platform order n&amp;o.</source>
        <translation>平台订单号(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="195" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="196" />
        <source>Refu&amp;nd</source>
        <translation>退款方式(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="197" />
        <source>Recei&amp;pts</source>
        <translation>收据(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="222" />
        <source>&amp;Ordered</source>
        <translation>标为已下单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="224" />
        <source>Ordered on the platforms: keep the numbers added and the one typed (Ctrl+1)</source>
        <translation>已在平台下单：保存已添加的和正在输入的订单号（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="230" />
        <source>Add this platform order number; one order may be split across platforms (Ctrl+Shift+A)</source>
        <translation>添加这个平台订单号；一个订单可以分在几个平台下单（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="234" />
        <source>The parcel is at the point (Ctrl+2)</source>
        <translation>包裹已到服务站（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="237" />
        <source>The farmer took the goods: print the pickup slip (Ctrl+3)</source>
        <translation>农户已取走货物：打印取货单（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="241" />
        <source>Cancel before pickup and refund (Ctrl+Shift+C)</source>
        <translation>取货前取消订单并退款（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="246" />
        <source>Return ticked lines after pickup and refund; after a day a manager approves (Ctrl+Shift+R)</source>
        <translation>取货后退回勾选的商品并退款；超过一天需站长批准（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="253" />
        <source>Void the purchase receipt: a manager approves (Ctrl+Shift+V)</source>
        <translation>作废代购收据：需站长批准（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="257" />
        <source>Print the selected receipt again (Ctrl+P)</source>
        <translation>重印选中的收据（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="228" />
        <source>A&amp;dd no.</source>
        <translation>添加单号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="234" />
        <source>&amp;Arrived</source>
        <translation>标为已到货(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="236" />
        <source>&amp;Picked up</source>
        <translation>标为已取货(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="240" />
        <source>&amp;Cancel order</source>
        <translation>取消订单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="244" />
        <source>R&amp;eturn</source>
        <translation>退货(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="252" />
        <source>&amp;Void receipt</source>
        <translation>作废收据(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="256" />
        <source>&amp;Reprint</source>
        <translation>重印(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="260" />
        <source>Previe&amp;w</source>
        <translation>预览(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="261" />
        <source>Show the selected receipt as it prints, then print it (Ctrl+Alt+P)</source>
        <translation>先看选中收据打印出来的样子，再打印（Ctrl+Alt+P）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="285" />
        <source>No order selected</source>
        <translation>未选订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="286" />
        <source>Pick an order in the list.</source>
        <translation>请在列表里选一个订单。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="295" />
        <source>Farmer: %1</source>
        <translation>农户：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="296" />
        <source>Placed: %1</source>
        <translation>下单：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="297" />
        <source>Total: %1   Commission: %2</source>
        <translation>金额：%1   佣金：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="304" />
        <source>Still needs the order number from: %1</source>
        <translation>还缺这些平台的订单号：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="310" />
        <source>Refunded: %1   Net: %2</source>
        <translation>已退款：%1   净额：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="316" />
        <source>Returned: %1   Net: %2   Commission kept: %3</source>
        <translation>已退：%1   净额：%2   保留佣金：%3</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="328" />
        <source>(returned)</source>
        <translation>（已退货）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="338" />
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="339" />
        <source>mobile</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="340" />
        <source>on account</source>
        <translation>记账</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="355" />
        <source>Paid: %1</source>
        <translation>付款：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="393" />
        <source>%1 %2 (not saved yet: Ctrl+1 marks the order ordered)</source>
        <translation>%1 %2（尚未保存：按 Ctrl+1 标为已下单）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="399" />
        <source>None yet: choose the platform, type its order number</source>
        <translation>还没有：选择平台，输入平台订单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="405" />
        <source>purchase</source>
        <translation>代购收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="406" />
        <source>pickup</source>
        <translation>取货单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="407" />
        <source>cancel</source>
        <translation>取消退款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="408" />
        <source>return</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="409" />
        <source>void</source>
        <translation>作废单</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="33" />
        <source>Paid, to order</source>
        <translation>已付款待下单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="34" />
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="35" />
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="36" />
        <source>Picked up</source>
        <translation>已取货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="37" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="38" />
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="39" />
        <source>Partly returned</source>
        <translation>部分退货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="40" />
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="49" />
        <source>Part-ordered (%1/%2)</source>
        <translation>已下单 %1/%2 个平台</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="91" />
        <source>Receipt %1.</source>
        <extracomment>an order changed here (its id): the list updates that row</extracomment>
        <translation>收据 %1。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="126" />
        <source>Marked as ordered on the platform.</source>
        <translation>已标为在平台下单。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="131" />
        <source>Number saved. The order is ordered once each platform has one.</source>
        <translation>订单号已保存。每个平台都有订单号后，订单才算已下单。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="165" />
        <source>Platform order number added.</source>
        <translation>已添加平台订单号。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="174" />
        <source>Marked as arrived: tell the farmer to come.</source>
        <translation>已标为到货：请通知农户来取。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="183" />
        <source>Pick up</source>
        <translation>取货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="184" />
        <source>Hand order %1 (%2) to %3? The pickup slip is printed for the farmer to sign.</source>
        <translation>把订单 %1（%2）交给 %3 吗？将打印取货单，请农户签字。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="196" />
        <source>Picked up. Once the pickup slip is out of the printer, the farmer signs it.</source>
        <translation>已取货。取货单打出来后，请农户签字。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="208" />
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="209" />
        <source>Cancel order %1 and refund %2 to %3?</source>
        <translation>取消订单 %1，并退款 %2 给 %3 吗？</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="218" />
        <source>Cancelled and refunded.</source>
        <translation>已取消并退款。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="237" />
        <source>Tick the lines to return.</source>
        <translation>请勾选要退的商品。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="246" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="247" />
        <source>Return %1 line(s) of order %2 and refund %3?</source>
        <translation>退回订单 %2 的 %1 行商品，并退款 %3 吗？</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="258" />
        <source>return of order %1, picked up more than a day ago</source>
        <translation>订单 %1 退货（取货已超过一天）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="272" />
        <source>Returned and refunded; the commission is reversed.</source>
        <translation>已退货退款，佣金已冲回。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="284" />
        <source>Void receipt</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="286" />
        <source>Void receipt %1? The payment is reversed and the order cancelled; the original receipt is kept.</source>
        <translation>作废收据 %1 吗？付款冲回，订单取消；原收据保留。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="292" />
        <source>void of receipt %1</source>
        <translation>作废收据 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="298" />
        <source>Receipt voided.</source>
        <translation>收据已作废。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="305" />
        <source>Choose an order in the list first.</source>
        <translation>请先在列表里选一个订单。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="312" />
        <source>Order %1 was picked up: its receipt can no longer be voided. Return what the farmer brings back instead (Ctrl+Shift+R).</source>
        <translation>订单 %1 已经取货，收据不能再作废；农户退回的商品请办理退货（Ctrl+Shift+R）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="316" />
        <source>Order %1 is already cancelled: there is nothing to void.</source>
        <translation>订单 %1 已经取消，没有可以作废的收据。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="318" />
        <source>Order %1 has no purchase receipt to void.</source>
        <translation>订单 %1 没有可以作废的购买收据。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="322" />
        <source>%2 is not possible now: order %1 is %3.</source>
        <translation>现在不能“%2”：订单 %1 的状态是“%3”。</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="149" />
        <source>The selected order's &amp;next step</source>
        <extracomment>The widest text each column holds, measured in the window's font (the last column, the platform numbers, stretches): money up to ¥999,999.99 stays whole at 1366 px (issue 12 #10).</extracomment>
        <translation>选中订单的下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="179" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="184" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="185" />
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="186" />
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="188" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="193" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="195" />
        <source>Platform orders</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="236" />
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="236" />
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="236" />
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="242" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="243" />
        <source>Not yet picked up</source>
        <translation>未取货</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="250" />
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="251" />
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="252" />
        <source>Order no., farmer or platform order no. (Ctrl+F)</source>
        <translation>订单号、农户或平台订单号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="253" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="254" />
        <source>Order</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="255" />
        <source>Right-click for actions; Enter goes to the next step</source>
        <translation>右键查看操作；按 Enter 进入下一步</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="287" />
        <source>The orders could not be read: %1</source>
        <translation>读不出订单：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="305" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="307" />
        <source>No order matches. Change the search, the status or the dates.</source>
        <translation>没有符合条件的订单。请改一下查找内容、状态或日期。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="308" />
        <source>No orders yet. Press F3 to take a farmer's first order.</source>
        <translation>还没有订单。按 F3 为农户代购下第一单。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="348" />
        <source>%1 of %2 orders</source>
        <translation>%1 / %2 单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="353" />
        <source>(loading…)</source>
        <translation>（加载中…）</translation>
    </message>
</context>
<context>
    <name>ParcelsScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="52" />
        <source>Check parcels in</source>
        <translation>快递入库</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="53" />
        <source>Pick up, return or report</source>
        <translation>取件、退件或报损</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="54" />
        <source>Parcels to notify</source>
        <translation>待通知包裹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="55" />
        <source>Send a parcel</source>
        <translation>代发快递</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="56" />
        <source>Courier fees and shelves</source>
        <translation>快递费与货架</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="64" />
        <source>Do it (check in, hand over or send)</source>
        <translation>执行（入库、交付或代发）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="68" />
        <source>Parcels</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="72" />
        <source>Check in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="73" />
        <source>Pick up</source>
        <translation>取件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="74" />
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="75" />
        <source>Send</source>
        <translation>代发</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="76" />
        <source>Fees</source>
        <translation>快递费</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="140" />
        <source>Cash to take</source>
        <extracomment>Which field a refusal from the core belongs next to (by field name or error code). The change, large: the number the operator reads while counting coins into a hand.</extracomment>
        <translation>应收现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="141" />
        <source>Cash &amp;tendered</source>
        <translation>实收现金(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="142" />
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="142" />
        <source>Last change</source>
        <translation>上一笔找零</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="149" />
        <source>&amp;Mobile payment</source>
        <translation>移动支付(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="150" />
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="151" />
        <source>On a&amp;ccount</source>
        <translation>记账(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="156" />
        <source>The money the farmer handed over; empty = exact. Enter takes the payment (Alt+T)</source>
        <translation>农户交来的钱；不填表示正好。按 Enter 收款（Alt+T）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="161" />
        <source>Paid by WeChat/Alipay; the rest is cash. Empty with a reference typed: all that is not on account (Alt+M)</source>
        <translation>微信/支付宝付的金额，其余收现金。不填金额但填了单号：除记账外全部算移动支付（Alt+M）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="165" />
        <source>Transaction number</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="167" />
        <source>Put on the farmer's account (credit); the rest is cash (Alt+C)</source>
        <translation>记在农户账上（赊账），其余收现金（Alt+C）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="188" />
        <source>owes %1</source>
        <translation>欠款 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="233" />
        <source>Last sale: total %1</source>
        <translation>上一笔：合计 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="235" />
        <source>, cash received %1</source>
        <translation>，实收现金 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="259" />
        <source>short by %1</source>
        <translation>还差 %1</translation>
    </message>
</context>
<context>
    <name>PickupPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="111" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="112" />
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="113" />
        <source>Scan to confirm</source>
        <translation>扫码核对</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="114" />
        <source>Collected on behalf by</source>
        <translation>代取人</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="122" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="124" />
        <source>Pickup code, last 4 of the phone, name or waybill scan</source>
        <translation>取件码、电话尾号4位、姓名或扫运单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="126" />
        <source>Scan the parcel's waybill</source>
        <translation>扫包裹的运单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="127" />
        <source>Empty: the recipient collects it</source>
        <translation>不填：收件人本人领取</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="128" />
        <source>Why it goes back, or what happened</source>
        <translation>退回原因，或发生了什么</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="129" />
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="130" />
        <source>Return to courier</source>
        <translation>退件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="131" />
        <source>Report lost</source>
        <translation>报丢失</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="132" />
        <source>Report damaged</source>
        <translation>报破损</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="133" />
        <source>Today's pickup list (PDF)…</source>
        <translation>今天的取件签收单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="134" />
        <source>Every parcel handed over today, to print and sign</source>
        <translation>今天交付的所有包裹，打印出来让取件人签字</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="148" />
        <source>No parcel on the shelves matches that.</source>
        <translation>架上没有对得上的包裹。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="168" />
        <source>Find the parcel first.</source>
        <translation>请先找到包裹。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="187" />
        <source>Handed over %1 to %2.</source>
        <translation>包裹 %1 已交给 %2。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="206" />
        <source>marked damaged</source>
        <translation>已标为破损</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="207" />
        <source>Parcel %1: %2.</source>
        <translation>包裹 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="216" />
        <source>Save the pickup list</source>
        <translation>保存取件签收单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="218" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="235" />
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="485" />
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="486" />
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="487" />
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="488" />
        <source>Rural Taobao</source>
        <translation>农村淘宝</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="489" />
        <source>Suning</source>
        <translation>苏宁易购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="490" />
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="491" />
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="492" />
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
</context>
<context>
    <name>PovertyPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="221" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="290" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="222" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="291" />
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="223" />
        <source>Poverty alleviation</source>
        <translation>扶贫</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="226" />
        <source>Registered poor households</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="227" />
        <source>Poor households served</source>
        <translation>服务的贫困户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="228" />
        <source>All households served</source>
        <translation>服务的全部农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="229" />
        <source>Bought for poor households</source>
        <translation>为贫困户代购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="230" />
        <source>Poor households' produce sold</source>
        <translation>贫困户农产品销售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="231" />
        <source>Paid out to them in cash or mobile</source>
        <translation>其中现金或移动支付付出</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="232" />
        <source>Settled against their debt</source>
        <translation>其中结算抵扣欠款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="233" />
        <source>Income paid to poor households</source>
        <translation>付给贫困户的收入</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="234" />
        <source>of which their produce bought outright</source>
        <translation>其中收购他们的农产品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="240" />
        <source>Served: bought something or sold produce through the point in the period. Income paid = paid out in cash or mobile + settled against their debt, for produce settled or bought outright (the premium is part of it). The county adds these figures up for its poverty-alleviation report.</source>
        <translation>服务：期间内通过本站代购、销售农产品或被收购农产品。付给的收入 = 现金或移动支付付出 + 抵扣欠款（代销结算和收购都算，含贫困户加价）。县中心汇总这些数字做扶贫报告。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="274" />
        <source>Income paid</source>
        <translation>付给收入</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="247" />
        <source>Money for poor households</source>
        <translation>贫困户资金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="235" />
        <source>of which the poor-household premium</source>
        <translation>其中贫困户加价</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="247" />
        <source>Nothing in this period</source>
        <translation>这段时间没有数据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="272" />
        <source>Bought</source>
        <translation>代购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="273" />
        <source>Produce sold</source>
        <translation>农产品销售</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../servicepoint/ui/print_preview.py" line="129" />
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PrintBanner</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="73" />
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="75" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="103" />
        <source>No preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="108" />
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="210" />
        <source>Receipt %1 printed.</source>
        <translation>收据 %1 已打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="210" />
        <source>Label %1 printed.</source>
        <translation>标签 %1 已打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="214" />
        <source>Receipt %1 saved as a PDF file: %2</source>
        <translation>收据 %1 已存为 PDF 文件：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="216" />
        <source>Label %1 saved as a PDF file: %2</source>
        <translation>标签 %1 已存为 PDF 文件：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="222" />
        <source>No printer found: receipt %1 was not printed.</source>
        <translation>没有找到打印机：收据 %1 没有打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="224" />
        <source>No printer found: label %1 was not printed.</source>
        <translation>没有找到打印机：标签 %1 没有打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="227" />
        <source>No printer found: %2 printouts wait, the latest is %1.</source>
        <translation>没有找到打印机：有 %2 张单据等待打印，最新的是 %1。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="231" />
        <source>Until a printer is connected, receipts and labels are kept as PDF files in the unprinted folder; reprint them from the list.</source>
        <translation>接上打印机之前，收据和标签都存为 PDF 文件，放在数据文件夹里的 unprinted（未打印）文件夹，并列在“未打印的收据”里（Ctrl+Shift+P），可以从列表里重印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="236" />
        <source>Receipt %1 was not printed.</source>
        <translation>收据 %1 没有打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="238" />
        <source>Label %1 was not printed.</source>
        <translation>标签 %1 没有打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="243" />
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="244" />
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="245" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="246" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="247" />
        <source>Unprinted (%1)…</source>
        <translation>未打印（%1）…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="248" />
        <source>Close this message</source>
        <translation>关闭这条提示</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="250" />
        <source>&amp;Unprinted printouts (%1)…</source>
        <translation>未打印的收据和标签（%1）(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="255" />
        <source>Saved as %1.</source>
        <translation>已存为 %1。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="279" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>PrinterWizard</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="124" />
        <source>Receipt printer (ESC/POS)</source>
        <extracomment>The answers to "which page looks right?": a mode, or "" for neither (the OS driver).</extracomment>
        <translation>小票打印机（ESC/POS）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="127" />
        <source>Print straight to a receipt printer, without its driver: choose how it is connected, print both test pages, then choose the one that looks right.</source>
        <translation>不经驱动，直接打印到小票打印机：选择连接方式，打印两张测试页，再选出打得好的那一张。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="131" />
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="133" />
        <source>Pape&amp;r</source>
        <translation>纸张(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="135" />
        <source>Cash &amp;drawer</source>
        <translation>钱箱(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="139" />
        <source>Found on this computer, or typed in: win:NAME, usb:/dev/usb/lp0, serial:COM3@9600, tcp:192.168.1.87 or file:PATH</source>
        <translation>本机找到的连接，或手工输入：win:名称、usb:/dev/usb/lp0、serial:COM3@9600、tcp:192.168.1.87 或 file:路径</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="143" />
        <source>&amp;Find again</source>
        <translation>重新查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="144" />
        <source>Test page in &amp;text mode</source>
        <translation>文字模式测试页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="145" />
        <source>Test page in &amp;image mode</source>
        <translation>图像模式测试页(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="146" />
        <source>Which test page looks right?</source>
        <translation>哪一张测试页打得好？</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="148" />
        <source>The text page: clear Chinese and a QR code (fast)</source>
        <translation>文字模式那张：中文清楚，有二维码（打印快）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="151" />
        <source>The image page: it looks like the preview (any printer)</source>
        <translation>图像模式那张：和预览一样（任何打印机都能用）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="154" />
        <source>Neither: print through the system's printer driver</source>
        <translation>都不好：通过系统的打印机驱动打印</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="156" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="157" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="158" />
        <source>58 mm roll</source>
        <translation>58 毫米卷纸</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="158" />
        <source>80 mm roll</source>
        <translation>80 毫米卷纸</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="162" />
        <source>No cash drawer</source>
        <translation>没有钱箱</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="163" />
        <source>Drawer on pin 2</source>
        <translation>钱箱接 2 号针</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="164" />
        <source>Drawer on pin 5</source>
        <translation>钱箱接 5 号针</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="193" />
        <source>No printer connection was found: type one in, e.g. tcp:192.168.1.87</source>
        <translation>没有找到打印机连接：请手工输入，例如 tcp:192.168.1.87</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="230" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="272" />
        <source>change the receipt printer</source>
        <translation>更改小票打印机</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="286" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PurchaseScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="96" />
        <source>Choose the farmer, then add items from the list on the left.</source>
        <extracomment>the last completed sale (number, farmer, total, change), shown until the next farmer</extracomment>
        <translation>先选农户，再从左边的列表加入商品。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="212" />
        <source>Purchase</source>
        <translation>代购</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="219" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="222" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="227" />
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="231" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="233" />
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="241" />
        <source>1. Farmer</source>
        <translation>1. 农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="242" />
        <source>2. Items</source>
        <translation>2. 商品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="243" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="244" />
        <source>3. Payment</source>
        <translation>3. 付款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="255" />
        <source>Take payment and print</source>
        <translation>收款并打印</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="251" />
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="376" />
        <source>Clear the order</source>
        <translation>清空订单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="249" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="245" />
        <source>&amp;Take payment and print</source>
        <translation>收款并打印(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="246" />
        <source>&amp;Undo last change</source>
        <translation>撤销上一步(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="247" />
        <source>&amp;Remove line</source>
        <translation>删除此行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="248" />
        <source>&amp;Clear the order</source>
        <translation>清空订单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="250" />
        <source>Take back the last change to the lines (Ctrl+Z)</source>
        <translation>撤销对商品行的上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="252" />
        <source>Remove the selected line (Delete)</source>
        <translation>删除选中的行（Delete）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="253" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="254" />
        <source>Start again with an empty order (Ctrl+Shift+Delete)</source>
        <translation>清空订单，重新开始（Ctrl+Shift+Delete）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="257" />
        <source>Record the order and payment, print the receipt (Ctrl+Enter or F12)</source>
        <translation>保存订单和付款，打印收据（Ctrl+回车 或 F12）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="259" />
        <source>Right-click for actions; Delete removes a line</source>
        <translation>右键查看操作；按 Delete 删除一行</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="354" />
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="356" />
        <source>The point earns %1 on pickup (not printed)</source>
        <translation>取货后本站得佣金 %1（不打印）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="377" />
        <source>Remove all %1 lines and start again?</source>
        <translation>删除全部 %1 行，重新开始吗？</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="406" />
        <source>Choose the farmer first.</source>
        <translation>请先选择农户。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="444" />
        <source>Order %1 taken for %2: %3.</source>
        <translation>订单 %1（%2）已收款 %3。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="450" />
        <source>Give change: %1.</source>
        <translation>找零：%1。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../../servicepoint/ui/receipt_printer.py" line="134" />
        <location filename="../../servicepoint/ui/receipt_printer.py" line="167" />
        <source>Not printed</source>
        <extracomment>number, ok, message — ok only when the copy exists where the operator chose it to go (the printer took the job, or the PDF file of a station printing to PDF was written) a PrintOutcome for every receipt and label copy (the banner listens)</extracomment>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/receipt_printer.py" line="143" />
        <source>Receipt %1 saved as %2</source>
        <translation>收据 %1 已存为 %2</translation>
    </message>
</context>
<context>
    <name>RemitDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="63" />
        <source>Send money to the county</source>
        <translation>上缴县中心</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="67" />
        <source>Still due to the county up to %1: %2</source>
        <translation>截至 %1 尚欠县中心：%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="73" />
        <source>For the month</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="76" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="83" />
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="84" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="85" />
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="87" />
        <source>Reference</source>
        <translation>单号</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="66" />
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="68" />
        <source>Close the day…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="76" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="83" />
        <source>Daily close</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="84" />
        <source>Month and commission</source>
        <translation>月报和佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="85" />
        <source>Consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="86" />
        <source>Poverty alleviation</source>
        <translation>扶贫</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="91" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="93" />
        <source>Save what this tab shows as a CSV file that Excel opens (Ctrl+E)</source>
        <translation>把本页内容存为 CSV 文件，可用 Excel 打开（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="135" />
        <source>Nothing to export yet.</source>
        <translation>暂时没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="138" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="138" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="148" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="151" />
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>ScaleWeight</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="147" />
        <source>Tare</source>
        <extracomment>Point size of the weight: readable from the farmer's side of the counter.</extracomment>
        <translation>去皮</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="149" />
        <source>The weight on the scale now (the empty basket) is taken off what follows</source>
        <translation>秤上现在的重量（如空筐）从之后的重量里扣除</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="151" />
        <source>Take weight (%1)</source>
        <translation>取重（%1）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="153" />
        <source>Puts the stable weight into the quantity (%1)</source>
        <translation>把稳定的重量填入数量（%1）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="171" />
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="193" />
        <source>Overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="183" />
        <source>No scale set up (Settings, F9)</source>
        <translation>未设置电子秤（设置，F9）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="185" />
        <source>Scale not connected: %1</source>
        <translation>电子秤未连接：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="187" />
        <source>Connecting to the scale…</source>
        <translation>正在连接电子秤…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="189" />
        <source>No weight from the scale</source>
        <translation>电子秤没有传来重量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="191" />
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="192" />
        <source>Moving…</source>
        <translation>称重中…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="194" />
        <source>Underload</source>
        <translation>欠载</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="195" />
        <source>Unit %1 not taken</source>
        <translation>不支持单位 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="200" />
        <source>tare %1</source>
        <translation>皮重 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="207" />
        <source>No weight from the scale: check its cable and Settings.</source>
        <translation>电子秤没有传来重量：请检查连线和设置。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="208" />
        <source>The scale is still moving: wait until it is stable.</source>
        <translation>秤还在晃动：请等重量稳定。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="209" />
        <source>The scale is overloaded: take some off.</source>
        <translation>电子秤超载：请拿下一些。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="210" />
        <source>The scale reads below its range: zero the scale.</source>
        <translation>电子秤读数低于量程：请将秤归零。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="211" />
        <source>The weight is below zero: tare again or zero the scale.</source>
        <translation>重量为负：请重新去皮或将秤归零。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="212" />
        <source>Nothing on the scale.</source>
        <translation>秤上没有东西。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="213" />
        <source>The scale weighs in %1: set it to kg, g or jin.</source>
        <translation>电子秤的单位是 %1：请设成公斤、克或斤。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="216" />
        <source>This quantity is counted, not weighed.</source>
        <translation>这个数量按件计，不用称。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="217" />
        <source>No scale is set up: choose it in Settings (F9).</source>
        <translation>未设置电子秤：请在设置（F9）里选择。</translation>
    </message>
</context>
<context>
    <name>ScannedItemDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="70" />
        <source>Add as platform item</source>
        <translation>作为平台商品添加</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="73" />
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="77" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="79" />
        <source>As printed on the package</source>
        <translation>按包装上的名称填写</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="83" />
        <source>Pr&amp;ice</source>
        <translation>价格(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="92" />
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="97" />
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="104" />
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="106" />
        <source>e.g. JD, Pinduoduo, Taobao (optional)</source>
        <translation>如：京东、拼多多、淘宝（可不填）</translation>
    </message>
</context>
<context>
    <name>ScannedItemOffer</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="178" />
        <source>Add as &amp;platform item…</source>
        <translation>作为平台商品添加(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="179" />
        <source>Add the scanned code as the station's own item (Alt+P)</source>
        <translation>把扫到的条码添加为本站自己的商品（Alt+P）</translation>
    </message>
</context>
<context>
    <name>SellForm</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="127" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="132" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="138" />
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="144" />
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="181" />
        <source>Sell</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="189" />
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="190" />
        <source>Unit &amp;price</source>
        <translation>单价(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="191" />
        <source>&amp;Buyer</source>
        <translation>买家(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="192" />
        <source>Pa&amp;yment</source>
        <translation>付款(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="199" />
        <source>Counter</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="200" />
        <source>Online shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="201" />
        <source>Wholesale</source>
        <translation>批发</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="202" />
        <source>County centre</source>
        <translation>县中心</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="203" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="207" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="208" />
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="209" />
        <source>buyer (optional)</source>
        <translation>买家（可不填）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="210" />
        <source>cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="211" />
        <source>payment reference</source>
        <translation>付款单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="212" />
        <source>Record sale</source>
        <translation>记录销售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="228" />
        <source>at least %1</source>
        <translation>不低于 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="262" />
        <source>Total %1 (commission %2)</source>
        <translation>合计 %1（佣金 %2）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="272" />
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="324" />
        <source>Change for the last sale: %1</source>
        <translation>上一笔找零：%1</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="105" />
        <source>Consignment sale (receipt no.)</source>
        <translation>代销销售（收据号）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="110" />
        <source>Farmer (optional)</source>
        <translation>农户（可不选）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="106" />
        <source>Sender's name</source>
        <translation>寄件人姓名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="106" />
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="107" />
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="107" />
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="107" />
        <source>Destination province</source>
        <translation>目的地省份</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="108" />
        <source>Fee (yuan)</source>
        <translation>运费（元）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="108" />
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="108" />
        <source>Mobile payment reference</source>
        <translation>移动支付单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="117" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="118" />
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="119" />
        <source>Farmer's account</source>
        <translation>记农户账</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="122" />
        <source>Scan or type a sale's receipt number to ship it to its buyer (optional)</source>
        <translation>扫或输入代销销售的收据号，把货寄给买家（可不填）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="124" />
        <source>Needed when the sender is not a farmer</source>
        <translation>寄件人不是农户时要填</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="125" />
        <source>e.g. 2.5</source>
        <translation>如 2.5</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="126" />
        <source>Record and print the receipt</source>
        <translation>记下并打印收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="153" />
        <source>Ships %1 to %2.</source>
        <translation>把 %1 寄给 %2。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="218" />
        <source>Recorded %1 (%2), receipt %3.</source>
        <translation>已记下 %1（%2），收据 %3。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="136" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="142" />
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="145" />
        <source>Print at once, without the print dialog</source>
        <translation>直接打印，不弹出打印对话框</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="146" />
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="147" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="153" />
        <source>Language and lock</source>
        <translation>语言和锁屏</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="143" />
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="144" />
        <source>Pape&amp;r</source>
        <translation>纸张(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="148" />
        <source>Print a test page on the chosen printer (Ctrl+P)</source>
        <translation>在选定的打印机上打印测试页（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="150" />
        <source>Shows the test page at the chosen paper width (Ctrl+Alt+P)</source>
        <translation>按所选纸宽显示测试页的样子（Ctrl+Alt+P）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="152" />
        <source>Receipt printer by ESC/POS…</source>
        <translation>小票打印机（ESC/POS 直连）…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="156" />
        <source>The language changes at once, for this computer. The printer, the paper and the lock are saved with "Save settings".</source>
        <translation>语言马上切换，只对这台电脑有效。打印机、纸张和锁屏要点“保存设置”才会保存。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="161" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="162" />
        <source>Lock when &amp;idle</source>
        <translation>空闲时锁定(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="163" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="165" />
        <source>Saves the printer and idle lock (a manager's PIN is needed; Ctrl+S)</source>
        <translation>保存打印机和锁屏设置（需要站长密码；Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="169" />
        <source>58 mm roll</source>
        <translation>58 mm 卷纸</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="169" />
        <source>80 mm roll</source>
        <translation>80 mm 卷纸</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="169" />
        <source>A4</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="173" />
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="174" />
        <source>After %1 minutes</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="190" />
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="192" />
        <source>No printer: save as PDF</source>
        <translation>没有打印机：存为 PDF</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="194" />
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="237" />
        <source>Print a &amp;test page</source>
        <translation>打印测试页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="243" />
        <source>Pre&amp;view the test page</source>
        <translation>预览测试页(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="249" />
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="251" />
        <source>Save the station's details or the settings</source>
        <translation>保存站点信息或设置</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="269" />
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="271" />
        <source>change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="286" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="324" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="341" />
        <source>Preview: test page, %1</source>
        <translation>预览：测试页，%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="351" />
        <source>Test page saved as %1</source>
        <translation>测试页已存为 %1</translation>
    </message>
</context>
<context>
    <name>SettlePanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="90" />
        <source>No farmer is waiting to be settled with.</source>
        <translation>没有等待结算的农户。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="106" />
        <source>This farmer has no sales waiting to be settled.</source>
        <translation>这位农户没有待结算的销售。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="108" />
        <source>Choose a farmer on the left to see the sales due.</source>
        <translation>在左边选一位农户，查看待结算的销售。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="207" />
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="229" />
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="208" />
        <source>Sales</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="209" />
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="214" />
        <source>Sold</source>
        <translation>售出日期</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="215" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="217" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="221" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="222" />
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>Fees</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>&amp;Fee</source>
        <translation>费用(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>&amp;Offset</source>
        <translation>抵扣(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>&amp;Pay by</source>
        <translation>付款方式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="230" />
        <source>Sales to settle</source>
        <translation>待结算的销售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="231" />
        <source>Payout</source>
        <translation>付给农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="232" />
        <source>Farmers with sales to settle:</source>
        <translation>有待结算销售的农户：</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="238" />
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="239" />
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="241" />
        <source>e.g. packing</source>
        <translation>如：包装费</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="249" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="250" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="253" />
        <source>Part of what the farmer owes on account, kept back from the payout</source>
        <translation>从付款里扣回农户所欠账款（可只扣一部分）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="255" />
        <source>All owed</source>
        <translation>全部欠款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="256" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="257" />
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="258" />
        <source>payment reference</source>
        <translation>付款单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="260" />
        <source>Sales proceeds</source>
        <translation>销售收入</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="261" />
        <source>− Commission</source>
        <translation>− 佣金</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="262" />
        <source>− Fees</source>
        <translation>− 费用</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="263" />
        <source>− Offset (account)</source>
        <translation>− 抵扣欠款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="264" />
        <source>Payout to the farmer</source>
        <translation>付给农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="268" />
        <source>Pay out and print statement</source>
        <translation>付款并打印结算单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="293" />
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="329" />
        <source>owes %1</source>
        <translation>欠款 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="331" />
        <source>is owed %1</source>
        <translation>本站欠农户 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="333" />
        <source>owes nothing</source>
        <translation>无欠款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="373" />
        <source>Tick the sales to settle.</source>
        <translation>请勾选要结算的销售。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="450" />
        <source>Pay %1 to %2 for %3 sales?</source>
        <translation>付给 %2 %1（共 %3 笔销售）吗？</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="456" />
        <source>%1 is kept back against the account.</source>
        <translation>其中 %1 用来抵扣欠款。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="459" />
        <source>Pay out</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="487" />
        <source>Paid %1 to %2. Statement %3.</source>
        <translation>已付给 %2 %1。结算单 %3。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="104" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="104" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="106" />
        <source>The window was locked after a quiet while. Enter a PIN to go on.</source>
        <translation>一段时间没有操作，窗口已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="108" />
        <source>The window is locked. Enter a PIN to go on.</source>
        <translation>窗口已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="110" />
        <source>Sign in to %1.</source>
        <translation>登录 %1。</translation>
    </message>
</context>
<context>
    <name>StationPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="91" />
        <source>Import farmers…</source>
        <translation>导入农户…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="92" />
        <source>Add farmers from a CSV file</source>
        <translation>从 CSV 文件添加农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="93" />
        <source>Import catalogue…</source>
        <translation>导入商品目录…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="95" />
        <source>From a CSV file, before enrolment only: afterwards the county sends it</source>
        <translation>从 CSV 文件导入，只能在登记前使用：登记后由县中心下发</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="97" />
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="102" />
        <source>Station &amp;name</source>
        <translation>站名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="103" />
        <source>&amp;Village</source>
        <translation>村(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="104" />
        <source>&amp;Township</source>
        <translation>乡镇(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="105" />
        <source>&amp;County</source>
        <translation>县(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="108" />
        <source>Save station details</source>
        <translation>保存站点信息</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="109" />
        <source>Data folder (station file, backups, receipts)</source>
        <translation>数据文件夹（站点文件、备份、收据）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="110" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="118" />
        <source>Station code %1: set when the station was created; it is part of every receipt number.</source>
        <translation>站点编码 %1：建站时设定，每个收据号里都有它。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="121" />
        <source>This is the training station.</source>
        <translation>这是培训站。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="140" />
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="142" />
        <source>change the station details</source>
        <translation>修改站点信息</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="150" />
        <source>Saved. New receipts show the new details.</source>
        <translation>已保存。新收据会显示新的信息。</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="64" />
        <source>No batch matches the search.</source>
        <translation>没有符合查找条件的批次。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="66" />
        <source>No goods on consignment yet. Take some in with Ctrl+1.</source>
        <translation>还没有代销货品。按 Ctrl+1 入库。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="92" />
        <source>No sales from this batch yet.</source>
        <translation>这批货还没有卖出。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="150" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="155" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="156" />
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="158" />
        <source>On hand</source>
        <translation>现存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="163" />
        <source>Taken in</source>
        <translation>入库量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="167" />
        <source>Trace code</source>
        <translation>溯源码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="172" />
        <source>Sold</source>
        <translation>售出时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="174" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="180" />
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="181" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="182" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="184" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="185" />
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="185" />
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="191" />
        <source>Filter: product, farmer, trace code</source>
        <translation>筛选：产品、农户、溯源码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="201" />
        <source>Reprint label</source>
        <translation>重印标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="202" />
        <source>Void sale…</source>
        <translation>作废销售…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="205" />
        <source>A manager cancels a wrong sale: the money is paid back and the goods return to stock</source>
        <translation>站长作废一笔错误的销售：退还货款，货物回到库存</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="214" />
        <source>In stock: %1</source>
        <translation>库存：%1 批</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="328" />
        <source>Choose a batch in the list.</source>
        <translation>请在列表里选一个批次。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="339" />
        <source>On hand %1 of %2 (sold %3, returned %4, spoiled %5)</source>
        <translation>现存 %1，共 %2（已售 %3，退回 %4，损耗 %5）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="346" />
        <source>Commission %1%</source>
        <translation>佣金 %1%</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="349" />
        <source>floor price %1 per %2</source>
        <translation>最低价 %1/%2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="371" />
        <source>Done: receipt %1.</source>
        <translation>完成：收据 %1。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="384" />
        <source>Choose the sale to void in the list of this batch's sales.</source>
        <translation>请在这个批次的销售列表里选要作废的销售。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="389" />
        <source>Sale %1 is already voided or settled; it cannot be voided here.</source>
        <translation>销售 %1 已作废或已结算，这里不能作废。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="395" />
        <source>void consignment sale %1</source>
        <translation>作废代销销售 %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="401" />
        <source>Void sale</source>
        <translation>作废销售</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="402" />
        <source>Why is sale %1 voided? (printed on the void slip)</source>
        <translation>为什么作废销售 %1？（会印在作废单上）</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="174" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="179" />
        <source>The training station never syncs.</source>
        <translation>培训站不会同步。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="181" />
        <source>No syncs yet: enrol this station with the county first.</source>
        <translation>还没有同步过：请先把本站注册到县里。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="182" />
        <source>No syncs yet. Ctrl+Shift+S syncs now.</source>
        <translation>还没有同步过。按 Ctrl+Shift+S 立即同步。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="188" />
        <source>Automatic sync</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="189" />
        <source>Every night from</source>
        <translation>每晚开始时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="190" />
        <source>Within</source>
        <translation>随机时段</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="195" />
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="197" />
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="199" />
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="206" />
        <source>Each point starts at its own random minute in the window, so the county server is not called by all at once.</source>
        <translation>各服务站在时段内随机选一分钟开始，免得大家同时连县服务器。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="210" />
        <source>Save schedule</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="211" />
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="222" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="212" />
        <source>Needs a manager</source>
        <translation>需要站长处理</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="213" />
        <source>Open a fresh block…</source>
        <translation>启用新号段…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="216" />
        <source>Only when the county cannot be reached: numbers go on from the next 100000, and receipts are marked</source>
        <translation>只在连不上县服务器时使用：单号从下一个 100000 起编，收据上会注明“新号段”</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="220" />
        <source>Acknowledge…</source>
        <translation>确认已处理…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="221" />
        <source>After following up with the county centre</source>
        <translation>与县中心核对之后再确认</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="224" />
        <source>Send records to the county and fetch the catalogue (Ctrl+Shift+S)</source>
        <translation>把记录发给县里，取回商品目录（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="226" />
        <source>Export to a USB stick…</source>
        <translation>导出到U盘…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="233" />
        <source>History</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="236" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="237" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="239" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="245" />
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="246" />
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="247" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="256" />
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="257" />
        <source>Nightly</source>
        <translation>夜间自动</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="258" />
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="263" />
        <source>Running or interrupted</source>
        <translation>进行中或已中断</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="264" />
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="264" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="304" />
        <source>This is the training station: its practice records are never sent to the county, so there is nothing to enrol or to sync. Backups work as on a real station.</source>
        <translation>这是培训站：练习数据永远不会发送到县里，所以不需要登记，也没有要同步的内容。备份和正式站一样可以用。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="316" />
        <source>Not enrolled with the county server yet: enter the address and the code from the county centre.</source>
        <translation>还没在县服务器登记：请填写县电商服务中心给的地址和登记码。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="320" />
        <source>Next automatic sync: after enrolment</source>
        <translation>下次自动同步：登记之后</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="322" />
        <source>Enrolled with %1.</source>
        <translation>已在 %1 登记。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="324" />
        <source>Next automatic sync: %1</source>
        <translation>下次自动同步：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="328" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="330" />
        <source>Changes waiting to be sent: %1. Last success: %2.</source>
        <translation>待发送的更改：%1 条。上次成功：%2。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="337" />
        <source>Last problem: %1</source>
        <translation>上次出错：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="344" />
        <source>This PC's clock is %1 seconds off the county server's: please correct it.</source>
        <translation>本机时钟和县服务器相差 %1 秒，请校正。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="348" />
        <source>Restored from a backup and not synced with the county since.</source>
        <translation>本站从备份恢复后还没有和县服务器同步。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="356" />
        <source>No successful sync for over two days: contact the county centre.</source>
        <translation>已经两天多没有同步成功：请联系县电商服务中心。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="365" />
        <source>Receipts and trace codes are paused: this station was restored from a backup and cannot tell which numbers were issued after it. Sync now; with no network, a manager can open a fresh block of numbers.</source>
        <translation>收据和追溯码已暂停：本站从备份恢复，无法确定备份之后开过哪些单号。请立即同步；没有网络时，站长可以启用新号段。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="373" />
        <source>The county recorded %1 conflict(s) for this station:</source>
        <translation>县服务器为本站记录了 %1 个冲突：</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="384" />
        <source>open a fresh block of numbers</source>
        <translation>启用新号段</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="396" />
        <source>Fresh block open: the next receipt is %1; its receipts are marked.</source>
        <translation>已启用新号段：下一张收据是 %1，这些收据上注明了“新号段”。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="402" />
        <source>acknowledge the county's conflicts</source>
        <translation>确认已处理县服务器记录的冲突</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="408" />
        <source>%1 conflict(s) acknowledged.</source>
        <translation>已确认 %1 个冲突。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="168" />
        <source>Enrol, or save the schedule</source>
        <translation>登记，或保存同步时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="425" />
        <source>change the sync schedule</source>
        <translation>修改同步时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="447" />
        <source>Syncing… you can keep working.</source>
        <translation>正在同步…可以继续工作。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="464" />
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="465" />
        <source>Receiving</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="466" />
        <source>Re-sending</source>
        <translation>重发</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="460" />
        <source>%1: %2 of %3</source>
        <translation>%1：第 %2 条，共 %3 条</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="229" />
        <source>No network? Save the changes waiting to be sent in a file and take it to the county centre (Ctrl+E).</source>
        <translation>没有网络？把待发送的更改存成文件，送到县电商服务中心（Ctrl+E）。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="480" />
        <source>Sync stopped: %1</source>
        <translation>同步中断：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="490" />
        <source>Export for the county centre</source>
        <translation>导出给县电商服务中心</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="492" />
        <source>Sync export (*.spx)</source>
        <translation>同步导出文件 (*.spx)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="498" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="511" />
        <source>%1 changes saved in %2. Take the file to the county centre.</source>
        <translation>已把 %1 条更改存进 %2。请把文件送到县电商服务中心。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="520" />
        <source>Not exported: %1</source>
        <translation>没有导出：%1</translation>
    </message>
</context>
<context>
    <name>UnprintedDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="120" />
        <source>Unprinted printouts</source>
        <translation>未打印的收据和标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>Kept at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="126" />
        <source>Nothing is waiting: every receipt and label has printed. A printout that does not print is kept here as a PDF until it does.</source>
        <translation>没有等待打印的单据：收据和标签都已打印。没能打印的单据会存为 PDF 留在这里，直到打印出来。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="132" />
        <source>These did not print; each is kept as a PDF. Choose one and press Enter or R to print it again, P to preview it. It leaves the list once it has printed.</source>
        <translation>下面这些没有打印出来，每张都存成了 PDF。选中一张，按回车或 R 重新打印，按 P 预览。打印成功后会从列表里移除。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="136" />
        <source>&amp;Reprint (R)</source>
        <translation>重印(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="137" />
        <source>Print the selected printout again (Enter or R)</source>
        <translation>重新打印选中的单据（回车或 R）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="138" />
        <source>&amp;Preview (P)</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="139" />
        <source>Show the selected printout as it will print (P)</source>
        <translation>按打印效果预览选中的单据（P）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="140" />
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="141" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="142" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="174" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="175" />
        <source>Trace label</source>
        <translation>溯源标签</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="176" />
        <source>Purchase receipt</source>
        <translation>代购收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="177" />
        <source>Pickup slip</source>
        <translation>取货单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="178" />
        <source>Cancel and refund slip</source>
        <translation>取消退款单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="179" />
        <source>Return and refund slip</source>
        <translation>退货退款单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="180" />
        <source>Consignment intake slip</source>
        <translation>代销入库单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="181" />
        <source>Consignment sale slip</source>
        <translation>代销销售单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="182" />
        <source>Stock returned to farmer</source>
        <translation>退还农户单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="183" />
        <source>Spoilage record</source>
        <translation>损耗记录单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="184" />
        <source>Settlement statement</source>
        <translation>结算付款单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="185" />
        <source>Repayment receipt</source>
        <translation>还款收据</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="186" />
        <source>Remittance to county</source>
        <translation>上缴县中心单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="187" />
        <source>Day close (Z report)</source>
        <translation>日结单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="188" />
        <source>Bank deposit slip</source>
        <translation>现金存行单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="189" />
        <source>Buy-back slip</source>
        <translation>收购单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="190" />
        <source>Buy-back spoilage record</source>
        <translation>收购损耗单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="191" />
        <source>Dispatch manifest</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="192" />
        <source>Parcel sending receipt</source>
        <translation>快递代发单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="193" />
        <source>Courier fee receipt</source>
        <translation>快递费收款单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="194" />
        <source>Void slip</source>
        <translation>作废单</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="211" />
        <source>%1 printed.</source>
        <translation>%1 已打印。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="213" />
        <source>%1 saved as %2.</source>
        <translation>%1 已存为 %2。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="215" />
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="240" />
        <source>%1 was not printed again; it stays in the list.</source>
        <translation>%1 这次也没有打印，仍留在列表里。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="236" />
        <source>%1: printing…</source>
        <translation>%1：正在打印…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="256" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="259" />
        <source>Saved as %1.</source>
        <translation>已存为 %1。</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="251" />
        <source>This station</source>
        <translation>本站信息</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="254" />
        <source>The county centre gives the station code. The manager's PIN approves voids, late returns and the daily close.</source>
        <translation>站点编码由县电商服务中心提供。站长密码用于批准作废、超期退货和日结。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="261" />
        <source>Station code (e.g. GJ01)</source>
        <translation>站点编码（如 GJ01）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="262" />
        <source>Station name</source>
        <translation>站名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="263" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="264" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="265" />
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="266" />
        <source>Manager's name</source>
        <translation>站长姓名</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="267" />
        <source>Manager's PIN (4–8 digits)</source>
        <translation>站长密码（4–8位数字）</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="268" />
        <source>PIN again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="284" />
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
</context>
<context>
    <name>_PinDialog</name>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="47" />
        <source>Op&amp;erator</source>
        <translation>操作员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="48" />
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="73" />
        <source>Practice station: %1 signs in with PIN %2, %3 with PIN %4.</source>
        <translation>培训站：%1 的密码是 %2，%3 的密码是 %4。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../servicepoint/ui/app.py" line="115" />
        <source>Building the training station…</source>
        <extracomment>Every screen by navigation key, in navigation order: its module and class. A screen's module is imported, and the screen built, the first time the operator opens it, so the window answers before all eight exist (issue 12: start-up within 3× a bare window).</extracomment>
        <translation>正在建立培训站…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../servicepoint/ui/crash.py" line="41" />
        <source>Something went wrong, and the last step may not have been done. Check the screen before you go on. The details are in the log file for the technician: %1</source>
        <translation>出了问题，刚才这一步可能没有完成。请先核对屏幕上的内容再继续。详细情况已记在日志文件里，供技术员查看：%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/crash.py" line="47" />
        <source>Error</source>
        <translation>出错</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="51" />
        <source>No printer found: install and connect a printer in the system.</source>
        <translation>没有找到打印机：请在系统里安装并连接打印机。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="114" />
        <source>The receipt font {path} could not be loaded.</source>
        <translation>无法加载打印字体 {path}。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="220" />
        <source>The printer could not start a new page.</source>
        <translation>打印机无法换页。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="136" />
        <source>Printer '{name}' was not found: check it is connected and on, or choose the printer again in Settings.</source>
        <translation>找不到打印机“{name}”：请检查它已连接并开机，或在设置里重新选择打印机。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="146" />
        <source>Printer '{name}' is not available.</source>
        <translation>打印机“{name}”不可用。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="257" />
        <source>Printer '{name}' could not start printing: it may be off, offline, out of paper, or its driver failed.</source>
        <translation>打印机“{name}”无法开始打印：可能未开机、脱机、缺纸或驱动出错。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="277" />
        <source>Printer '{name}' reported an error: check the paper and the cable.</source>
        <translation>打印机“{name}”报告错误：请检查纸张和连接。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="107" />
        <location filename="../../servicepoint/ui/printing.py" line="300" />
        <source>The sale is saved and not affected.</source>
        <translation>交易已保存，不受影响。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="100" />
        <location filename="../../servicepoint/ui/printing.py" line="303" />
        <source>The receipt is kept as a PDF to reprint later: {path}</source>
        <translation>收据已另存为 PDF，可稍后重印：{path}</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="31" />
        <source>The printer connection '{device}' is not valid.</source>
        <translation>打印机连接“{device}”写法不对。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="32" />
        <source>The printer was not found: {device}.</source>
        <translation>找不到打印机：{device}。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="33" />
        <source>The printer refused the connection: {device}.</source>
        <translation>打印机拒绝连接：{device}。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="34" />
        <source>The printer stopped taking data ({device}): check the paper and cable.</source>
        <translation>打印机不再接收数据（{device}）：请检查纸和线。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="37" />
        <source>The printer broke off the job: {device}.</source>
        <translation>打印机中途断开了：{device}。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="38" />
        <source>This printer connection works only on Windows: {device}.</source>
        <translation>这种打印机连接只能在 Windows 上使用：{device}。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="42" />
        <source>Sending to the printer failed: {device}.</source>
        <translation>发送到打印机失败：{device}。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="104" />
        <location filename="../../servicepoint/ui/printing.py" line="308" />
        <source>A PDF copy could not be kept either: {error}</source>
        <translation>PDF 副本也无法保存：{error}</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="342" />
        <source>Printing failed: {error}</source>
        <translation>打印出错：{error}</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="96" />
        <location filename="../../servicepoint/ui/printing.py" line="347" />
        <source>Printed {number}.</source>
        <translation>已打印 {number}。</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="92" />
        <location filename="../../servicepoint/ui/printing.py" line="369" />
        <source>The test page was printed.</source>
        <translation>测试页已打印。</translation>
    </message>
</context>
</TS>