<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalsView</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message numerus="yes">
        <source>%n customer(s) would get %1 each, until %2.</source>
        <translation>
            <numerusform>%n customer would get %1, until %2.</numerusform>
            <numerusform>%n customers would get %1 each, until %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have it.</source>
        <translation>
            <numerusform>%n customer already has it.</numerusform>
            <numerusform>%n customers already have it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %1 to %n customer(s)? The shop will owe %2.</source>
        <translation>
            <numerusform>Give %1 to %n customer? The shop will owe %2.</numerusform>
            <numerusform>Give %1 to %n customers? The shop will owe %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued: %n customer(s) got their credit.</source>
        <translation>
            <numerusform>Issued: %n customer got their credit.</numerusform>
            <numerusform>Issued: %n customers got their credit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <source>%n live voucher(s)</source>
        <translation>
            <numerusform>%n live voucher</numerusform>
            <numerusform>%n live vouchers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestContextPanel</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher redemption(s) recorded.</source>
        <translation>
            <numerusform>%n voucher redemption recorded.</numerusform>
            <numerusform>%n voucher redemptions recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%n row read…</numerusform>
            <numerusform>%n rows read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned to %1</source>
        <translation>
            <numerusform>%n case assigned to %1</numerusform>
            <numerusform>%n cases assigned to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved</source>
        <translation>
            <numerusform>%n case moved</numerusform>
            <numerusform>%n cases moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>case sheets of %n case(s)</source>
        <translation>
            <numerusform>case sheet of %n case</numerusform>
            <numerusform>case sheets of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message numerus="yes">
        <source>Carried out in %n second(s).</source>
        <translation>
            <numerusform>Carried out in %n second.</numerusform>
            <numerusform>Carried out in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
