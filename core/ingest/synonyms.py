"""Header words that name each canonical field, in English and Chinese (plus a few others).

Used by `core.ingest.mapping` for files no preset recognises: a till's export, a hand-kept
sheet, a marketplace we have no preset for. Each field's words are listed strongest first (the
rank breaks ties between two columns that both look like, say, an order date). All words are
compared in normalised form (see `normalise_header`), so "Order No." and "order_no" are the
same word "orderno".

`VETOES` are words that, inside a header, mean the column is NOT that field even though it
contains one of its words: "Fuel_Price" is not a unit price, "customer_zip_code" not a
customer, "Ship Date" not the order date.
"""

from __future__ import annotations

import re
from typing import Final

from core.ingest.presets import normalise_header

CJK: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _n(words: str) -> tuple[str, ...]:
    """Normalised words from a "|"-separated list, duplicates dropped, order kept."""
    seen: dict[str, None] = {}
    for w in words.split("|"):
        seen.setdefault(normalise_header(w), None)
    return tuple(seen)


SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "order_id": _n(
        "order id|order no|order number|order num|order code|order ref|invoice no|invoice number|"
        "invoice id|invoice|receipt no|receipt number|receipt|transaction id|transaction no|"
        "transaction|txn id|bill no|ticket no|ticket|sales order|order|bestellnummer|commande|"
        "numero|订单号|订单编号|订单id|单号|订单|交易号|交易编号|发票号|流水号|小票号|单据号|"
        "单据编号"
    ),
    "order_date": _n(
        "order date|order datetime|order time|purchase date|purchase time|purchase|created at|"
        "created|creation date|sale date|sales date|transaction date|invoice date|bill date|date|"
        "datetime|timestamp|day|time|datum|fecha|bestelldatum|下单时间|下单日期|订单创建时间|"
        "创建时间|成交时间|交易时间|付款时间|订单日期|销售日期|日期|时间"
    ),
    "customer_id": _n(
        "customer id|customer no|customer number|customer code|client id|member id|member number|"
        "member no|buyer id|user id|account id|customer|client|member|buyer|email|customer email|"
        "email address|e mail|mail|user|account|customer name|buyer name|kunde|kundennummer|客户id|"
        "客户编号|客户账号|客户帐号|会员id|会员号|会员编号|买家会员名|买家账号|下单账号|下单帐号|"
        "客户|会员|买家|用户|顾客|会员名|用户名|客户名称"
    ),
    "sku": _n(
        "sku|sku id|sku code|stock code|item code|item no|item number|item id|product id|"
        "product code|product no|article number|article no|part number|part no|barcode|ean|upc|"
        "asin|model|variant sku|artikelnummer|货号|商品编号|商品编码|商家编码|商品id|产品编号|"
        "产品编码|编码|条码|物料编码|款号"
    ),
    "product_name": _n(
        "product name|item name|product title|item title|item description|product description|"
        "product|item|description|title|goods|goods name|article|artikel|produit|商品名称|商品标题|"
        "宝贝标题|宝贝名称|商品|产品名称|产品|品名|货品名称|货品|名称|标题"
    ),
    "category": _n(
        "category|category name|product category|product type|department|dept|product group|"
        "item group|class|family|kategorie|类目|分类|品类|类别|商品类目|商品分类|一级类目|大类"
    ),
    "quantity": _n(
        "quantity|qty|quantities|units|units sold|pieces|pcs|count|number of|qty ordered|"
        "quantity ordered|menge|anzahl|cantidad|qté|qte|quantité|数量|购买数量|件数|商品数量|"
        "订购数量|宝贝总数量|销量|销售数量"
    ),
    "unit_price": _n(
        "unit price|price each|item price|sale price|sales price|selling price|list price|price|"
        "unit cost|rate|preis|precio|prix|prix unitaire|单价|价格|售价|京东价|销售价|商品单价|"
        "成交价|零售价"
    ),
    "amount": _n(
        "amount|line total|line amount|item total|total amount|total price|sales amount|net sales|"
        "gross sales|amount paid|paid amount|sales|sale|revenue|turnover|total|subtotal|value|"
        "betrag|umsatz|importe|montant|chiffre d affaires|金额|实付|实付款|实付金额|总金额|总价|"
        "销售额|营业额|订单金额|应付金额|付款金额|支付金额|买家实际支付金额|成交金额|小计|合计"
    ),
    "discount": _n(
        "discount|discount amount|line discount|item discount|promotion|promotion discount|coupon|"
        "coupon amount|rebate|rabatt|优惠|优惠金额|折扣|折扣金额|减免|店铺优惠"
    ),
    "refund_amount": _n(
        "refund|refund amount|refunded|refunded amount|refund total|退款|退款金额|退款额"
    ),
    "currency": _n("currency|currency code|curr|ccy|waehrung|währung|moneda|devise|币种|货币|币别"),
    "country": _n(
        "country|country code|country region|nation|ship country|shipping country|billing country|"
        "region|state|province|market|land|pais|国家|地区|省份|省|省市|区域|收货地址|收货人地址|"
        "地址"
    ),
    "channel": _n(
        "channel|sales channel|platform|source|store|shop|store name|shop name|marketplace|site|"
        "渠道|平台|店铺|店铺名称|来源|销售渠道|订单来源"
    ),
    "status": _n(
        "status|order status|financial status|payment status|order state|状态|订单状态|交易状态|"
        "退款状态|付款状态"
    ),
}

_MONEY_VETOES: Final = (
    "shipping|freight|postage|delivery|tax|vat|fuel|fee|profit|cost|compareat|weight|temperature|"
    "lenght|length|count|qty|quantity|rate|percent|pct|运费|邮费|税|积分|服务费|利润|成本"
)

VETOES: Final[dict[str, tuple[str, ...]]] = {
    "order_id": _n("date|time|status|total|amount|count|qty|日期|时间"),
    "order_date": _n(
        "ship|deliver|estimated|review|answer|approved|aproved|update|modified|refund|return|birth|"
        "due|expir|发货|签收|退款|完成|确认收货|到期"
    ),
    "customer_id": _n(
        "zip|postal|postcode|city|state|country|region|province|address|phone|tel|mobile|type|"
        "segment|group|note|message|since|地址|电话|手机|城市|留言|备注|省|支付宝"
    ),
    "sku": _n("qty|quantity|count|name|title|数量|名称"),
    "product_name": _n(
        "id|code|no|number|qty|quantity|count|category|type|length|lenght|photo|price|amount|"
        "review|comment|note|message|编号|编码|数量|类目|价|金额|评价|留言|备注"
    ),
    "category": _n("id|code|ship"),
    "quantity": _n("photo|refund|picture|image|discount|account|amount|price|退款|金额|价"),
    "unit_price": (
        *_n(_MONEY_VETOES),
        *_n("total|amount|金额|合计"),
    ),
    "amount": (
        *_n(_MONEY_VETOES),
        *_n("discount|refund|优惠|折扣|退款|markdown"),
    ),
    "discount": _n("rate|percent|pct|code|ship|运费|码"),
    "refund_amount": _n("date|time|status|reason|qty|quantity|原因|状态|时间"),
    "currency": _n("rate"),
    "country": _n("zip|postal|city|marketing|accept|consent|subscri|营销|订阅"),
    "channel": _n("id|编号"),
    "status": _n("fulfillment|shipping|delivery|发货|物流"),
}
