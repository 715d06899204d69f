<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="91"/>
        <source>Something went wrong that ShopLens did not expect:
{error}

{details} Your shop file is safe; you can keep working.</source>
        <extracomment>Qt messages that say nothing to a user or a developer (the offscreen platform of screenshot and selftest modes cannot resize native windows).</extracomment>
        <translation>ShopLens 遇到了意外问题：
{error}

{details}您的店铺文件是安全的，可以继续使用。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="43"/>
        <source>Sales per day</source>
        <translation>每日销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="44"/>
        <source>Sales per week</source>
        <translation>每周销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="45"/>
        <source>Sales per month</source>
        <translation>每月销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="46"/>
        <source>Orders and customers per day</source>
        <translation>每日订单与顾客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="47"/>
        <source>Orders and customers per week</source>
        <translation>每周订单与顾客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="48"/>
        <source>Orders and customers per month</source>
        <translation>每月订单与顾客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="49"/>
        <source>Gross sales</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="50"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="51"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="52"/>
        <source>New customers</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="53"/>
        <source>Returning customers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="54"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="55"/>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
</context>
<context>
    <name>DataFrameView</name>
    <message>
        <location filename="../../gui/widgets/table_view.py" line="30"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <location filename="../../gui/widgets/drop_hint.py" line="18"/>
        <source>Bring in your orders</source>
        <translation>导入您的订单</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/drop_hint.py" line="23"/>
        <source>Drop one or more order exports anywhere on this window, or choose files.
CSV and text exports, Excel workbooks (.xlsx, .xls) and OpenDocument sheets work, also when gzip-compressed.</source>
        <translation>把一个或多个订单导出文件拖到此窗口的任意位置，或选择文件。
支持 CSV 和文本导出、Excel 工作簿（.xlsx、.xls）和 OpenDocument 表格，gzip 压缩的也可以。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/drop_hint.py" line="32"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/labels.py" line="191"/>
        <location filename="../../gui/labels.py" line="192"/>
        <source>, </source>
        <extracomment>How many of a file&apos;s columns an error message names before &quot;and N more&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="194"/>
        <source> and {count} more</source>
        <translation> 等另外 {count} 列</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="197"/>
        <source>This file cannot be imported yet: no column was found for {fields}. Pick the column for each in the table on the left (What each column means), then import again.</source>
        <translation>此文件暂时无法导入：没有找到{fields}所在的列。请在左侧表格（“每一列的含义”）中为它们各选一列，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="204"/>
        <source>The columns in this file: {columns}.</source>
        <translation>此文件中的列：{columns}。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../gui/labels.py" line="18"/>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="19"/>
        <source>order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="20"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="21"/>
        <source>product code (SKU)</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="22"/>
        <source>product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23"/>
        <source>category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="24"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="25"/>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26"/>
        <source>line amount</source>
        <translation>行金额</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27"/>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="28"/>
        <source>refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="30"/>
        <source>country / region</source>
        <translation>国家 / 地区</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="31"/>
        <source>sales channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="32"/>
        <source>order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="38"/>
        <source>line amount (or quantity and unit price to compute it)</source>
        <extracomment>Phrases core writes into `missing` and `rows_excluded` (core.ingest.mapping / clean); listed here only so that lupdate collects them for `plain_words`.</extracomment>
        <translation>行金额（或用于计算它的数量和单价）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="39"/>
        <source>line amount (or quantity to compute it)</source>
        <translation>行金额（或用于计算它的数量）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="40"/>
        <source>line amount (or unit price to compute it)</source>
        <translation>行金额（或用于计算它的单价）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="41"/>
        <source>empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42"/>
        <source>no order date</source>
        <translation>没有下单日期</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="43"/>
        <source>order date not readable</source>
        <translation>下单日期无法识别</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="44"/>
        <source>amount not readable</source>
        <translation>金额无法识别</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="45"/>
        <source>quantity or unit price not readable</source>
        <translation>数量或单价无法识别</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="46"/>
        <source>no amount (and no quantity × unit price)</source>
        <translation>没有金额（也没有数量 × 单价）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="47"/>
        <source>cancelled order</source>
        <translation>已取消的订单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="48"/>
        <source>unpaid order</source>
        <translation>未付款的订单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="49"/>
        <source>negative unit price (accounting adjustment)</source>
        <translation>单价为负（会计调整）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50"/>
        <source>zero-value line without a customer (stock adjustment or till correction)</source>
        <translation>没有顾客的零金额行（库存调整或收银更正）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="53"/>
        <source>zero-value line of a customer that is no sale (a free item given back)</source>
        <translation>顾客的零金额行，但不是销售（退回的赠品）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="56"/>
        <source>Every line of this file was already in the shop: nothing new was added.</source>
        <translation>此文件的每一行都已在店铺中：没有新增任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="59"/>
        <source>There are no orders to summarise yet: import an order export.</source>
        <translation>还没有可汇总的订单：请先导入订单导出文件。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="60"/>
        <source>The file has no customer column, so customers cannot be counted.</source>
        <translation>文件中没有客户列，因此无法统计客户。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../gui/files.py" line="38"/>
        <source>Order exports</source>
        <translation>订单导出文件</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="40"/>
        <location filename="../../gui/files.py" line="49"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="47"/>
        <source>ShopLens shops</source>
        <translation>ShopLens 店铺</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../gui/labels.py" line="72"/>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="73"/>
        <source>tab-separated text</source>
        <translation>制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="74"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="75"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76"/>
        <source>Excel workbook (.xlsm)</source>
        <translation>Excel 工作簿 (.xlsm)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="77"/>
        <source>Excel 97-2003 workbook (.xls)</source>
        <translation>Excel 97-2003 工作簿 (.xls)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="78"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 电子表格 (.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="82"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="83"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="84"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="85"/>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="86"/>
        <source>spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="92"/>
        <location filename="../../gui/labels.py" line="93"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="94"/>
        <source>GB18030 (Simplified Chinese)</source>
        <translation>GB18030（简体中文）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="95"/>
        <location filename="../../gui/labels.py" line="96"/>
        <source>GBK (Simplified Chinese)</source>
        <translation>GBK（简体中文）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="97"/>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="98"/>
        <source>Windows Western (cp1252)</source>
        <translation>Windows 西欧 (cp1252)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="99"/>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="132"/>
        <source>, gzip-compressed</source>
        <translation>，gzip 压缩</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="46"/>
        <source>{count} files imported into {shop}.</source>
        <translation>已将 {count} 个文件导入{shop}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="50"/>
        <source>{done} of {total} files imported into {shop}.</source>
        <translation>已将 {total} 个文件中的 {done} 个导入{shop}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="57"/>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} 未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="64"/>
        <source>Not imported: {files} (the Import tab says why).</source>
        <translation>未导入：{files}（原因见“导入”页）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="68"/>
        <source>Import cancelled; not imported: {files}.</source>
        <translation>导入已取消；未导入：{files}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="119"/>
        <source>no column was found for {fields}.</source>
        <translation>没有找到{fields}所在的列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="123"/>
        <source>the import could not start.</source>
        <translation>导入无法开始。</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="31"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="33"/>
        <source>New lines imported</source>
        <translation>新导入行数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="37"/>
        <source>Brought up to date</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="41"/>
        <source>Already in this shop</source>
        <translation>店铺中已有</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="44"/>
        <source>Left out</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="49"/>
        <source>Taken out (orders cancelled since)</source>
        <translation>已移除(之后取消的订单)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="59"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="64"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="65"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="66"/>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="67"/>
        <source>Order dates</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="68"/>
        <source>Gross sales</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="69"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="70"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="91"/>
        <source>Imported {file}</source>
        <translation>已导入 {file}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="104"/>
        <source>separated by {delimiter}</source>
        <translation>以{delimiter}分隔</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="109"/>
        <source>sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="112"/>
        <source>recognised as {layout}</source>
        <translation>识别为 {layout}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="116"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="122"/>
        <source>Why rows were left out</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="132"/>
        <source>In this file</source>
        <translation>此文件中</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="142"/>
        <source>Columns used:</source>
        <translation>使用的列：</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="42"/>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="46"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="51"/>
        <source>The first row is data (no header row)</source>
        <translation>第一行是数据（没有标题行）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="67"/>
        <source>What each column means</source>
        <translation>每一列的含义</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="77"/>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="78"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="99"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="146"/>
        <source>Choose one or more order exports</source>
        <translation>选择一个或多个订单导出文件</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="170"/>
        <source>An import is running: add the files again once it has finished.</source>
        <translation>正在导入：请在完成后再添加这些文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="216"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="225"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="156"/>
        <source>encoding {encoding}</source>
        <translation>编码 {encoding}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="162"/>
        <source>separated by {delimiter}</source>
        <translation>以{delimiter}分隔</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="167"/>
        <source>no header row</source>
        <translation>没有标题行</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="169"/>
        <source>header on row {row}</source>
        <translation>标题在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="172"/>
        <source>recognised as {layout}</source>
        <translation>识别为 {layout}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="176"/>
        <source>using the columns you confirmed for this layout before</source>
        <translation>使用您之前为此格式确认的列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="267"/>
        <source>Still needed before importing: {fields}. Pick the column for each above.</source>
        <translation>导入前还需要：{fields}。请在上方为每一项选择对应的列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="272"/>
        <source>Every needed column is found.</source>
        <translation>所有必需的列都已找到。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="120"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="320"/>
        <source>{file}: {count} new order lines imported into {shop}.</source>
        <translation>{file}：已将 {count} 条新订单行导入{shop}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="325"/>
        <source>{count} lines already there were brought up to date.</source>
        <translation>{count} 条已有的行已更新。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="353"/>
        <source>Cancel came too late: the import had already been saved ({count} new order lines).</source>
        <translation>取消得太晚：导入已经保存（新增 {count} 条订单明细）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="357"/>
        <source>Import cancelled. Nothing was changed in your shop.</source>
        <translation>导入已取消。您的店铺没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="364"/>
        <source>Pick a column for each needed field first.</source>
        <translation>请先为每个必需的字段选择一列。</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../gui/widgets/kpi_card.py" line="41"/>
        <source>no earlier figure to compare</source>
        <translation>没有更早的数据可比较</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kpi_card.py" line="46"/>
        <source>{arrow} {percent} vs {period}</source>
        <translation>{arrow} {percent}，对比 {period}</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <location filename="../../gui/logfile.py" line="82"/>
        <source>The details are in the log file {path}.</source>
        <translation>详细信息已写入日志文件 {path}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="86"/>
        <source>Import</source>
        <extracomment>How long a message stays in the status bar (milliseconds). (code, name in its own language); &quot;&quot; follows the system.</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="87"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="100"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>&amp;New shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <source>&amp;Open shop…</source>
        <translation>打开店铺(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107"/>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="108"/>
        <source>&amp;Recent shops</source>
        <translation>最近的店铺(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="113"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="114"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="118"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="125"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126"/>
        <source>&amp;About ShopLens</source>
        <translation>关于 ShopLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>No shops opened yet</source>
        <translation>还没有打开过店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212"/>
        <source>The demo shop was not prepared. You can import your own orders.</source>
        <translation>演示店铺未准备好。您可以导入自己的订单。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="215"/>
        <source>The demo shop could not be prepared</source>
        <translation>无法准备演示店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>{shop} (sample orders) — ShopLens</source>
        <translation>{shop}（示例订单）— ShopLens</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="224"/>
        <source>{shop}: sample orders, not yours. Your imports go into {own}.</source>
        <translation>{shop}：示例订单，不是您的订单。您导入的文件会进入{own}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287"/>
        <source>An import is running: drop {file} again once it has finished.</source>
        <translation>正在导入：请在完成后再拖入 {file}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/task_status.py" line="30"/>
        <source>Cancel</source>
        <extracomment>A task shows its progress in the status bar only once it has run this long (milliseconds).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>Preparing the demo shop…</source>
        <translation>正在准备演示店铺…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>Preparing a demo shop from real sample orders, so you can look around before importing your own…</source>
        <translation>正在用真实的样本订单准备演示店铺，您可以在导入自己的订单前先看看…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="192"/>
        <source>This shop cannot be opened</source>
        <translation>无法打开此店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="229"/>
        <source>{shop} — ShopLens</source>
        <translation>{shop} — ShopLens</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230"/>
        <source>Shop: {shop}</source>
        <translation>店铺：{shop}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>{count} order lines</source>
        <translation>{count} 条订单明细</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>Create a new shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="254"/>
        <source>New shop</source>
        <translation>新店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="265"/>
        <source>The shop could not be created</source>
        <translation>无法创建店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>Open a shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="345"/>
        <source>About ShopLens</source>
        <translation>关于 ShopLens</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="347"/>
        <source>&lt;h3&gt;ShopLens {version}&lt;/h3&gt;&lt;p&gt;Sales, customer and forecast analytics for small online shops, on your own computer: your order files never leave it.&lt;/p&gt;&lt;p&gt;The demo shop uses a sample of the UCI Online Retail data set (Chen, Sain &amp;amp; Guo, 2012; CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopLens {version}&lt;/h3&gt;&lt;p&gt;面向小型网店的销售、客户和预测分析，完全在您自己的电脑上运行：您的订单文件不会离开这台电脑。&lt;/p&gt;&lt;p&gt;演示店铺使用 UCI Online Retail 数据集的样本（Chen, Sain &amp;amp; Guo, 2012；CC BY 4.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="356"/>
        <source>The language changes the next time ShopLens starts.</source>
        <translation>语言将在下次启动 ShopLens 时更改。</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../gui/widgets/mapping_table.py" line="65"/>
        <source>Field</source>
        <extracomment>(lowest confidence, background) from sure to doubtful.</extracomment>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/mapping_table.py" line="65"/>
        <source>Column in your file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/mapping_table.py" line="65"/>
        <source>Found by</source>
        <translation>识别方式</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/mapping_table.py" line="65"/>
        <source>Sure</source>
        <translation>把握</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/mapping_table.py" line="116"/>
        <source>(not in this file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/mapping_table.py" line="122"/>
        <source>e.g. {examples}</source>
        <translation>例如 {examples}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/mapping_table.py" line="182"/>
        <source>Found by {method}; {sure} sure. Pick another column if this is wrong.</source>
        <translation>识别方式：{method}；把握 {sure}。如果不对，请选择其他列。</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <location filename="../../gui/labels.py" line="64"/>
        <source>known export layout</source>
        <translation>已知导出格式</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="65"/>
        <source>column name</source>
        <translation>列名</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="66"/>
        <source>guessed from the values</source>
        <translation>根据数值推测</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="67"/>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="68"/>
        <source>your choice last time</source>
        <translation>您上次的选择</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="82"/>
        <source>Loading orders</source>
        <translation>正在加载订单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="91"/>
        <source>Drawing charts</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="94"/>
        <source>Overview ready</source>
        <translation>概览已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="101"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="102"/>
        <source>Gross sales</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="103"/>
        <source>Returns and refunds</source>
        <translation>退货和退款</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="104"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="105"/>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="106"/>
        <source>Units sold</source>
        <translation>售出件数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="107"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="108"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="109"/>
        <source>Returning customers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="118"/>
        <source>week of {date}</source>
        <translation>{date} 当周</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="151"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="152"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="153"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="159"/>
        <source>Compare by:</source>
        <translation>比较周期：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="182"/>
        <location filename="../../gui/tabs/overview_tab.py" line="225"/>
        <source>The sales chart appears here.</source>
        <translation>销售图表将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="183"/>
        <location filename="../../gui/tabs/overview_tab.py" line="226"/>
        <source>The orders chart appears here.</source>
        <translation>订单图表将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="195"/>
        <source>Open a shop to see its overview.</source>
        <translation>打开一个店铺以查看其概览。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="215"/>
        <source>Adding up your sales…</source>
        <translation>正在汇总您的销售数据…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="253"/>
        <source>This shop has no orders yet: import a file first.</source>
        <translation>此店铺还没有订单：请先导入文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="256"/>
        <source>Last complete {period}: {label}</source>
        <translation>最近一个完整的{period}：{label}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="260"/>
        <source>No complete {period} in the data yet</source>
        <translation>数据中还没有完整的{period}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="265"/>
        <source>{period_text} · orders from {start} to {end}{currency}</source>
        <translation>{period_text} · 订单日期 {start} 至 {end}{currency}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="281"/>
        <source>all orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="289"/>
        <source>All orders: {value} bought only once</source>
        <translation>全部订单：{value} 位只购买过一次</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="293"/>
        <source>All orders: {value} came back</source>
        <translation>全部订单：{value} 位再次购买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="294"/>
        <source>All orders: {value}</source>
        <translation>全部订单：{value}</translation>
    </message>
</context>
<context>
    <name>Shop</name>
    <message>
        <location filename="../../gui/shop.py" line="53"/>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <location filename="../../gui/shop.py" line="55"/>
        <source>My shop</source>
        <translation>我的店铺</translation>
    </message>
    <message>
        <location filename="../../gui/shop.py" line="62"/>
        <source>Your file went into your own shop, {shop}; the demo shop stays as it was.</source>
        <translation>您的文件已导入您自己的店铺“{shop}”；演示店铺保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/shop.py" line="66"/>
        <source>Your files went into your own shop, {shop}; the demo shop stays as it was.</source>
        <translation>您的文件已导入您自己的店铺“{shop}”；演示店铺保持不变。</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../gui/tasks.py" line="162"/>
        <source>Something went wrong that ShopLens did not expect ({error}). {details} Please try again, or send us that file if it happens again.</source>
        <extracomment>Minimum seconds between two progress signals of one task.</extracomment>
        <translation>ShopLens 遇到了意外问题（{error}）。{details}请重试；如果再次发生，请把该文件发给我们。</translation>
    </message>
</context>
</TS>
