<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="238" />
        <source>About the service point</source>
        <translation>About the service point</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="239" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="240" />
        <source>Copy these lines, e.g. for a technician</source>
        <translation>Copy these lines, e.g. for a technician</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="241" />
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="242" />
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="243" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="253" />
        <source>training station</source>
        <translation>training station</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="255" />
        <source>Service point %1</source>
        <translation>Service point %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="256" />
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="257" />
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="258" />
        <source>Station file: %1</source>
        <translation>Station file: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="259" />
        <source>Log folder: %1</source>
        <translation>Log folder: %1</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../servicepoint/ui/context.py" line="103" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="93" />
        <source>No backups yet. One is made each day when the window closes; "Back up now" makes one at once.</source>
        <translation>No backups yet. One is made each day when the window closes; "Back up now" makes one at once.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="128" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="130" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="131" />
        <source>Make a backup of this station now (Ctrl+B)</source>
        <translation>Make a backup of this station now (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="132" />
        <source>Back up to a USB stick…</source>
        <translation>Back up to a USB stick…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="133" />
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="134" />
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="137" />
        <source>Restoring replaces this station's data with the backup; the current data is kept in the "replaced" folder. The station closes, the backup is put in place and the station opens again, as if the program restarted: sign in again, then sync.</source>
        <translation>Restoring replaces this station's data with the backup; the current data is kept in the "replaced" folder. The station closes, the backup is put in place and the station opens again, as if the program restarted: sign in again, then sync.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="145" />
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="146" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="147" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="154" />
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="155" />
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="156" />
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="176" />
        <source>%1 backups use %2 of the %3 allowed (compressed); %4 free on this disk.</source>
        <translation>%1 backups use %2 of the %3 allowed (compressed); %4 free on this disk.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="186" />
        <source>Over the limit because of backups made by hand: move some to a USB stick.</source>
        <translation>Over the limit because of backups made by hand: move some to a USB stick.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="197" />
        <source>Backing up… the window stays usable.</source>
        <translation>Backing up… the window stays usable.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="206" />
        <source>Choose the USB stick</source>
        <translation>Choose the USB stick</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="215" />
        <source>Backed up: %1 (%2)</source>
        <translation>Backed up: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="226" />
        <source>No backup was made: %1</source>
        <translation>No backup was made: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="233" />
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="241" />
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="243" />
        <source>Station backups (*.db *.db.gz)</source>
        <translation>Station backups (*.db *.db.gz)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="251" />
        <source>A sync or a backup is running; restore when it has finished.</source>
        <translation>A sync or a backup is running; restore when it has finished.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="255" />
        <source>Replace this station's data with the backup %1?

Everything recorded since that backup is no longer in the station (the current data is kept aside in the "replaced" folder). The station closes and opens again; then sign in and sync.</source>
        <translation>Replace this station's data with the backup %1?

Everything recorded since that backup is no longer in the station (the current data is kept aside in the "replaced" folder). The station closes and opens again; then sign in and sync.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="260" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="263" />
        <source>restore the backup %1</source>
        <translation>restore the backup %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="272" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="273" />
        <source>Close the program and start it again.</source>
        <translation>Close the program and start it again.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="277" />
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_backups.py" line="282" />
        <source>Restored from %1. Sync now so the county confirms the restored records.</source>
        <translation>Restored from %1. Sync now so the county confirms the restored records.</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="116" />
        <source>Take cash to the bank</source>
        <translation>Take cash to the bank</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="119" />
        <source>Cash that should be in the drawer now: %1</source>
        <translation>Cash that should be in the drawer now: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="125" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="128" />
        <source>Bank slip number</source>
        <translation>Bank slip number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="133" />
        <source>take cash to the bank</source>
        <translation>take cash to the bank</translation>
    </message>
</context>
<context>
    <name>BuybackBuyPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="164" />
        <source>&amp;Product and grade</source>
        <translation>&amp;Product and grade</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="165" />
        <source>Gross (&amp;kg)</source>
        <translation>Gross (&amp;kg)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="166" />
        <source>&amp;Tare (kg)</source>
        <translation>&amp;Tare (kg)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="167" />
        <source>&amp;Moisture %</source>
        <translation>&amp;Moisture %</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="168" />
        <source>&amp;Impurity %</source>
        <translation>&amp;Impurity %</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="169" />
        <source>&amp;Offset against debt (yuan)</source>
        <translation>&amp;Offset against debt (yuan)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="170" />
        <source>Mo&amp;bile part (yuan)</source>
        <translation>Mo&amp;bile part (yuan)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="171" />
        <source>Mobile &amp;reference</source>
        <translation>Mobile &amp;reference</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="175" />
        <source>Whose produce</source>
        <translation>Whose produce</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="176" />
        <source>The load</source>
        <translation>The load</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="177" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="182" />
        <source>0 if weighed without a sack</source>
        <translation>0 if weighed without a sack</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="183" />
        <source>only if the farmer agrees</source>
        <translation>only if the farmer agrees</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="184" />
        <source>the rest is paid in cash</source>
        <translation>the rest is paid in cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="185" />
        <source>Buy and print</source>
        <translation>Buy and print</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="187" />
        <source>Pays the farmer, prints the buy-back slip and the lot's label</source>
        <translation>Pays the farmer, prints the buy-back slip and the lot's label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="207" />
        <source>poor +%1</source>
        <translation>poor +%1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="212" />
        <source>No price list valid today: sync to get the county's</source>
        <translation>No price list valid today: sync to get the county's</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="227" />
        <source>Owes the point %1</source>
        <translation>Owes the point %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="273" />
        <source>Net %1</source>
        <translation>Net %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="274" />
        <source>deducted %1</source>
        <translation>deducted %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="277" />
        <source>paid weight %1</source>
        <translation>paid weight %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="278" />
        <source>amount %1</source>
        <translation>amount %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="282" />
        <source>of which poor-household premium %1</source>
        <translation>of which poor-household premium %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="289" />
        <source>cash to pay %1</source>
        <translation>cash to pay %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="311" />
        <source>Choose the farmer first.</source>
        <translation>Choose the farmer first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_buy.py" line="347" />
        <source>Bought: %1 %2, paid %3. Trace code %4, receipt %5.</source>
        <translation>Bought: %1 %2, paid %3. Trace code %4, receipt %5.</translation>
    </message>
</context>
<context>
    <name>BuybackScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="70" />
        <source>Buy-back</source>
        <translation>Buy-back</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="73" />
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="74" />
        <source>Stock and dispatch</source>
        <translation>Stock and dispatch</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="75" />
        <source>Weigh, grade and pay for a load (Ctrl+1)</source>
        <translation>Weigh, grade and pay for a load (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="76" />
        <source>Ship lots up or record spoilage (Ctrl+2)</source>
        <translation>Ship lots up or record spoilage (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="77" />
        <source>Buy a load</source>
        <translation>Buy a load</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="78" />
        <source>Dispatch or spoilage</source>
        <translation>Dispatch or spoilage</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="79" />
        <source>Record (buy, dispatch)</source>
        <translation>Record (buy, dispatch)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/buyback.py" line="115" />
        <source>Lots on hand: %1 · Owed by the county for buy-back: %2</source>
        <translation>Lots on hand: %1 · Owed by the county for buy-back: %2</translation>
    </message>
</context>
<context>
    <name>BuybackStockPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="50" />
        <source>No bought produce on hand.</source>
        <translation>No bought produce on hand.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="99" />
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="100" />
        <source>&amp;Vehicle</source>
        <translation>&amp;Vehicle</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="101" />
        <source>&amp;Weight lost (kg)</source>
        <translation>&amp;Weight lost (kg)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="102" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="107" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="109" />
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="113" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="114" />
        <source>Trace code</source>
        <translation>Trace code</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="119" />
        <source>Dispatch the selected lots</source>
        <translation>Dispatch the selected lots</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="120" />
        <source>Spoilage of the lot under the cursor</source>
        <translation>Spoilage of the lot under the cursor</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="125" />
        <source>e.g. the county grain company</source>
        <translation>e.g. the county grain company</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="126" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="127" />
        <source>Dispatch and print the manifest</source>
        <translation>Dispatch and print the manifest</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="128" />
        <source>Record spoilage</source>
        <translation>Record spoilage</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="144" />
        <source>Select the lots to dispatch first.</source>
        <translation>Select the lots to dispatch first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="161" />
        <source>Dispatched %1 lots, manifest %2; handling fee %3.</source>
        <translation>Dispatched %1 lots, manifest %2; handling fee %3.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="175" />
        <source>Put the cursor on a lot first.</source>
        <translation>Put the cursor on a lot first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/buyback_stock.py" line="196" />
        <source>Spoilage recorded: %1, slip %2.</source>
        <translation>Spoilage recorded: %1, slip %2.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="128" />
        <source>Scan waybill</source>
        <translation>Scan waybill</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="129" />
        <source>Phone or last 4</source>
        <translation>Phone or last 4</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="130" />
        <source>Recipient's name</source>
        <translation>Recipient's name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="131" />
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="132" />
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="138" />
        <source>Scan one waybill after another; Enter after each</source>
        <translation>Scan one waybill after another; Enter after each</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="139" />
        <source>11 digits, or the last 4 printed</source>
        <translation>11 digits, or the last 4 printed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="140" />
        <source>As printed on the waybill (optional)</source>
        <translation>As printed on the waybill (optional)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="141" />
        <source>Empty: the suggested slot, or shelf-cell like 3-12</source>
        <translation>Empty: the suggested slot, or shelf-cell like 3-12</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="143" />
        <source>Open orders of this phone: Enter marks the order arrived</source>
        <translation>Open orders of this phone: Enter marks the order arrived</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="145" />
        <source>Print a slot label at check-in</source>
        <translation>Print a slot label at check-in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="146" />
        <source>Print slot label</source>
        <translation>Print slot label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="147" />
        <source>The slot label of the last parcel checked in</source>
        <translation>The slot label of the last parcel checked in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="152" />
        <source>Parcels waiting for their recipient: %1</source>
        <translation>Parcels waiting for their recipient: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="177" />
        <source>%1 is already waiting in the queue.</source>
        <translation>%1 is already waiting in the queue.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="201" />
        <source>Scan a waybill first.</source>
        <translation>Scan a waybill first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="227" />
        <source>Slot %1 · pickup code %2</source>
        <translation>Slot %1 · pickup code %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="265" />
        <source>Order %1 marked arrived.</source>
        <translation>Order %1 marked arrived.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="288" />
        <source>Printing the slot label…</source>
        <translation>Printing the slot label…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="294" />
        <source>Slot label printed.</source>
        <translation>Slot label printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_checkin.py" line="299" />
        <source>Slot label not printed: %1</source>
        <translation>Slot label not printed: %1</translation>
    </message>
</context>
<context>
    <name>ConsignmentPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="52" />
        <source>No consignment goods in stock. Take goods in on F5.</source>
        <translation>No consignment goods in stock. Take goods in on F5.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="54" />
        <source>No farmer is waiting to be settled with.</source>
        <translation>No farmer is waiting to be settled with.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="71" />
        <source>Sales, last 30 days</source>
        <translation>Sales, last 30 days</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="72" />
        <source>Batches with spoilage, last 30 days</source>
        <translation>Batches with spoilage, last 30 days</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="73" />
        <source>Due to farmers</source>
        <translation>Due to farmers</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="76" />
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="77" />
        <source>Farmers to settle with</source>
        <translation>Farmers to settle with</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="80" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="142" />
        <source>Trace code</source>
        <translation>Trace code</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="81" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="105" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="143" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="163" />
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="83" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="144" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="86" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="146" />
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="91" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="147" />
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="96" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="148" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="106" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="163" />
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="107" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="163" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="127" />
        <source>The figures could not be loaded: %1</source>
        <translation>The figures could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="145" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>ConsignmentScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="94" />
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="97" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="98" />
        <source>Stock and sales</source>
        <translation>Stock and sales</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="99" />
        <location filename="../../servicepoint/ui/screens/consignment.py" line="105" />
        <source>Settle with a farmer</source>
        <translation>Settle with a farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="100" />
        <source>Take a farmer's produce in (Ctrl+1)</source>
        <translation>Take a farmer's produce in (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="101" />
        <source>Choose a batch and sell from it (Ctrl+2)</source>
        <translation>Choose a batch and sell from it (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="102" />
        <source>Pay a farmer for what was sold (Ctrl+3)</source>
        <translation>Pay a farmer for what was sold (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="103" />
        <source>Take produce in</source>
        <translation>Take produce in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="104" />
        <source>Sell from a batch</source>
        <translation>Sell from a batch</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="106" />
        <source>Return to the farmer or spoilage</source>
        <translation>Return to the farmer or spoilage</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="107" />
        <source>Find a batch</source>
        <translation>Find a batch</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="108" />
        <source>Reprint the batch's label</source>
        <translation>Reprint the batch's label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="109" />
        <source>Record (take in, sell or pay out)</source>
        <translation>Record (take in, sell or pay out)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="184" />
        <source>The stock list could not be read: %1</source>
        <translation>The stock list could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="190" />
        <source>Reading the stock…</source>
        <translation>Reading the stock…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/consignment.py" line="194" />
        <source>Batches in stock: %1 · Farmers to settle with: %2, due to them %3 · Sales in the last 30 days: %4</source>
        <translation>Batches in stock: %1 · Farmers to settle with: %2, due to them %3 · Sales in the last 30 days: %4</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="58" />
        <source>over by %1</source>
        <translation>over by %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="60" />
        <source>short by %1</source>
        <translation>short by %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="61" />
        <source>exactly right</source>
        <translation>exactly right</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="71" />
        <source>The drawer counts from the opening float (no close yet).</source>
        <translation>The drawer counts from the opening float (no close yet).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="75" />
        <source>The drawer counts from the last count, %1 (close of %2).</source>
        <translation>The drawer counts from the last count, %1 (close of %2).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="83" />
        <source>It includes %1 from earlier days nobody closed (%2).</source>
        <translation>It includes %1 from earlier days nobody closed (%2).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="91" />
        <source>A count now covers the cash up to now, including %1 taken after this day (%2).</source>
        <translation>A count now covers the cash up to now, including %1 taken after this day (%2).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="215" />
        <source>Close the day %1</source>
        <translation>Close the day %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="218" />
        <source>Count the notes and coins in the drawer and type the total, or count them note by note. Nothing is recorded until you confirm.</source>
        <translation>Count the notes and coins in the drawer and type the total, or count them note by note. Nothing is recorded until you confirm.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="224" />
        <source>&amp;Opening float</source>
        <translation>&amp;Opening float</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="224" />
        <source>Opening cash</source>
        <translation>Opening cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="226" />
        <source>+ Cash taken in</source>
        <translation>+ Cash taken in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="227" />
        <source>− Cash paid out</source>
        <translation>− Cash paid out</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="228" />
        <source>= Cash expected in the drawer</source>
        <translation>= Cash expected in the drawer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="229" />
        <source>Cash &amp;counted</source>
        <translation>Cash &amp;counted</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="232" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="233" />
        <source>&amp;Why</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="243" />
        <source>The change money that was in the drawer before the first day close; it is saved with this close (Alt+O)</source>
        <translation>The change money that was in the drawer before the first day close; it is saved with this close (Alt+O)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="247" />
        <source>The total of the notes and coins counted (Alt+C)</source>
        <translation>The total of the notes and coins counted (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="248" />
        <source>Count &amp;note by note</source>
        <translation>Count &amp;note by note</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="251" />
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="253" />
        <source>%1 jiao</source>
        <translation>%1 jiao</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="255" />
        <source>Other coins, total</source>
        <translation>Other coins, total</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="256" />
        <source>e.g. wrong change given</source>
        <translation>e.g. wrong change given</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="257" />
        <source>Close the day…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="259" />
        <source>Asks again, then needs a manager; prints the Z report</source>
        <translation>Asks again, then needs a manager; prints the Z report</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="312" />
        <source>Type the cash counted</source>
        <translation>Type the cash counted</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="379" />
        <source>Close the day %1?

Expected %2, counted %3: %4.

The count is recorded and the Z report printed; it cannot be undone (counting again adds a new close).</source>
        <translation>Close the day %1?

Expected %2, counted %3: %4.

The count is recorded and the Z report printed; it cannot be undone (counting again adds a new close).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="388" />
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/day_close_dialog.py" line="391" />
        <source>close the day %1 with %2 counted</source>
        <translation>close the day %1 with %2 counted</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="117" />
        <source>Cash to the bank…</source>
        <translation>Cash to the bank…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="118" />
        <source>Opening float…</source>
        <translation>Opening float…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="120" />
        <source>The change money in the drawer before the first day close (needs a manager)</source>
        <translation>The change money in the drawer before the first day close (needs a manager)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="122" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="316" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="123" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="125" />
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="128" />
        <source>Opening cash</source>
        <translation>Opening cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="129" />
        <source>+ Cash taken in</source>
        <translation>+ Cash taken in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="130" />
        <source>− Cash paid out</source>
        <translation>− Cash paid out</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="131" />
        <source>= Cash expected in the drawer</source>
        <translation>= Cash expected in the drawer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="132" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="333" />
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="136" />
        <source>Reprint Z report</source>
        <translation>Reprint Z report</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="139" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="140" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="141" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="142" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="318" />
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="149" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="150" />
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="151" />
        <source>On account</source>
        <translation>On account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="171" />
        <source>Parcels in: %1 · picked up: %2 · returned: %3 · sent: %4 · fees: %5</source>
        <translation>Parcels in: %1 · picked up: %2 · returned: %3 · sent: %4 · fees: %5</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="184" />
        <source>New orders: %1 · Picked up: %2 · Receipts issued: %3</source>
        <translation>New orders: %1 · Picked up: %2 · Receipts issued: %3</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="193" />
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="195" />
        <source>Counted at the previous close</source>
        <translation>Counted at the previous close</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="220" />
        <source>Drawer from the opening float to the close at %2.</source>
        <translation>Drawer from the opening float to the close at %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="222" />
        <source>Drawer from the count at %1 to the close at %2.</source>
        <translation>Drawer from the count at %1 to the close at %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="224" />
        <source>The table covers the whole day.</source>
        <translation>The table covers the whole day.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="227" />
        <source>Drawer from the opening float to now.</source>
        <translation>Drawer from the opening float to now.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="229" />
        <source>Drawer from the count at %1 to now.</source>
        <translation>Drawer from the count at %1 to now.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="244" />
        <source>Closed at %1: counted %2, difference %3.</source>
        <translation>Closed at %1: counted %2, difference %3.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="251" />
        <source>Closing again adds a recount from that count: it would expect %1.</source>
        <translation>Closing again adds a recount from that count: it would expect %1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="351" />
        <source>Parcels checked in</source>
        <translation>Parcels checked in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="352" />
        <source>Parcels picked up</source>
        <translation>Parcels picked up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="353" />
        <source>Parcels returned</source>
        <translation>Parcels returned</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="354" />
        <source>Parcels sent</source>
        <translation>Parcels sent</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="356" />
        <source>Parcel fees paid by senders</source>
        <translation>Parcel fees paid by senders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="359" />
        <source>Courier fees earned</source>
        <translation>Courier fees earned</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="239" />
        <source>This day's cash was counted in the close of %1; it cannot be closed on its own.</source>
        <translation>This day's cash was counted in the close of %1; it cannot be closed on its own.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="65" />
        <source>No money was taken or paid out this day.</source>
        <translation>No money was taken or paid out this day.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="124" />
        <source>Takings by payment method, whole day</source>
        <translation>Takings by payment method, whole day</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="255" />
        <source>Not closed yet.</source>
        <translation>Not closed yet.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="259" />
        <source>The figures could not be loaded: %1</source>
        <translation>The figures could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="275" />
        <source>Count again and close…</source>
        <translation>Count again and close…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="275" />
        <source>Close the day…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="133" />
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="339" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="277" />
        <source>Needs a manager; prints the Z report (Ctrl+Enter)</source>
        <translation>Needs a manager; prints the Z report (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="343" />
        <source>New orders</source>
        <translation>New orders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="344" />
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_day.py" line="345" />
        <source>Receipts issued</source>
        <translation>Receipts issued</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="111" />
        <source>Scale and scanner</source>
        <translation>Scale and scanner</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="113" />
        <source>Scale t&amp;ype</source>
        <translation>Scale t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="114" />
        <source>&amp;USB/serial port</source>
        <translation>&amp;USB/serial port</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="115" />
        <source>&amp;Baud rate</source>
        <translation>&amp;Baud rate</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="116" />
        <source>Scanner suffi&amp;x</source>
        <translation>Scanner suffi&amp;x</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="118" />
        <source>No scale</source>
        <translation>No scale</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="119" />
        <source>Continuous (ST,GS,…)</source>
        <translation>Continuous (ST,GS,…)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="120" />
        <source>Mettler Toledo SICS</source>
        <translation>Mettler Toledo SICS</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="121" />
        <source>CAS ECR (ENQ, DC1)</source>
        <translation>CAS ECR (ENQ, DC1)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="122" />
        <source>Yaohua XK3190-A9 (continuous)</source>
        <translation>Yaohua XK3190-A9 (continuous)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="126" />
        <source>Enter (recommended)</source>
        <translation>Enter (recommended)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="127" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="129" />
        <source>What the scanner sends after each code (with Tab the code stays in its field)</source>
        <translation>What the scanner sends after each code (with Tab the code stays in its field)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="132" />
        <source>COM3, /dev/ttyUSB0, or a serial server: socket://192.168.1.50:4001</source>
        <translation>COM3, /dev/ttyUSB0, or a serial server: socket://192.168.1.50:4001</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="134" />
        <source>Live reading</source>
        <translation>Live reading</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="135" />
        <source>Reads the scale on the port chosen here</source>
        <translation>Reads the scale on the port chosen here</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="136" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="138" />
        <source>Saves the scale and scanner (a manager's PIN is needed)</source>
        <translation>Saves the scale and scanner (a manager's PIN is needed)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="188" />
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="190" />
        <source>change the scale and scanner</source>
        <translation>change the scale and scanner</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="203" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="235" />
        <source>Choose the scale type and its port first.</source>
        <translation>Choose the scale type and its port first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="238" />
        <source>Scale not connected: %1</source>
        <translation>Scale not connected: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="240" />
        <source>Connecting to the scale…</source>
        <translation>Connecting to the scale…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="243" />
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="244" />
        <source>Moving…</source>
        <translation>Moving…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="245" />
        <source>Overload</source>
        <translation>Overload</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="246" />
        <source>Underload</source>
        <translation>Underload</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_devices.py" line="247" />
        <source>Unit %1 not taken</source>
        <translation>Unit %1 not taken</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="97" />
        <source>County server</source>
        <translation>County server</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="101" />
        <source>One-time code from the county centre</source>
        <translation>One-time code from the county centre</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="99" />
        <source>Server a&amp;ddress</source>
        <translation>Server a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="100" />
        <source>Enrolment &amp;code</source>
        <translation>Enrolment &amp;code</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="102" />
        <source>Certificate &amp;fingerprint</source>
        <translation>Certificate &amp;fingerprint</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="103" />
        <source>AA:BB:… from the county technician</source>
        <translation>AA:BB:… from the county technician</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="106" />
        <source>For an https:// address. Leave it empty to be shown the server's fingerprint and compare it with the technician's.</source>
        <translation>For an https:// address. Leave it empty to be shown the server's fingerprint and compare it with the technician's.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="111" />
        <source>Unencrypted connection: the code and the station's key cross the network</source>
        <translation>Unencrypted connection: the code and the station's key cross the network</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="132" />
        <source>The county server presents the certificate %1</source>
        <translation>The county server presents the certificate %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="150" />
        <source>Enrol again…</source>
        <translation>Enrol again…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="150" />
        <source>Enrol…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="153" />
        <source>A manager's PIN is needed. To move to a new server address, enter it with a new code from the county centre.</source>
        <translation>A manager's PIN is needed. To move to a new server address, enter it with a new code from the county centre.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="167" />
        <source>enrol this station with the county server</source>
        <translation>enrol this station with the county server</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="174" />
        <source>Contacting the county server…</source>
        <translation>Contacting the county server…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="201" />
        <source>The county server presents this certificate fingerprint:

%1

Is it exactly the fingerprint the county technician gave?</source>
        <translation>The county server presents this certificate fingerprint:

%1

Is it exactly the fingerprint the county technician gave?</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="204" />
        <source>Check the certificate</source>
        <translation>Check the certificate</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/sync_enrolment.py" line="218" />
        <source>Enrolled with %1. Sync now to send the records.</source>
        <translation>Enrolled with %1. Sync now to send the records.</translation>
    </message>
</context>
<context>
    <name>FarmerDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="204" />
        <source>Edit farmer</source>
        <translation>Edit farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="204" />
        <source>New farmer</source>
        <translation>New farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="208" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="211" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="218" />
        <source>&amp;Village group</source>
        <translation>&amp;Village group</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="221" />
        <source>Registered p&amp;oor household</source>
        <translation>Registered p&amp;oor household</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="226" />
        <source>Poverty car&amp;d number</source>
        <translation>Poverty car&amp;d number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="227" />
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="228" />
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
</context>
<context>
    <name>FarmerPage</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="163" />
        <source>No assisted-purchase orders for this farmer yet.</source>
        <translation>No assisted-purchase orders for this farmer yet.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="164" />
        <source>This farmer has brought no goods on consignment yet.</source>
        <translation>This farmer has brought no goods on consignment yet.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="165" />
        <source>No settlements with this farmer yet.</source>
        <translation>No settlements with this farmer yet.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="166" />
        <source>Nothing on this farmer's account yet.</source>
        <translation>Nothing on this farmer's account yet.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="198" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="199" />
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="201" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="205" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="207" />
        <source>Platform order</source>
        <translation>Platform order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="220" />
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="221" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="222" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="223" />
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="224" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="225" />
        <source>Spoiled</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="226" />
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="227" />
        <source>Trace code</source>
        <translation>Trace code</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="232" />
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="233" />
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="234" />
        <source>Proceeds</source>
        <translation>Proceeds</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="235" />
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="236" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="237" />
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="238" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="262" />
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="240" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="241" />
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="248" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="249" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="250" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="251" />
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="252" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="258" />
        <source>Bought on account</source>
        <translation>Bought on account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="259" />
        <source>Refund to account</source>
        <translation>Refund to account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="260" />
        <source>Repayment</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="261" />
        <source>Consignment proceeds due</source>
        <translation>Consignment proceeds due</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="263" />
        <source>Offset against account</source>
        <translation>Offset against account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="264" />
        <source>Reversal (void)</source>
        <translation>Reversal (void)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="269" />
        <source>Choose a farmer in the list on the left.</source>
        <translation>Choose a farmer in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="283" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="377" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="284" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="378" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="285" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="379" />
        <source>Consignment batches</source>
        <translation>Consignment batches</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="286" />
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="380" />
        <source>Settlements</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="290" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="291" />
        <source>Edit this farmer (Ctrl+E)</source>
        <translation>Edit this farmer (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="292" />
        <source>Show card and ID numbers…</source>
        <translation>Show card and ID numbers…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="293" />
        <source>Needs a manager's PIN</source>
        <translation>Needs a manager's PIN</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="324" />
        <source>No farmer chosen</source>
        <translation>No farmer chosen</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="334" />
        <source>no village group</source>
        <translation>no village group</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="335" />
        <source>no phone</source>
        <translation>no phone</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="336" />
        <source>registered poor household</source>
        <translation>registered poor household</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="337" />
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="345" />
        <source>Poverty card: %1   ID: %2</source>
        <translation>Poverty card: %1   ID: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="352" />
        <source>Card and ID numbers are shown to a manager only.</source>
        <translation>Card and ID numbers are shown to a manager only.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="357" />
        <source>owes the point</source>
        <translation>owes the point</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="359" />
        <source>the point owes the farmer</source>
        <translation>the point owes the farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="361" />
        <source>nothing owed</source>
        <translation>nothing owed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="364" />
        <source>Account balance: %1 (%2)</source>
        <translation>Account balance: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="391" />
        <source>show %1's poverty-card and ID numbers</source>
        <translation>show %1's poverty-card and ID numbers</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmer_page.py" line="399" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>FarmerPicker</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="124" />
        <source>Initials, name, phone</source>
        <translation>Initials, name, phone</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="125" />
        <source>Farmer: pinyin initials, name or phone</source>
        <translation>Farmer: pinyin initials, name or phone</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="126" />
        <source>New farmer…</source>
        <translation>New farmer…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/farmers.py" line="127" />
        <source>Add a farmer (Ctrl+N)</source>
        <translation>Add a farmer (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>FarmersScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="116" />
        <source>No farmer matches the search.</source>
        <extracomment>the widest text each column of the list holds: name, village group, masked phone, the poor-household star (its heading is wider), the date registered</extracomment>
        <translation>No farmer matches the search.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="118" />
        <source>No farmers yet. Press Ctrl+N to register the first one.</source>
        <translation>No farmers yet. Press Ctrl+N to register the first one.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="130" />
        <source>&amp;New farmer…</source>
        <translation>&amp;New farmer…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="133" />
        <source>&amp;Edit the farmer…</source>
        <translation>&amp;Edit the farmer…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="137" />
        <source>&amp;Find a farmer</source>
        <translation>&amp;Find a farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="161" />
        <source>Farmers</source>
        <translation>Farmers</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="169" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="170" />
        <source>Village group</source>
        <translation>Village group</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="171" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="172" />
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="173" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="178" />
        <source>Search: pinyin initials, name, phone or village group (Ctrl+F)</source>
        <translation>Search: pinyin initials, name, phone or village group (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="180" />
        <source>New farmer…</source>
        <translation>New farmer…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="181" />
        <source>Add a farmer (Ctrl+N)</source>
        <translation>Add a farmer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="227" />
        <source>The farmer list could not be read: %1</source>
        <translation>The farmer list could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="232" />
        <source>Reading the farmer list…</source>
        <translation>Reading the farmer list…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="236" />
        <source>Farmers: %1</source>
        <translation>Farmers: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/farmers.py" line="238" />
        <source>Farmers: %1 of %2</source>
        <translation>Farmers: %1 of %2</translation>
    </message>
</context>
<context>
    <name>FeesPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="108" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="111" />
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="120" />
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="112" />
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="113" />
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="114" />
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="115" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="116" />
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="121" />
        <source>Fee per parcel in</source>
        <translation>Fee per parcel in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="122" />
        <source>Margin per parcel out</source>
        <translation>Margin per parcel out</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="123" />
        <source>Courier paid (yuan)</source>
        <translation>Courier paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="129" />
        <source>Save rates</source>
        <translation>Save rates</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="130" />
        <source>Record the courier's payment</source>
        <translation>Record the courier's payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="131" />
        <source>Shelves and overdue parcels</source>
        <translation>Shelves and overdue parcels</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="133" />
        <source>Shelves</source>
        <translation>Shelves</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="134" />
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="135" />
        <source>Positions a row</source>
        <translation>Positions a row</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="136" />
        <source>Parcels a slot</source>
        <translation>Parcels a slot</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="137" />
        <source>Overdue after days</source>
        <translation>Overdue after days</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="140" />
        <source>Save shelves</source>
        <translation>Save shelves</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="176" />
        <source>change the courier rates</source>
        <translation>change the courier rates</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="189" />
        <source>Rates saved.</source>
        <translation>Rates saved.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="205" />
        <source>Payment recorded, receipt %1.</source>
        <translation>Payment recorded, receipt %1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="210" />
        <source>change the shelves</source>
        <translation>change the shelves</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_fees.py" line="225" />
        <source>Shelves saved.</source>
        <translation>Shelves saved.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="61" />
        <source>Set up this service point</source>
        <translation>Set up this service point</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="65" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="67" />
        <source>Create this village's station, or practise first on the training station.</source>
        <translation>Create this village's station, or practise first on the training station.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="70" />
        <source>Create the station for this village</source>
        <translation>Create the station for this village</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="74" />
        <source>Open the training station (practice data, receipts marked TRAINING)</source>
        <translation>Open the training station (practice data, receipts marked TRAINING)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="87" />
        <source>County server</source>
        <translation>County server</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="90" />
        <source>Enrol now with the code from the county centre, or later on the Sync screen. The station works offline either way.</source>
        <translation>Enrol now with the code from the county centre, or later on the Sync screen. The station works offline either way.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="100" />
        <source>AA:BB:… from the county technician</source>
        <translation>AA:BB:… from the county technician</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="103" />
        <source>Unencrypted connection: the code and the station's key cross the network</source>
        <translation>Unencrypted connection: the code and the station's key cross the network</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="114" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="115" />
        <source>Enrolment code (leave empty to enrol later)</source>
        <translation>Enrolment code (leave empty to enrol later)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="116" />
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="178" />
        <source>The county server presents the certificate %1</source>
        <translation>The county server presents the certificate %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="183" />
        <source>The county server presents this certificate fingerprint:

%1

Is it exactly the fingerprint the county technician gave?</source>
        <translation>The county server presents this certificate fingerprint:

%1

Is it exactly the fingerprint the county technician gave?</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="188" />
        <source>Check the certificate</source>
        <translation>Check the certificate</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="205" />
        <source>Connecting to the county server…</source>
        <translation>Connecting to the county server…</translation>
    </message>
</context>
<context>
    <name>FloatDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="158" />
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="170" />
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="162" />
        <source>The change money in the drawer when the point starts. The first day close counts from it; every later close counts from the close before.</source>
        <translation>The change money in the drawer when the point starts. The first day close counts from it; every later close counts from the close before.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="180" />
        <source>set the opening float</source>
        <translation>set the opening float</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="308" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="309" />
        <source>&amp;Help for this screen</source>
        <translation>&amp;Help for this screen</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="310" />
        <source>&amp;About…</source>
        <translation>&amp;About…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="151" />
        <source>Help — %1</source>
        <extracomment>Every page, in the order the help window lists them: the nine screens (main_window's NAV_KEYS), then signing in / the lock and the first run.</extracomment>
        <translation>Help — %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="167" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/help.py" line="168" />
        <source>Close the help (Esc)</source>
        <translation>Close the help (Esc)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="108" />
        <source>&amp;Open the to-do</source>
        <translation>&amp;Open the to-do</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="114" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="125" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="132" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="133" />
        <source>Today's takings</source>
        <translation>Today's takings</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="134" />
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="135" />
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="136" />
        <source>Notices from the county</source>
        <translation>Notices from the county</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="137" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="139" />
        <source>Send records to the county and fetch the catalogue (Ctrl+Shift+S)</source>
        <translation>Send records to the county and fetch the catalogue (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="151" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="174" />
        <source>%1 taken in: %2</source>
        <translation>%1 taken in: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="182" />
        <source>Paid out: %1</source>
        <translation>Paid out: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="189" />
        <source>Batches in stock: %1</source>
        <translation>Batches in stock: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="190" />
        <source>Due to farmers: %1</source>
        <translation>Due to farmers: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="202" />
        <source>Opening float: %1</source>
        <translation>Opening float: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="203" />
        <source>+ Cash in since the float: %1</source>
        <translation>+ Cash in since the float: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="204" />
        <source>− Cash out since the float: %1</source>
        <translation>− Cash out since the float: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="209" />
        <source>Counted at %1: %2</source>
        <translation>Counted at %1: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="212" />
        <source>+ Cash in since the count: %1</source>
        <translation>+ Cash in since the count: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="213" />
        <source>− Cash out since the count: %1</source>
        <translation>− Cash out since the count: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="215" />
        <source>= Cash expected in the drawer: %1</source>
        <translation>= Cash expected in the drawer: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="241" />
        <source>Enter opens the screen where this is done</source>
        <translation>Enter opens the screen where this is done</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="245" />
        <source>Nothing is waiting. Press F3 to help a farmer buy something.</source>
        <translation>Nothing is waiting. Press F3 to help a farmer buy something.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="259" />
        <source>Orders to place on a platform: %1</source>
        <translation>Orders to place on a platform: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="260" />
        <source>Orders arrived, to hand to the farmer: %1</source>
        <translation>Orders arrived, to hand to the farmer: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="263" />
        <source>Farmers waiting to be settled with: %1</source>
        <translation>Farmers waiting to be settled with: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="264" />
        <source>Parcels whose recipient is not told yet: %1</source>
        <translation>Parcels whose recipient is not told yet: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="267" />
        <source>Parcels waiting longer than the set days: %1</source>
        <translation>Parcels waiting longer than the set days: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="270" />
        <source>Days not closed: %1 (the first is %2)</source>
        <translation>Days not closed: %1 (the first is %2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="273" />
        <source>Receipts not printed: %1</source>
        <translation>Receipts not printed: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="287" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="288" />
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="289" />
        <source>On account</source>
        <translation>On account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="298" />
        <source>This is the training station: its practice data is never sent to the county.</source>
        <translation>This is the training station: its practice data is never sent to the county.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="304" />
        <source>Not enrolled with the county server yet: see the Sync screen.</source>
        <translation>Not enrolled with the county server yet: see the Sync screen.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="308" />
        <source>%1 changes waiting. Last success: %2.</source>
        <translation>%1 changes waiting. Last success: %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="310" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/home.py" line="314" />
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="198" />
        <source>Import farmers</source>
        <translation>Import farmers</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="200" />
        <source>Import the catalogue</source>
        <translation>Import the catalogue</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="217" />
        <source>%1 rows imported.</source>
        <translation>%1 rows imported.</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="140" />
        <source>Nothing taken in yet today.</source>
        <translation>Nothing taken in yet today.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="172" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="173" />
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="175" />
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="179" />
        <source>Trace code</source>
        <translation>Trace code</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="192" />
        <source>Whose produce</source>
        <translation>Whose produce</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="193" />
        <source>The batch</source>
        <translation>The batch</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="194" />
        <source>Taken in during the last 24 hours</source>
        <translation>Taken in during the last 24 hours</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="196" />
        <source>Reprint label</source>
        <translation>Reprint label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="203" />
        <source>e.g. free-range eggs, walnuts</source>
        <translation>e.g. free-range eggs, walnuts</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="204" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="205" />
        <source>optional: the lowest price the farmer accepts</source>
        <translation>optional: the lowest price the farmer accepts</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="206" />
        <source>Print the farmer's name on the label</source>
        <translation>Print the farmer's name on the label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="207" />
        <source>Take in and print</source>
        <translation>Take in and print</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="209" />
        <source>Records the batch, prints the intake receipt and the trace label</source>
        <translation>Records the batch, prints the intake receipt and the trace label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="215" />
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="216" />
        <source>G&amp;rade</source>
        <translation>G&amp;rade</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="217" />
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="218" />
        <source>&amp;Floor price per unit</source>
        <translation>&amp;Floor price per unit</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="219" />
        <source>&amp;Commission %</source>
        <translation>&amp;Commission %</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="220" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="221" />
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="234" />
        <source>default %1</source>
        <translation>default %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="243" />
        <source>Choose the farmer first.</source>
        <translation>Choose the farmer first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_intake.py" line="297" />
        <source>Taken in: %1, %2. Trace code %3, receipt %4.</source>
        <translation>Taken in: %1, %2. Trace code %3, receipt %4.</translation>
    </message>
</context>
<context>
    <name>ItemEntry</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="242" />
        <source>From the catalogue</source>
        <extracomment>A scanned code: digits only, at least this long (EAN-8 and up).</extracomment>
        <translation>From the catalogue</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="243" />
        <source>From a platform</source>
        <translation>From a platform</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="244" />
        <source>County catalogue items, by search or scanner (Ctrl+1)</source>
        <translation>County catalogue items, by search or scanner (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="245" />
        <source>An item the farmer saw on a platform (Ctrl+2)</source>
        <translation>An item the farmer saw on a platform (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="246" />
        <source>Item: name, pinyin initials, code or scan</source>
        <translation>Item: name, pinyin initials, code or scan</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="249" />
        <source>Enter takes the highlighted item; a scanned barcode adds one at once; Enter on an empty box goes to the payment; Esc clears</source>
        <translation>Enter takes the highlighted item; a scanned barcode adds one at once; Enter on an empty box goes to the payment; Esc clears</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="255" />
        <source>Quantity in the item's unit; Enter adds the line, Esc backs out</source>
        <translation>Quantity in the item's unit; Enter adds the line, Esc backs out</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="257" />
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="279" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="258" />
        <source>Add the line (Enter)</source>
        <translation>Add the line (Enter)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="260" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="260" />
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="271" />
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="266" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="267" />
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="268" />
        <source>Lin&amp;k or ref.</source>
        <translation>Lin&amp;k or ref.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="270" />
        <source>Categor&amp;y</source>
        <translation>Categor&amp;y</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="277" />
        <source>per &amp;unit</source>
        <translation>per &amp;unit</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="269" />
        <source>Pr&amp;ice</source>
        <translation>Pr&amp;ice</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="274" />
        <source>As shown on the platform</source>
        <translation>As shown on the platform</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="275" />
        <source>e.g. JD, Pinduoduo, Taobao</source>
        <translation>e.g. JD, Pinduoduo, Taobao</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="276" />
        <source>Link or item number (optional)</source>
        <translation>Link or item number (optional)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="280" />
        <source>Add the platform item (Enter)</source>
        <translation>Add the platform item (Enter)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="308" />
        <source>No catalogue yet: import one in Settings (F9), or add the item with 'From a platform' (Ctrl+2).</source>
        <translation>No catalogue yet: import one in Settings (F9), or add the item with 'From a platform' (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="313" />
        <source>Nothing found for '%1': try the pinyin initials, or 'From a platform' (Ctrl+2).</source>
        <translation>Nothing found for '%1': try the pinyin initials, or 'From a platform' (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="315" />
        <source>Type a name, pinyin initials or code, or scan a barcode.</source>
        <translation>Type a name, pinyin initials or code, or scan a barcode.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="362" />
        <source>Pick an item above, then its quantity.</source>
        <translation>Pick an item above, then its quantity.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_items.py" line="371" />
        <source>Pick an item first.</source>
        <translation>Pick an item first.</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_label.py" line="111" />
        <source>Label not printed</source>
        <extracomment>trace code, ok, message (for a PDF copy: the file)</extracomment>
        <translation>Label not printed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_label.py" line="126" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="214" />
        <source>Home</source>
        <extracomment>(key, shortcut) in navigation order; titles in MainWindow.titles (translated).</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="215" />
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="216" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="217" />
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="218" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="219" />
        <source>Buy-back</source>
        <translation>Buy-back</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="220" />
        <source>Farmers</source>
        <translation>Farmers</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="221" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="222" />
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="223" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="228" />
        <location filename="../../servicepoint/ui/main_window.py" line="302" />
        <source>Service point — %1</source>
        <translation>Service point — %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="243" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="244" />
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="245" />
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="247" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="248" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="249" />
        <source>S&amp;witch operator…</source>
        <translation>S&amp;witch operator…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="250" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="305" />
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="307" />
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="312" />
        <source>Practice data: never sent to the county</source>
        <translation>Practice data: never sent to the county</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="316" />
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="318" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="320" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="322" />
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="324" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="327" />
        <source>Waiting to sync: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="328" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="329" />
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/main_window.py" line="334" />
        <source>Syncing… %1/%2</source>
        <translation>Syncing… %1/%2</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="128" />
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="129" />
        <source>A manager must approve: %1</source>
        <translation>A manager must approve: %1</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="102" />
        <source>No order was picked up in this month.</source>
        <translation>No order was picked up in this month.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="126" />
        <source>Send to the county…</source>
        <translation>Send to the county…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="128" />
        <source>Record the money sent to the county for this month's purchases</source>
        <translation>Record the money sent to the county for this month's purchases</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="130" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="260" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="132" />
        <source>Statement PDF…</source>
        <translation>Statement PDF…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="135" />
        <source>Save the monthly commission statement as an A4 PDF to print and file with the county</source>
        <translation>Save the monthly commission statement as an A4 PDF to print and file with the county</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="139" />
        <source>Commission statement</source>
        <translation>Commission statement</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="142" />
        <source>Collected for purchases</source>
        <translation>Collected for purchases</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="143" />
        <source>Commission on purchases</source>
        <translation>Commission on purchases</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="144" />
        <source>Due to the county</source>
        <translation>Due to the county</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="145" />
        <source>Remitted for this month</source>
        <translation>Remitted for this month</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="146" />
        <source>Outstanding (all months)</source>
        <translation>Outstanding (all months)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="147" />
        <source>Consignment commission</source>
        <translation>Consignment commission</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="148" />
        <source>Orders completed</source>
        <translation>Orders completed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="149" />
        <source>Commission paid by the county</source>
        <translation>Commission paid by the county</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="154" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="263" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="155" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="263" />
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="156" />
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="263" />
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="159" />
        <source>Taken in per day</source>
        <translation>Taken in per day</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="159" />
        <source>Nothing taken in yet</source>
        <translation>Nothing taken in yet</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="161" />
        <source>Commission per category</source>
        <translation>Commission per category</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="161" />
        <source>No commission this month</source>
        <translation>No commission this month</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="205" />
        <source>The figures could not be loaded: %1</source>
        <translation>The figures could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="223" />
        <source>Save the commission statement</source>
        <translation>Save the commission statement</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="225" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="233" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="243" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="248" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="273" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_month.py" line="273" />
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
</context>
<context>
    <name>MoveForm</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="357" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="359" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="376" />
        <source>Return to the farmer or spoilage</source>
        <translation>Return to the farmer or spoilage</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="378" />
        <source>Quan&amp;tity</source>
        <translation>Quan&amp;tity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="378" />
        <source>R&amp;eason</source>
        <translation>R&amp;eason</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="380" />
        <source>e.g. unsold, farmer takes it home; broken</source>
        <translation>e.g. unsold, farmer takes it home; broken</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="381" />
        <source>Return to farmer…</source>
        <translation>Return to farmer…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="382" />
        <source>Record spoilage…</source>
        <translation>Record spoilage…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="404" />
        <source>Say why (it is printed on the slip).</source>
        <translation>Say why (it is printed on the slip).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="409" />
        <source>Return to the farmer</source>
        <translation>Return to the farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="410" />
        <source>Give %1 of %2 back to the farmer? This takes it out of stock.</source>
        <translation>Give %1 of %2 back to the farmer? This takes it out of stock.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="412" />
        <source>Record spoilage</source>
        <translation>Record spoilage</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="413" />
        <source>Write off %1 of %2 as spoiled? This takes it out of stock for good.</source>
        <translation>Write off %1 of %2 as spoiled? This takes it out of stock for good.</translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="61" />
        <source>Call (shows the number)</source>
        <translation>Call (shows the number)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="62" />
        <source>Shows the full number to you and marks the parcel notified</source>
        <translation>Shows the full number to you and marks the parcel notified</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="88" />
        <source>Parcels to notify: %1</source>
        <translation>Parcels to notify: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_notify.py" line="91" />
        <source>Waiting over %1 days: %2</source>
        <translation>Waiting over %1 days: %2</translation>
    </message>
</context>
<context>
    <name>OperatorsPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="90" />
        <source>Operators and PINs</source>
        <translation>Operators and PINs</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="92" />
        <source>Add an operator</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="93" />
        <source>Selected operator</source>
        <translation>Selected operator</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="95" />
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="96" />
        <source>PIN (4–8 &amp;digits)</source>
        <translation>PIN (4–8 &amp;digits)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="97" />
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="98" />
        <source>N&amp;ew PIN</source>
        <translation>N&amp;ew PIN</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="109" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="101" />
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="120" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="102" />
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="120" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="104" />
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="105" />
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="111" />
        <source>Can sign in</source>
        <translation>Can sign in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="112" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="112" />
        <source>no (deactivated)</source>
        <translation>no (deactivated)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="141" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="141" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="143" />
        <source>Selected operator: %1</source>
        <translation>Selected operator: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="145" />
        <source>Selected operator: none</source>
        <translation>Selected operator: none</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="159" />
        <source>add the operator %1</source>
        <translation>add the operator %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="169" />
        <source>%1 can now sign in.</source>
        <translation>%1 can now sign in.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="188" />
        <source>change the PIN of %1</source>
        <translation>change the PIN of %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="197" />
        <source>The PIN of %1 was changed.</source>
        <translation>The PIN of %1 was changed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="203" />
        <source>deactivate %1</source>
        <translation>deactivate %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="203" />
        <source>reactivate %1</source>
        <translation>reactivate %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="218" />
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_operators.py" line="220" />
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="194" />
        <source>Platform orders</source>
        <translation>Platform orders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="200" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="209" />
        <source>Why it is cancelled or returned</source>
        <translation>Why it is cancelled or returned</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="213" />
        <source>The way it was paid</source>
        <translation>The way it was paid</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="214" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="215" />
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="216" />
        <source>To the farmer's account</source>
        <translation>To the farmer's account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="203" />
        <source>One order number; Enter saves it</source>
        <translation>One order number; Enter saves it</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="192" />
        <source>&amp;Lines</source>
        <extracomment>(platform, number) pairs typed for an order not yet marked ordered</extracomment>
        <translation>&amp;Lines</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="193" />
        <source>Platform order n&amp;o.</source>
        <translation>Platform order n&amp;o.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="195" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="196" />
        <source>Refu&amp;nd</source>
        <translation>Refu&amp;nd</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="197" />
        <source>Recei&amp;pts</source>
        <translation>Recei&amp;pts</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="222" />
        <source>&amp;Ordered</source>
        <translation>&amp;Ordered</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="224" />
        <source>Ordered on the platforms: keep the numbers added and the one typed (Ctrl+1)</source>
        <translation>Ordered on the platforms: keep the numbers added and the one typed (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="230" />
        <source>Add this platform order number; one order may be split across platforms (Ctrl+Shift+A)</source>
        <translation>Add this platform order number; one order may be split across platforms (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="234" />
        <source>The parcel is at the point (Ctrl+2)</source>
        <translation>The parcel is at the point (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="237" />
        <source>The farmer took the goods: print the pickup slip (Ctrl+3)</source>
        <translation>The farmer took the goods: print the pickup slip (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="241" />
        <source>Cancel before pickup and refund (Ctrl+Shift+C)</source>
        <translation>Cancel before pickup and refund (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="246" />
        <source>Return ticked lines after pickup and refund; after a day a manager approves (Ctrl+Shift+R)</source>
        <translation>Return ticked lines after pickup and refund; after a day a manager approves (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="253" />
        <source>Void the purchase receipt: a manager approves (Ctrl+Shift+V)</source>
        <translation>Void the purchase receipt: a manager approves (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="257" />
        <source>Print the selected receipt again (Ctrl+P)</source>
        <translation>Print the selected receipt again (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="228" />
        <source>A&amp;dd no.</source>
        <translation>A&amp;dd no.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="234" />
        <source>&amp;Arrived</source>
        <translation>&amp;Arrived</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="236" />
        <source>&amp;Picked up</source>
        <translation>&amp;Picked up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="240" />
        <source>&amp;Cancel order</source>
        <translation>&amp;Cancel order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="244" />
        <source>R&amp;eturn</source>
        <translation>R&amp;eturn</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="252" />
        <source>&amp;Void receipt</source>
        <translation>&amp;Void receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="256" />
        <source>&amp;Reprint</source>
        <translation>&amp;Reprint</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="260" />
        <source>Previe&amp;w</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="261" />
        <source>Show the selected receipt as it prints, then print it (Ctrl+Alt+P)</source>
        <translation>Show the selected receipt as it prints, then print it (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="285" />
        <source>No order selected</source>
        <translation>No order selected</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="286" />
        <source>Pick an order in the list.</source>
        <translation>Pick an order in the list.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="295" />
        <source>Farmer: %1</source>
        <translation>Farmer: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="296" />
        <source>Placed: %1</source>
        <translation>Placed: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="297" />
        <source>Total: %1   Commission: %2</source>
        <translation>Total: %1   Commission: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="304" />
        <source>Still needs the order number from: %1</source>
        <translation>Still needs the order number from: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="310" />
        <source>Refunded: %1   Net: %2</source>
        <translation>Refunded: %1   Net: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="316" />
        <source>Returned: %1   Net: %2   Commission kept: %3</source>
        <translation>Returned: %1   Net: %2   Commission kept: %3</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="328" />
        <source>(returned)</source>
        <translation>(returned)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="338" />
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="339" />
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="340" />
        <source>on account</source>
        <translation>on account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="355" />
        <source>Paid: %1</source>
        <translation>Paid: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="393" />
        <source>%1 %2 (not saved yet: Ctrl+1 marks the order ordered)</source>
        <translation>%1 %2 (not saved yet: Ctrl+1 marks the order ordered)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="399" />
        <source>None yet: choose the platform, type its order number</source>
        <translation>None yet: choose the platform, type its order number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="405" />
        <source>purchase</source>
        <translation>purchase</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="406" />
        <source>pickup</source>
        <translation>pickup</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="407" />
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="408" />
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="409" />
        <source>void</source>
        <translation>void</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="33" />
        <source>Paid, to order</source>
        <translation>Paid, to order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="34" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="35" />
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="36" />
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="37" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="38" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="39" />
        <source>Partly returned</source>
        <translation>Partly returned</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="40" />
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_orders.py" line="49" />
        <source>Part-ordered (%1/%2)</source>
        <translation>Part-ordered (%1/%2)</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="91" />
        <source>Receipt %1.</source>
        <extracomment>an order changed here (its id): the list updates that row</extracomment>
        <translation>Receipt %1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="126" />
        <source>Marked as ordered on the platform.</source>
        <translation>Marked as ordered on the platform.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="131" />
        <source>Number saved. The order is ordered once each platform has one.</source>
        <translation>Number saved. The order is ordered once each platform has one.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="165" />
        <source>Platform order number added.</source>
        <translation>Platform order number added.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="174" />
        <source>Marked as arrived: tell the farmer to come.</source>
        <translation>Marked as arrived: tell the farmer to come.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="183" />
        <source>Pick up</source>
        <translation>Pick up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="184" />
        <source>Hand order %1 (%2) to %3? The pickup slip is printed for the farmer to sign.</source>
        <translation>Hand order %1 (%2) to %3? The pickup slip is printed for the farmer to sign.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="196" />
        <source>Picked up. Once the pickup slip is out of the printer, the farmer signs it.</source>
        <translation>Picked up. Once the pickup slip is out of the printer, the farmer signs it.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="208" />
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="209" />
        <source>Cancel order %1 and refund %2 to %3?</source>
        <translation>Cancel order %1 and refund %2 to %3?</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="218" />
        <source>Cancelled and refunded.</source>
        <translation>Cancelled and refunded.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="237" />
        <source>Tick the lines to return.</source>
        <translation>Tick the lines to return.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="246" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="247" />
        <source>Return %1 line(s) of order %2 and refund %3?</source>
        <translation>Return %1 line(s) of order %2 and refund %3?</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="258" />
        <source>return of order %1, picked up more than a day ago</source>
        <translation>return of order %1, picked up more than a day ago</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="272" />
        <source>Returned and refunded; the commission is reversed.</source>
        <translation>Returned and refunded; the commission is reversed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="284" />
        <source>Void receipt</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="286" />
        <source>Void receipt %1? The payment is reversed and the order cancelled; the original receipt is kept.</source>
        <translation>Void receipt %1? The payment is reversed and the order cancelled; the original receipt is kept.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="292" />
        <source>void of receipt %1</source>
        <translation>void of receipt %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="298" />
        <source>Receipt voided.</source>
        <translation>Receipt voided.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="305" />
        <source>Choose an order in the list first.</source>
        <translation>Choose an order in the list first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="312" />
        <source>Order %1 was picked up: its receipt can no longer be voided. Return what the farmer brings back instead (Ctrl+Shift+R).</source>
        <translation>Order %1 was picked up: its receipt can no longer be voided. Return what the farmer brings back instead (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="316" />
        <source>Order %1 is already cancelled: there is nothing to void.</source>
        <translation>Order %1 is already cancelled: there is nothing to void.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="318" />
        <source>Order %1 has no purchase receipt to void.</source>
        <translation>Order %1 has no purchase receipt to void.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order_steps.py" line="322" />
        <source>%2 is not possible now: order %1 is %3.</source>
        <translation>%2 is not possible now: order %1 is %3.</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="149" />
        <source>The selected order's &amp;next step</source>
        <extracomment>The widest text each column holds, measured in the window's font (the last column, the platform numbers, stretches): money up to ¥999,999.99 stays whole at 1366 px (issue 12 #10).</extracomment>
        <translation>The selected order's &amp;next step</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="179" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="184" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="185" />
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="186" />
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="188" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="193" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="195" />
        <source>Platform orders</source>
        <translation>Platform orders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="236" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="236" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="236" />
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="242" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="243" />
        <source>Not yet picked up</source>
        <translation>Not yet picked up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="250" />
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="251" />
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="252" />
        <source>Order no., farmer or platform order no. (Ctrl+F)</source>
        <translation>Order no., farmer or platform order no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="253" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="254" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="255" />
        <source>Right-click for actions; Enter goes to the next step</source>
        <translation>Right-click for actions; Enter goes to the next step</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="287" />
        <source>The orders could not be read: %1</source>
        <translation>The orders could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="305" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="307" />
        <source>No order matches. Change the search, the status or the dates.</source>
        <translation>No order matches. Change the search, the status or the dates.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="308" />
        <source>No orders yet. Press F3 to take a farmer's first order.</source>
        <translation>No orders yet. Press F3 to take a farmer's first order.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="348" />
        <source>%1 of %2 orders</source>
        <translation>%1 of %2 orders</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/orders.py" line="353" />
        <source>(loading…)</source>
        <translation>(loading…)</translation>
    </message>
</context>
<context>
    <name>ParcelsScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="52" />
        <source>Check parcels in</source>
        <translation>Check parcels in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="53" />
        <source>Pick up, return or report</source>
        <translation>Pick up, return or report</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="54" />
        <source>Parcels to notify</source>
        <translation>Parcels to notify</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="55" />
        <source>Send a parcel</source>
        <translation>Send a parcel</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="56" />
        <source>Courier fees and shelves</source>
        <translation>Courier fees and shelves</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="64" />
        <source>Do it (check in, hand over or send)</source>
        <translation>Do it (check in, hand over or send)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="68" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="72" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="73" />
        <source>Pick up</source>
        <translation>Pick up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="74" />
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="75" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/parcels.py" line="76" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="140" />
        <source>Cash to take</source>
        <extracomment>Which field a refusal from the core belongs next to (by field name or error code). The change, large: the number the operator reads while counting coins into a hand.</extracomment>
        <translation>Cash to take</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="141" />
        <source>Cash &amp;tendered</source>
        <translation>Cash &amp;tendered</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="142" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="142" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="149" />
        <source>&amp;Mobile payment</source>
        <translation>&amp;Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="150" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="151" />
        <source>On a&amp;ccount</source>
        <translation>On a&amp;ccount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="156" />
        <source>The money the farmer handed over; empty = exact. Enter takes the payment (Alt+T)</source>
        <translation>The money the farmer handed over; empty = exact. Enter takes the payment (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="161" />
        <source>Paid by WeChat/Alipay; the rest is cash. Empty with a reference typed: all that is not on account (Alt+M)</source>
        <translation>Paid by WeChat/Alipay; the rest is cash. Empty with a reference typed: all that is not on account (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="165" />
        <source>Transaction number</source>
        <translation>Transaction number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="167" />
        <source>Put on the farmer's account (credit); the rest is cash (Alt+C)</source>
        <translation>Put on the farmer's account (credit); the rest is cash (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="188" />
        <source>owes %1</source>
        <translation>owes %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="233" />
        <source>Last sale: total %1</source>
        <translation>Last sale: total %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="235" />
        <source>, cash received %1</source>
        <translation>, cash received %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_payment.py" line="259" />
        <source>short by %1</source>
        <translation>short by %1</translation>
    </message>
</context>
<context>
    <name>PickupPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="111" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="112" />
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="113" />
        <source>Scan to confirm</source>
        <translation>Scan to confirm</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="114" />
        <source>Collected on behalf by</source>
        <translation>Collected on behalf by</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="122" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="124" />
        <source>Pickup code, last 4 of the phone, name or waybill scan</source>
        <translation>Pickup code, last 4 of the phone, name or waybill scan</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="126" />
        <source>Scan the parcel's waybill</source>
        <translation>Scan the parcel's waybill</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="127" />
        <source>Empty: the recipient collects it</source>
        <translation>Empty: the recipient collects it</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="128" />
        <source>Why it goes back, or what happened</source>
        <translation>Why it goes back, or what happened</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="129" />
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="130" />
        <source>Return to courier</source>
        <translation>Return to courier</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="131" />
        <source>Report lost</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="132" />
        <source>Report damaged</source>
        <translation>Report damaged</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="133" />
        <source>Today's pickup list (PDF)…</source>
        <translation>Today's pickup list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="134" />
        <source>Every parcel handed over today, to print and sign</source>
        <translation>Every parcel handed over today, to print and sign</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="148" />
        <source>No parcel on the shelves matches that.</source>
        <translation>No parcel on the shelves matches that.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="168" />
        <source>Find the parcel first.</source>
        <translation>Find the parcel first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="187" />
        <source>Handed over %1 to %2.</source>
        <translation>Handed over %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="206" />
        <source>marked damaged</source>
        <translation>marked damaged</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="207" />
        <source>Parcel %1: %2.</source>
        <translation>Parcel %1: %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="216" />
        <source>Save the pickup list</source>
        <translation>Save the pickup list</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="218" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_pickup.py" line="235" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="485" />
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="486" />
        <source>JD.com</source>
        <translation>JD.com</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="487" />
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="488" />
        <source>Rural Taobao</source>
        <translation>Rural Taobao</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="489" />
        <source>Suning</source>
        <translation>Suning</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="490" />
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="491" />
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/purchase_order.py" line="492" />
        <source>Other platform</source>
        <translation>Other platform</translation>
    </message>
</context>
<context>
    <name>PovertyPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="221" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="290" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="222" />
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="291" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="223" />
        <source>Poverty alleviation</source>
        <translation>Poverty alleviation</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="226" />
        <source>Registered poor households</source>
        <translation>Registered poor households</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="227" />
        <source>Poor households served</source>
        <translation>Poor households served</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="228" />
        <source>All households served</source>
        <translation>All households served</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="229" />
        <source>Bought for poor households</source>
        <translation>Bought for poor households</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="230" />
        <source>Poor households' produce sold</source>
        <translation>Poor households' produce sold</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="231" />
        <source>Paid out to them in cash or mobile</source>
        <translation>Paid out to them in cash or mobile</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="232" />
        <source>Settled against their debt</source>
        <translation>Settled against their debt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="233" />
        <source>Income paid to poor households</source>
        <translation>Income paid to poor households</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="234" />
        <source>of which their produce bought outright</source>
        <translation>of which their produce bought outright</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="240" />
        <source>Served: bought something or sold produce through the point in the period. Income paid = paid out in cash or mobile + settled against their debt, for produce settled or bought outright (the premium is part of it). The county adds these figures up for its poverty-alleviation report.</source>
        <translation>Served: bought something or sold produce through the point in the period. Income paid = paid out in cash or mobile + settled against their debt, for produce settled or bought outright (the premium is part of it). The county adds these figures up for its poverty-alleviation report.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="274" />
        <source>Income paid</source>
        <translation>Income paid</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="247" />
        <source>Money for poor households</source>
        <translation>Money for poor households</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="235" />
        <source>of which the poor-household premium</source>
        <translation>of which the poor-household premium</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="247" />
        <source>Nothing in this period</source>
        <translation>Nothing in this period</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="272" />
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/report_other.py" line="273" />
        <source>Produce sold</source>
        <translation>Produce sold</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../servicepoint/ui/print_preview.py" line="129" />
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
</context>
<context>
    <name>PrintBanner</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="73" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="75" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="103" />
        <source>No preview</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="108" />
        <source>Preview of %1</source>
        <translation>Preview of %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="210" />
        <source>Receipt %1 printed.</source>
        <translation>Receipt %1 printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="210" />
        <source>Label %1 printed.</source>
        <translation>Label %1 printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="214" />
        <source>Receipt %1 saved as a PDF file: %2</source>
        <translation>Receipt %1 saved as a PDF file: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="216" />
        <source>Label %1 saved as a PDF file: %2</source>
        <translation>Label %1 saved as a PDF file: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="222" />
        <source>No printer found: receipt %1 was not printed.</source>
        <translation>No printer found: receipt %1 was not printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="224" />
        <source>No printer found: label %1 was not printed.</source>
        <translation>No printer found: label %1 was not printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="227" />
        <source>No printer found: %2 printouts wait, the latest is %1.</source>
        <translation>No printer found: %2 printouts wait, the latest is %1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="231" />
        <source>Until a printer is connected, receipts and labels are kept as PDF files in the unprinted folder; reprint them from the list.</source>
        <translation>Until a printer is connected, receipts and labels are kept as PDF files in the unprinted folder; reprint them from the list.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="236" />
        <source>Receipt %1 was not printed.</source>
        <translation>Receipt %1 was not printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="238" />
        <source>Label %1 was not printed.</source>
        <translation>Label %1 was not printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="243" />
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="244" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="245" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="246" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="247" />
        <source>Unprinted (%1)…</source>
        <translation>Unprinted (%1)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="248" />
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="250" />
        <source>&amp;Unprinted printouts (%1)…</source>
        <translation>&amp;Unprinted printouts (%1)…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="255" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/print_banner.py" line="279" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>PrinterWizard</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="124" />
        <source>Receipt printer (ESC/POS)</source>
        <extracomment>The answers to "which page looks right?": a mode, or "" for neither (the OS driver).</extracomment>
        <translation>Receipt printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="127" />
        <source>Print straight to a receipt printer, without its driver: choose how it is connected, print both test pages, then choose the one that looks right.</source>
        <translation>Print straight to a receipt printer, without its driver: choose how it is connected, print both test pages, then choose the one that looks right.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="131" />
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="133" />
        <source>Pape&amp;r</source>
        <translation>Pape&amp;r</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="135" />
        <source>Cash &amp;drawer</source>
        <translation>Cash &amp;drawer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="139" />
        <source>Found on this computer, or typed in: win:NAME, usb:/dev/usb/lp0, serial:COM3@9600, tcp:192.168.1.87 or file:PATH</source>
        <translation>Found on this computer, or typed in: win:NAME, usb:/dev/usb/lp0, serial:COM3@9600, tcp:192.168.1.87 or file:PATH</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="143" />
        <source>&amp;Find again</source>
        <translation>&amp;Find again</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="144" />
        <source>Test page in &amp;text mode</source>
        <translation>Test page in &amp;text mode</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="145" />
        <source>Test page in &amp;image mode</source>
        <translation>Test page in &amp;image mode</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="146" />
        <source>Which test page looks right?</source>
        <translation>Which test page looks right?</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="148" />
        <source>The text page: clear Chinese and a QR code (fast)</source>
        <translation>The text page: clear Chinese and a QR code (fast)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="151" />
        <source>The image page: it looks like the preview (any printer)</source>
        <translation>The image page: it looks like the preview (any printer)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="154" />
        <source>Neither: print through the system's printer driver</source>
        <translation>Neither: print through the system's printer driver</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="156" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="157" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="158" />
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="158" />
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="162" />
        <source>No cash drawer</source>
        <translation>No cash drawer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="163" />
        <source>Drawer on pin 2</source>
        <translation>Drawer on pin 2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="164" />
        <source>Drawer on pin 5</source>
        <translation>Drawer on pin 5</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="193" />
        <source>No printer connection was found: type one in, e.g. tcp:192.168.1.87</source>
        <translation>No printer connection was found: type one in, e.g. tcp:192.168.1.87</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="230" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="272" />
        <source>change the receipt printer</source>
        <translation>change the receipt printer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_printer.py" line="286" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PurchaseScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="96" />
        <source>Choose the farmer, then add items from the list on the left.</source>
        <extracomment>the last completed sale (number, farmer, total, change), shown until the next farmer</extracomment>
        <translation>Choose the farmer, then add items from the list on the left.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="212" />
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="219" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="222" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="227" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="231" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="233" />
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="241" />
        <source>1. Farmer</source>
        <translation>1. Farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="242" />
        <source>2. Items</source>
        <translation>2. Items</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="243" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="244" />
        <source>3. Payment</source>
        <translation>3. Payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="255" />
        <source>Take payment and print</source>
        <translation>Take payment and print</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="251" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="376" />
        <source>Clear the order</source>
        <translation>Clear the order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="249" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="245" />
        <source>&amp;Take payment and print</source>
        <translation>&amp;Take payment and print</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="246" />
        <source>&amp;Undo last change</source>
        <translation>&amp;Undo last change</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="247" />
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="248" />
        <source>&amp;Clear the order</source>
        <translation>&amp;Clear the order</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="250" />
        <source>Take back the last change to the lines (Ctrl+Z)</source>
        <translation>Take back the last change to the lines (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="252" />
        <source>Remove the selected line (Delete)</source>
        <translation>Remove the selected line (Delete)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="253" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="254" />
        <source>Start again with an empty order (Ctrl+Shift+Delete)</source>
        <translation>Start again with an empty order (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="257" />
        <source>Record the order and payment, print the receipt (Ctrl+Enter or F12)</source>
        <translation>Record the order and payment, print the receipt (Ctrl+Enter or F12)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="259" />
        <source>Right-click for actions; Delete removes a line</source>
        <translation>Right-click for actions; Delete removes a line</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="354" />
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="356" />
        <source>The point earns %1 on pickup (not printed)</source>
        <translation>The point earns %1 on pickup (not printed)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="377" />
        <source>Remove all %1 lines and start again?</source>
        <translation>Remove all %1 lines and start again?</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="406" />
        <source>Choose the farmer first.</source>
        <translation>Choose the farmer first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="444" />
        <source>Order %1 taken for %2: %3.</source>
        <translation>Order %1 taken for %2: %3.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/purchase.py" line="450" />
        <source>Give change: %1.</source>
        <translation>Give change: %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../../servicepoint/ui/receipt_printer.py" line="134" />
        <location filename="../../servicepoint/ui/receipt_printer.py" line="167" />
        <source>Not printed</source>
        <extracomment>number, ok, message — ok only when the copy exists where the operator chose it to go (the printer took the job, or the PDF file of a station printing to PDF was written) a PrintOutcome for every receipt and label copy (the banner listens)</extracomment>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/receipt_printer.py" line="143" />
        <source>Receipt %1 saved as %2</source>
        <translation>Receipt %1 saved as %2</translation>
    </message>
</context>
<context>
    <name>RemitDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="63" />
        <source>Send money to the county</source>
        <translation>Send money to the county</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="67" />
        <source>Still due to the county up to %1: %2</source>
        <translation>Still due to the county up to %1: %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="73" />
        <source>For the month</source>
        <translation>For the month</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="76" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="83" />
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="84" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="85" />
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/money_out.py" line="87" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="66" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="68" />
        <source>Close the day…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="76" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="83" />
        <source>Daily close</source>
        <translation>Daily close</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="84" />
        <source>Month and commission</source>
        <translation>Month and commission</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="85" />
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="86" />
        <source>Poverty alleviation</source>
        <translation>Poverty alleviation</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="91" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="93" />
        <source>Save what this tab shows as a CSV file that Excel opens (Ctrl+E)</source>
        <translation>Save what this tab shows as a CSV file that Excel opens (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="135" />
        <source>Nothing to export yet.</source>
        <translation>Nothing to export yet.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="138" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="138" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="148" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/reports.py" line="151" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>ScaleWeight</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="147" />
        <source>Tare</source>
        <extracomment>Point size of the weight: readable from the farmer's side of the counter.</extracomment>
        <translation>Tare</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="149" />
        <source>The weight on the scale now (the empty basket) is taken off what follows</source>
        <translation>The weight on the scale now (the empty basket) is taken off what follows</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="151" />
        <source>Take weight (%1)</source>
        <translation>Take weight (%1)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="153" />
        <source>Puts the stable weight into the quantity (%1)</source>
        <translation>Puts the stable weight into the quantity (%1)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="171" />
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="193" />
        <source>Overload</source>
        <translation>Overload</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="183" />
        <source>No scale set up (Settings, F9)</source>
        <translation>No scale set up (Settings, F9)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="185" />
        <source>Scale not connected: %1</source>
        <translation>Scale not connected: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="187" />
        <source>Connecting to the scale…</source>
        <translation>Connecting to the scale…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="189" />
        <source>No weight from the scale</source>
        <translation>No weight from the scale</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="191" />
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="192" />
        <source>Moving…</source>
        <translation>Moving…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="194" />
        <source>Underload</source>
        <translation>Underload</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="195" />
        <source>Unit %1 not taken</source>
        <translation>Unit %1 not taken</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="200" />
        <source>tare %1</source>
        <translation>tare %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="207" />
        <source>No weight from the scale: check its cable and Settings.</source>
        <translation>No weight from the scale: check its cable and Settings.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="208" />
        <source>The scale is still moving: wait until it is stable.</source>
        <translation>The scale is still moving: wait until it is stable.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="209" />
        <source>The scale is overloaded: take some off.</source>
        <translation>The scale is overloaded: take some off.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="210" />
        <source>The scale reads below its range: zero the scale.</source>
        <translation>The scale reads below its range: zero the scale.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="211" />
        <source>The weight is below zero: tare again or zero the scale.</source>
        <translation>The weight is below zero: tare again or zero the scale.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="212" />
        <source>Nothing on the scale.</source>
        <translation>Nothing on the scale.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="213" />
        <source>The scale weighs in %1: set it to kg, g or jin.</source>
        <translation>The scale weighs in %1: set it to kg, g or jin.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="216" />
        <source>This quantity is counted, not weighed.</source>
        <translation>This quantity is counted, not weighed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/scale_weight.py" line="217" />
        <source>No scale is set up: choose it in Settings (F9).</source>
        <translation>No scale is set up: choose it in Settings (F9).</translation>
    </message>
</context>
<context>
    <name>ScannedItemDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="70" />
        <source>Add as platform item</source>
        <translation>Add as platform item</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="73" />
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="77" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="79" />
        <source>As printed on the package</source>
        <translation>As printed on the package</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="83" />
        <source>Pr&amp;ice</source>
        <translation>Pr&amp;ice</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="92" />
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="97" />
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="104" />
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="106" />
        <source>e.g. JD, Pinduoduo, Taobao (optional)</source>
        <translation>e.g. JD, Pinduoduo, Taobao (optional)</translation>
    </message>
</context>
<context>
    <name>ScannedItemOffer</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="178" />
        <source>Add as &amp;platform item…</source>
        <translation>Add as &amp;platform item…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/item_add.py" line="179" />
        <source>Add the scanned code as the station's own item (Alt+P)</source>
        <translation>Add the scanned code as the station's own item (Alt+P)</translation>
    </message>
</context>
<context>
    <name>SellForm</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="127" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="132" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="138" />
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="144" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="181" />
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="189" />
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="190" />
        <source>Unit &amp;price</source>
        <translation>Unit &amp;price</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="191" />
        <source>&amp;Buyer</source>
        <translation>&amp;Buyer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="192" />
        <source>Pa&amp;yment</source>
        <translation>Pa&amp;yment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="199" />
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="200" />
        <source>Online shop</source>
        <translation>Online shop</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="201" />
        <source>Wholesale</source>
        <translation>Wholesale</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="202" />
        <source>County centre</source>
        <translation>County centre</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="203" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="207" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="208" />
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="209" />
        <source>buyer (optional)</source>
        <translation>buyer (optional)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="210" />
        <source>cash handed over</source>
        <translation>cash handed over</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="211" />
        <source>payment reference</source>
        <translation>payment reference</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="212" />
        <source>Record sale</source>
        <translation>Record sale</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="228" />
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="262" />
        <source>Total %1 (commission %2)</source>
        <translation>Total %1 (commission %2)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="272" />
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_sell.py" line="324" />
        <source>Change for the last sale: %1</source>
        <translation>Change for the last sale: %1</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="105" />
        <source>Consignment sale (receipt no.)</source>
        <translation>Consignment sale (receipt no.)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="110" />
        <source>Farmer (optional)</source>
        <translation>Farmer (optional)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="106" />
        <source>Sender's name</source>
        <translation>Sender's name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="106" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="107" />
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="107" />
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="107" />
        <source>Destination province</source>
        <translation>Destination province</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="108" />
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="108" />
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="108" />
        <source>Mobile payment reference</source>
        <translation>Mobile payment reference</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="117" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="118" />
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="119" />
        <source>Farmer's account</source>
        <translation>Farmer's account</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="122" />
        <source>Scan or type a sale's receipt number to ship it to its buyer (optional)</source>
        <translation>Scan or type a sale's receipt number to ship it to its buyer (optional)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="124" />
        <source>Needed when the sender is not a farmer</source>
        <translation>Needed when the sender is not a farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="125" />
        <source>e.g. 2.5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="126" />
        <source>Record and print the receipt</source>
        <translation>Record and print the receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="153" />
        <source>Ships %1 to %2.</source>
        <translation>Ships %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/parcel_send.py" line="218" />
        <source>Recorded %1 (%2), receipt %3.</source>
        <translation>Recorded %1 (%2), receipt %3.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="136" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="142" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="145" />
        <source>Print at once, without the print dialog</source>
        <translation>Print at once, without the print dialog</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="146" />
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="147" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="153" />
        <source>Language and lock</source>
        <translation>Language and lock</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="143" />
        <source>&amp;Printer</source>
        <translation>&amp;Printer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="144" />
        <source>Pape&amp;r</source>
        <translation>Pape&amp;r</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="148" />
        <source>Print a test page on the chosen printer (Ctrl+P)</source>
        <translation>Print a test page on the chosen printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="150" />
        <source>Shows the test page at the chosen paper width (Ctrl+Alt+P)</source>
        <translation>Shows the test page at the chosen paper width (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="152" />
        <source>Receipt printer by ESC/POS…</source>
        <translation>Receipt printer by ESC/POS…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="156" />
        <source>The language changes at once, for this computer. The printer, the paper and the lock are saved with "Save settings".</source>
        <translation>The language changes at once, for this computer. The printer, the paper and the lock are saved with "Save settings".</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="161" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="162" />
        <source>Lock when &amp;idle</source>
        <translation>Lock when &amp;idle</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="163" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="165" />
        <source>Saves the printer and idle lock (a manager's PIN is needed; Ctrl+S)</source>
        <translation>Saves the printer and idle lock (a manager's PIN is needed; Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="169" />
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="169" />
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="169" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="173" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="174" />
        <source>After %1 minutes</source>
        <translation>After %1 minutes</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="190" />
        <source>System default printer</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="192" />
        <source>No printer: save as PDF</source>
        <translation>No printer: save as PDF</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="194" />
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="237" />
        <source>Print a &amp;test page</source>
        <translation>Print a &amp;test page</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="243" />
        <source>Pre&amp;view the test page</source>
        <translation>Pre&amp;view the test page</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="249" />
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="251" />
        <source>Save the station's details or the settings</source>
        <translation>Save the station's details or the settings</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="269" />
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="271" />
        <source>change the settings</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="286" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="324" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="341" />
        <source>Preview: test page, %1</source>
        <translation>Preview: test page, %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/settings.py" line="351" />
        <source>Test page saved as %1</source>
        <translation>Test page saved as %1</translation>
    </message>
</context>
<context>
    <name>SettlePanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="90" />
        <source>No farmer is waiting to be settled with.</source>
        <translation>No farmer is waiting to be settled with.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="106" />
        <source>This farmer has no sales waiting to be settled.</source>
        <translation>This farmer has no sales waiting to be settled.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="108" />
        <source>Choose a farmer on the left to see the sales due.</source>
        <translation>Choose a farmer on the left to see the sales due.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="207" />
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="229" />
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="208" />
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="209" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="214" />
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="215" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="217" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="221" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="222" />
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>&amp;Fee</source>
        <translation>&amp;Fee</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>&amp;Offset</source>
        <translation>&amp;Offset</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="226" />
        <source>&amp;Pay by</source>
        <translation>&amp;Pay by</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="230" />
        <source>Sales to settle</source>
        <translation>Sales to settle</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="231" />
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="232" />
        <source>Farmers with sales to settle:</source>
        <translation>Farmers with sales to settle:</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="238" />
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="239" />
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="241" />
        <source>e.g. packing</source>
        <translation>e.g. packing</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="249" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="250" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="253" />
        <source>Part of what the farmer owes on account, kept back from the payout</source>
        <translation>Part of what the farmer owes on account, kept back from the payout</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="255" />
        <source>All owed</source>
        <translation>All owed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="256" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="257" />
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="258" />
        <source>payment reference</source>
        <translation>payment reference</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="260" />
        <source>Sales proceeds</source>
        <translation>Sales proceeds</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="261" />
        <source>− Commission</source>
        <translation>− Commission</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="262" />
        <source>− Fees</source>
        <translation>− Fees</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="263" />
        <source>− Offset (account)</source>
        <translation>− Offset (account)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="264" />
        <source>Payout to the farmer</source>
        <translation>Payout to the farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="268" />
        <source>Pay out and print statement</source>
        <translation>Pay out and print statement</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="293" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="329" />
        <source>owes %1</source>
        <translation>owes %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="331" />
        <source>is owed %1</source>
        <translation>is owed %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="333" />
        <source>owes nothing</source>
        <translation>owes nothing</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="373" />
        <source>Tick the sales to settle.</source>
        <translation>Tick the sales to settle.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="450" />
        <source>Pay %1 to %2 for %3 sales?</source>
        <translation>Pay %1 to %2 for %3 sales?</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="456" />
        <source>%1 is kept back against the account.</source>
        <translation>%1 is kept back against the account.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="459" />
        <source>Pay out</source>
        <translation>Pay out</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_settle.py" line="487" />
        <source>Paid %1 to %2. Statement %3.</source>
        <translation>Paid %1 to %2. Statement %3.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="104" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="104" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="106" />
        <source>The window was locked after a quiet while. Enter a PIN to go on.</source>
        <translation>The window was locked after a quiet while. Enter a PIN to go on.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="108" />
        <source>The window is locked. Enter a PIN to go on.</source>
        <translation>The window is locked. Enter a PIN to go on.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="110" />
        <source>Sign in to %1.</source>
        <translation>Sign in to %1.</translation>
    </message>
</context>
<context>
    <name>StationPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="91" />
        <source>Import farmers…</source>
        <translation>Import farmers…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="92" />
        <source>Add farmers from a CSV file</source>
        <translation>Add farmers from a CSV file</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="93" />
        <source>Import catalogue…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="95" />
        <source>From a CSV file, before enrolment only: afterwards the county sends it</source>
        <translation>From a CSV file, before enrolment only: afterwards the county sends it</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="97" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="102" />
        <source>Station &amp;name</source>
        <translation>Station &amp;name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="103" />
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="104" />
        <source>&amp;Township</source>
        <translation>&amp;Township</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="105" />
        <source>&amp;County</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="108" />
        <source>Save station details</source>
        <translation>Save station details</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="109" />
        <source>Data folder (station file, backups, receipts)</source>
        <translation>Data folder (station file, backups, receipts)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="110" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="118" />
        <source>Station code %1: set when the station was created; it is part of every receipt number.</source>
        <translation>Station code %1: set when the station was created; it is part of every receipt number.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="121" />
        <source>This is the training station.</source>
        <translation>This is the training station.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="140" />
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="142" />
        <source>change the station details</source>
        <translation>change the station details</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/settings_station.py" line="150" />
        <source>Saved. New receipts show the new details.</source>
        <translation>Saved. New receipts show the new details.</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="64" />
        <source>No batch matches the search.</source>
        <translation>No batch matches the search.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="66" />
        <source>No goods on consignment yet. Take some in with Ctrl+1.</source>
        <translation>No goods on consignment yet. Take some in with Ctrl+1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="92" />
        <source>No sales from this batch yet.</source>
        <translation>No sales from this batch yet.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="150" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="155" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="156" />
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="158" />
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="163" />
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="167" />
        <source>Trace code</source>
        <translation>Trace code</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="172" />
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="174" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="180" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="181" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="182" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="184" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="185" />
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="185" />
        <source>settled</source>
        <translation>settled</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="191" />
        <source>Filter: product, farmer, trace code</source>
        <translation>Filter: product, farmer, trace code</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="201" />
        <source>Reprint label</source>
        <translation>Reprint label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="202" />
        <source>Void sale…</source>
        <translation>Void sale…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="205" />
        <source>A manager cancels a wrong sale: the money is paid back and the goods return to stock</source>
        <translation>A manager cancels a wrong sale: the money is paid back and the goods return to stock</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="214" />
        <source>In stock: %1</source>
        <translation>In stock: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="328" />
        <source>Choose a batch in the list.</source>
        <translation>Choose a batch in the list.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="339" />
        <source>On hand %1 of %2 (sold %3, returned %4, spoiled %5)</source>
        <translation>On hand %1 of %2 (sold %3, returned %4, spoiled %5)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="346" />
        <source>Commission %1%</source>
        <translation>Commission %1%</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="349" />
        <source>floor price %1 per %2</source>
        <translation>floor price %1 per %2</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="371" />
        <source>Done: receipt %1.</source>
        <translation>Done: receipt %1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="384" />
        <source>Choose the sale to void in the list of this batch's sales.</source>
        <translation>Choose the sale to void in the list of this batch's sales.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="389" />
        <source>Sale %1 is already voided or settled; it cannot be voided here.</source>
        <translation>Sale %1 is already voided or settled; it cannot be voided here.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="395" />
        <source>void consignment sale %1</source>
        <translation>void consignment sale %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="401" />
        <source>Void sale</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/consignment_stock.py" line="402" />
        <source>Why is sale %1 voided? (printed on the void slip)</source>
        <translation>Why is sale %1 voided? (printed on the void slip)</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="174" />
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="179" />
        <source>The training station never syncs.</source>
        <translation>The training station never syncs.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="181" />
        <source>No syncs yet: enrol this station with the county first.</source>
        <translation>No syncs yet: enrol this station with the county first.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="182" />
        <source>No syncs yet. Ctrl+Shift+S syncs now.</source>
        <translation>No syncs yet. Ctrl+Shift+S syncs now.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="188" />
        <source>Automatic sync</source>
        <translation>Automatic sync</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="189" />
        <source>Every night from</source>
        <translation>Every night from</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="190" />
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="195" />
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="197" />
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="199" />
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="206" />
        <source>Each point starts at its own random minute in the window, so the county server is not called by all at once.</source>
        <translation>Each point starts at its own random minute in the window, so the county server is not called by all at once.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="210" />
        <source>Save schedule</source>
        <translation>Save schedule</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="211" />
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="222" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="212" />
        <source>Needs a manager</source>
        <translation>Needs a manager</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="213" />
        <source>Open a fresh block…</source>
        <translation>Open a fresh block…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="216" />
        <source>Only when the county cannot be reached: numbers go on from the next 100000, and receipts are marked</source>
        <translation>Only when the county cannot be reached: numbers go on from the next 100000, and receipts are marked</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="220" />
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="221" />
        <source>After following up with the county centre</source>
        <translation>After following up with the county centre</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="224" />
        <source>Send records to the county and fetch the catalogue (Ctrl+Shift+S)</source>
        <translation>Send records to the county and fetch the catalogue (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="226" />
        <source>Export to a USB stick…</source>
        <translation>Export to a USB stick…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="233" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="236" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="237" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="239" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="245" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="246" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="247" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="256" />
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="257" />
        <source>Nightly</source>
        <translation>Nightly</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="258" />
        <source>At start-up</source>
        <translation>At start-up</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="263" />
        <source>Running or interrupted</source>
        <translation>Running or interrupted</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="264" />
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="264" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="304" />
        <source>This is the training station: its practice records are never sent to the county, so there is nothing to enrol or to sync. Backups work as on a real station.</source>
        <translation>This is the training station: its practice records are never sent to the county, so there is nothing to enrol or to sync. Backups work as on a real station.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="316" />
        <source>Not enrolled with the county server yet: enter the address and the code from the county centre.</source>
        <translation>Not enrolled with the county server yet: enter the address and the code from the county centre.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="320" />
        <source>Next automatic sync: after enrolment</source>
        <translation>Next automatic sync: after enrolment</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="322" />
        <source>Enrolled with %1.</source>
        <translation>Enrolled with %1.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="324" />
        <source>Next automatic sync: %1</source>
        <translation>Next automatic sync: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="328" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="330" />
        <source>Changes waiting to be sent: %1. Last success: %2.</source>
        <translation>Changes waiting to be sent: %1. Last success: %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="337" />
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="344" />
        <source>This PC's clock is %1 seconds off the county server's: please correct it.</source>
        <translation>This PC's clock is %1 seconds off the county server's: please correct it.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="348" />
        <source>Restored from a backup and not synced with the county since.</source>
        <translation>Restored from a backup and not synced with the county since.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="356" />
        <source>No successful sync for over two days: contact the county centre.</source>
        <translation>No successful sync for over two days: contact the county centre.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="365" />
        <source>Receipts and trace codes are paused: this station was restored from a backup and cannot tell which numbers were issued after it. Sync now; with no network, a manager can open a fresh block of numbers.</source>
        <translation>Receipts and trace codes are paused: this station was restored from a backup and cannot tell which numbers were issued after it. Sync now; with no network, a manager can open a fresh block of numbers.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="373" />
        <source>The county recorded %1 conflict(s) for this station:</source>
        <translation>The county recorded %1 conflict(s) for this station:</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="384" />
        <source>open a fresh block of numbers</source>
        <translation>open a fresh block of numbers</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="396" />
        <source>Fresh block open: the next receipt is %1; its receipts are marked.</source>
        <translation>Fresh block open: the next receipt is %1; its receipts are marked.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="402" />
        <source>acknowledge the county's conflicts</source>
        <translation>acknowledge the county's conflicts</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="408" />
        <source>%1 conflict(s) acknowledged.</source>
        <translation>%1 conflict(s) acknowledged.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="168" />
        <source>Enrol, or save the schedule</source>
        <translation>Enrol, or save the schedule</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="425" />
        <source>change the sync schedule</source>
        <translation>change the sync schedule</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="447" />
        <source>Syncing… you can keep working.</source>
        <translation>Syncing… you can keep working.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="464" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="465" />
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="466" />
        <source>Re-sending</source>
        <translation>Re-sending</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="460" />
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="229" />
        <source>No network? Save the changes waiting to be sent in a file and take it to the county centre (Ctrl+E).</source>
        <translation>No network? Save the changes waiting to be sent in a file and take it to the county centre (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="480" />
        <source>Sync stopped: %1</source>
        <translation>Sync stopped: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="490" />
        <source>Export for the county centre</source>
        <translation>Export for the county centre</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="492" />
        <source>Sync export (*.spx)</source>
        <translation>Sync export (*.spx)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="498" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="511" />
        <source>%1 changes saved in %2. Take the file to the county centre.</source>
        <translation>%1 changes saved in %2. Take the file to the county centre.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/screens/sync_screen.py" line="520" />
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
</context>
<context>
    <name>UnprintedDialog</name>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="120" />
        <source>Unprinted printouts</source>
        <translation>Unprinted printouts</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>Kept at</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="122" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="126" />
        <source>Nothing is waiting: every receipt and label has printed. A printout that does not print is kept here as a PDF until it does.</source>
        <translation>Nothing is waiting: every receipt and label has printed. A printout that does not print is kept here as a PDF until it does.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="132" />
        <source>These did not print; each is kept as a PDF. Choose one and press Enter or R to print it again, P to preview it. It leaves the list once it has printed.</source>
        <translation>These did not print; each is kept as a PDF. Choose one and press Enter or R to print it again, P to preview it. It leaves the list once it has printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="136" />
        <source>&amp;Reprint (R)</source>
        <translation>&amp;Reprint (R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="137" />
        <source>Print the selected printout again (Enter or R)</source>
        <translation>Print the selected printout again (Enter or R)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="138" />
        <source>&amp;Preview (P)</source>
        <translation>&amp;Preview (P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="139" />
        <source>Show the selected printout as it will print (P)</source>
        <translation>Show the selected printout as it will print (P)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="140" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="141" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="142" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="174" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="175" />
        <source>Trace label</source>
        <translation>Trace label</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="176" />
        <source>Purchase receipt</source>
        <translation>Purchase receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="177" />
        <source>Pickup slip</source>
        <translation>Pickup slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="178" />
        <source>Cancel and refund slip</source>
        <translation>Cancel and refund slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="179" />
        <source>Return and refund slip</source>
        <translation>Return and refund slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="180" />
        <source>Consignment intake slip</source>
        <translation>Consignment intake slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="181" />
        <source>Consignment sale slip</source>
        <translation>Consignment sale slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="182" />
        <source>Stock returned to farmer</source>
        <translation>Stock returned to farmer</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="183" />
        <source>Spoilage record</source>
        <translation>Spoilage record</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="184" />
        <source>Settlement statement</source>
        <translation>Settlement statement</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="185" />
        <source>Repayment receipt</source>
        <translation>Repayment receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="186" />
        <source>Remittance to county</source>
        <translation>Remittance to county</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="187" />
        <source>Day close (Z report)</source>
        <translation>Day close (Z report)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="188" />
        <source>Bank deposit slip</source>
        <translation>Bank deposit slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="189" />
        <source>Buy-back slip</source>
        <translation>Buy-back slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="190" />
        <source>Buy-back spoilage record</source>
        <translation>Buy-back spoilage record</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="191" />
        <source>Dispatch manifest</source>
        <translation>Dispatch manifest</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="192" />
        <source>Parcel sending receipt</source>
        <translation>Parcel sending receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="193" />
        <source>Courier fee receipt</source>
        <translation>Courier fee receipt</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="194" />
        <source>Void slip</source>
        <translation>Void slip</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="211" />
        <source>%1 printed.</source>
        <translation>%1 printed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="213" />
        <source>%1 saved as %2.</source>
        <translation>%1 saved as %2.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="215" />
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="240" />
        <source>%1 was not printed again; it stays in the list.</source>
        <translation>%1 was not printed again; it stays in the list.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="236" />
        <source>%1: printing…</source>
        <translation>%1: printing…</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="256" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/widgets/unprinted_list.py" line="259" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>_DetailsPage</name>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="251" />
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="254" />
        <source>The county centre gives the station code. The manager's PIN approves voids, late returns and the daily close.</source>
        <translation>The county centre gives the station code. The manager's PIN approves voids, late returns and the daily close.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="261" />
        <source>Station code (e.g. GJ01)</source>
        <translation>Station code (e.g. GJ01)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="262" />
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="263" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="264" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="265" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="266" />
        <source>Manager's name</source>
        <translation>Manager's name</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="267" />
        <source>Manager's PIN (4–8 digits)</source>
        <translation>Manager's PIN (4–8 digits)</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="268" />
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/wizard.py" line="284" />
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>_PinDialog</name>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="47" />
        <source>Op&amp;erator</source>
        <translation>Op&amp;erator</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="48" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/dialogs.py" line="73" />
        <source>Practice station: %1 signs in with PIN %2, %3 with PIN %4.</source>
        <translation>Practice station: %1 signs in with PIN %2, %3 with PIN %4.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../servicepoint/ui/app.py" line="115" />
        <source>Building the training station…</source>
        <extracomment>Every screen by navigation key, in navigation order: its module and class. A screen's module is imported, and the screen built, the first time the operator opens it, so the window answers before all eight exist (issue 12: start-up within 3× a bare window).</extracomment>
        <translation>Building the training station…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../servicepoint/ui/crash.py" line="41" />
        <source>Something went wrong, and the last step may not have been done. Check the screen before you go on. The details are in the log file for the technician: %1</source>
        <translation>Something went wrong, and the last step may not have been done. Check the screen before you go on. The details are in the log file for the technician: %1</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/crash.py" line="47" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="51" />
        <source>No printer found: install and connect a printer in the system.</source>
        <translation>No printer found: install and connect a printer in the system.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="114" />
        <source>The receipt font {path} could not be loaded.</source>
        <translation>The receipt font {path} could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="220" />
        <source>The printer could not start a new page.</source>
        <translation>The printer could not start a new page.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="136" />
        <source>Printer '{name}' was not found: check it is connected and on, or choose the printer again in Settings.</source>
        <translation>Printer '{name}' was not found: check it is connected and on, or choose the printer again in Settings.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="146" />
        <source>Printer '{name}' is not available.</source>
        <translation>Printer '{name}' is not available.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="257" />
        <source>Printer '{name}' could not start printing: it may be off, offline, out of paper, or its driver failed.</source>
        <translation>Printer '{name}' could not start printing: it may be off, offline, out of paper, or its driver failed.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="277" />
        <source>Printer '{name}' reported an error: check the paper and the cable.</source>
        <translation>Printer '{name}' reported an error: check the paper and the cable.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="107" />
        <location filename="../../servicepoint/ui/printing.py" line="300" />
        <source>The sale is saved and not affected.</source>
        <translation>The sale is saved and not affected.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="100" />
        <location filename="../../servicepoint/ui/printing.py" line="303" />
        <source>The receipt is kept as a PDF to reprint later: {path}</source>
        <translation>The receipt is kept as a PDF to reprint later: {path}</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="31" />
        <source>The printer connection '{device}' is not valid.</source>
        <translation>The printer connection '{device}' is not valid.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="32" />
        <source>The printer was not found: {device}.</source>
        <translation>The printer was not found: {device}.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="33" />
        <source>The printer refused the connection: {device}.</source>
        <translation>The printer refused the connection: {device}.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="34" />
        <source>The printer stopped taking data ({device}): check the paper and cable.</source>
        <translation>The printer stopped taking data ({device}): check the paper and cable.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="37" />
        <source>The printer broke off the job: {device}.</source>
        <translation>The printer broke off the job: {device}.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="38" />
        <source>This printer connection works only on Windows: {device}.</source>
        <translation>This printer connection works only on Windows: {device}.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="42" />
        <source>Sending to the printer failed: {device}.</source>
        <translation>Sending to the printer failed: {device}.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="104" />
        <location filename="../../servicepoint/ui/printing.py" line="308" />
        <source>A PDF copy could not be kept either: {error}</source>
        <translation>A PDF copy could not be kept either: {error}</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/printing.py" line="342" />
        <source>Printing failed: {error}</source>
        <translation>Printing failed: {error}</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="96" />
        <location filename="../../servicepoint/ui/printing.py" line="347" />
        <source>Printed {number}.</source>
        <translation>Printed {number}.</translation>
    </message>
    <message>
        <location filename="../../servicepoint/ui/escpos_jobs.py" line="92" />
        <location filename="../../servicepoint/ui/printing.py" line="369" />
        <source>The test page was printed.</source>
        <translation>The test page was printed.</translation>
    </message>
</context>
</TS>