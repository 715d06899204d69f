"""The report's words in 简体中文: sheet names, headers, labels and the glossary.

Why plain dicts in core and not Qt's translator: the report is written by `main.py report` as
well as by the window, and core never imports Qt. English is the key; a word missing here stays
in English rather than failing, so a new column never breaks the Chinese report.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "zh_CN"]
LANGS: tuple[str, ...] = ("en", "zh_CN")

#: Column name of a result table -> its header in English (unknown names are tidied up).
HEADERS: dict[str, str] = {
    "period_start": "Period",
    "gross_sales": "Gross sales",
    "returns": "Returns",
    "fees": "Fees and adjustments",
    "net_sales": "Net sales",
    "orders": "Orders",
    "aov": "Average order value",
    "units": "Units",
    "customers": "Customers",
    "new_customers": "New customers",
    "returning_customers": "Returning customers",
    "customer_id": "Customer",
    "segment": "Segment",
    "cluster": "Group",
    "recency_days": "Days since last order",
    "frequency": "Purchases",
    "purchase_days": "Days with a purchase",
    "monetary": "Spent",
    "p_alive": "Chance still active",
    "clv_12m": "Value next 12 months",
    "churn_risk": "Churn risk",
    "band": "Risk band",
    "next_order_date": "Next order expected",
    "reasons": "Reasons",
    "revenue_share": "Share of revenue",
    "advice": "Advice",
    "cohort": "First month",
    "month": "Months later",
    "cohort_size": "New customers",
    "active": "Active",
    "retention": "Still buying",
    "net": "Net spent",
    "expected_90d": "Expected orders 90 days",
    "expected_365d": "Expected orders 365 days",
    "product_name": "Product",
    "product_key": "Product key",
    "sku": "SKU",
    "category": "Category",
    "level": "Level",
    "key": "Key",
    "name": "Name",
    "method": "Method",
    "mase": "MASE",
    "wape": "WAPE",
    "snaive_mase": "Naive MASE",
    "forecast": "Forecast",
    "low80": "80% low",
    "high80": "80% high",
    "on_hand": "On hand",
    "order_now": "Order now",
    "days_of_cover": "Days of cover",
    "demand_per_day": "Demand per day",
    "reorder_point": "Reorder point",
    "safety_stock": "Safety stock",
    "rank": "Rank",
    "score": "Score",
    "reason": "Reason",
    "reason_kind": "Reason kind",
    "orders_count": "Orders",
    "support": "Support",
    "confidence": "Confidence",
    "lift": "Lift",
    "size": "Items",
    "antecedent_name": "If bought",
    "consequent_name": "Also buy",
    "predicted": "Predicted",
    "observed": "Observed",
    "decile": "Decile",
    "metric": "Measure",
    "file_name": "File",
    "rows_read": "Rows read",
    "rows_imported": "Rows imported",
    "rows_already_present": "Already present",
    "rows_excluded": "Rows excluded",
    "started_at": "Started",
    "status": "Status",
    "format": "Format",
    "encoding": "Encoding",
    "rows": "Rows",
    "section": "Analysis",
    "note": "Note",
    "value": "Value",
    "item": "Item",
    "meaning": "Meaning",
    # campaigns (core.sections.campaigns: each audience's members, and who not to contact)
    "campaign": "Campaign",
    "offer": "Offer",
    "expected_purchases": "Expected purchases",
    "p_order": "Chance of an order",
    "order_value": "Order value",
    "baseline_revenue": "Expected revenue without a campaign",
    "net_low": "Expected net, low lift",
    "net_mid": "Expected net, middle lift",
    "net_high": "Expected net, high lift",
    "holdout": "Holdout",
    "campaign_do_not_contact": "Do not contact",
}

#: Sheet names (at most 31 characters, none of []:*?/\).
SHEETS: dict[str, str] = {
    "cover": "Cover",
    "kpis": "Overview",
    "cohorts": "Cohorts",
    "rfm": "Segments",
    "clusters": "Groups",
    "clv": "Lifetime value",
    "churn": "Churn risk",
    "customers": "Customers",
    "forecast": "Forecast",
    "inventory": "Reorder",
    "recommendations": "Recommendations",
    "quality": "Data quality",
    "chart_data": "Chart data",
    "campaigns": "Campaigns",
}

#: Every metric the report shows, in one sentence (the Cover's glossary).
GLOSSARY: dict[str, str] = {
    "Gross sales": "The value of sold lines, returns not taken off.",
    "Returns": "The value of returned products plus refunds given on sold products.",
    "Fees and adjustments": "Marketplace fees, bank charges, manual credits, discounts and "
    "postage given back: money out that is not a product return.",
    "Net sales": "Gross sales minus returns and fees.",
    "Orders": "Distinct order numbers with at least one sold line.",
    "Average order value": "Gross sales divided by orders.",
    "New customers": "Customers whose first order falls in the period.",
    "RFM segment": "A named group from how recently, how often and how much a customer bought.",
    "Chance still active": "The model's probability that a customer still buys from the shop.",
    "Value next 12 months": "Expected net spending of a customer over the next twelve months.",
    "Churn risk": "The probability that a customer does not buy again within the horizon.",
    "MASE": "Forecast error against the naive forecast on the shop's own history (below 1 is "
    "better than naive).",
    "WAPE": "Absolute forecast error as a share of actual sales.",
    "Reorder point": "Stock level at which to order so that it arrives before running out.",
    "Hit rate @10": "Share of customers who later bought at least one product of their top 10.",
    "Lift": "How many times more often two products are bought together than by chance.",
}

ZH: dict[str, str] = {
    # sheets
    "Cover": "封面",
    "Overview": "概览",
    "Cohorts": "同期群",
    "Segments": "RFM 分群",
    "Groups": "客户群组",
    "Lifetime value": "生命周期价值",
    "Churn risk": "流失风险",
    "Customers": "客户",
    "Forecast": "预测",
    "Reorder": "补货",
    "Recommendations": "推荐",
    "Data quality": "数据质量",
    "Chart data": "图表数据",
    "Campaigns": "营销活动",
    # headers
    "Period": "期间",
    "Gross sales": "总销售额",
    "Returns": "退货退款",
    "Fees and adjustments": "费用与调整",
    "Net sales": "净销售额",
    "Orders": "订单数",
    "Average order value": "平均订单金额",
    "Units": "件数",
    "New customers": "新客户",
    "Returning customers": "回头客",
    "Customer": "客户",
    "Segment": "分群",
    "Group": "群组",
    "Days since last order": "距上次下单天数",
    "Purchases": "购买次数",
    "Days with a purchase": "购买天数",
    "Spent": "消费金额",
    "Chance still active": "仍活跃概率",
    "Value next 12 months": "未来12个月价值",
    "Risk band": "风险等级",
    "Next order expected": "预计下次下单",
    "Reasons": "原因",
    "Share of revenue": "收入占比",
    "Advice": "建议",
    "First month": "首购月份",
    "Months later": "之后月数",
    "Active": "活跃",
    "Still buying": "仍在购买",
    "Net spent": "净消费",
    "Expected orders 90 days": "90天预计订单",
    "Expected orders 365 days": "365天预计订单",
    "Product": "商品",
    "Product key": "商品键",
    "Category": "品类",
    "Level": "层级",
    "Key": "键",
    "Name": "名称",
    "Method": "方法",
    "Naive MASE": "朴素法 MASE",
    "80% low": "80%下限",
    "80% high": "80%上限",
    "On hand": "现有库存",
    "Order now": "立即订货",
    "Days of cover": "可供天数",
    "Demand per day": "日需求",
    "Reorder point": "再订货点",
    "Safety stock": "安全库存",
    "Rank": "排名",
    "Score": "得分",
    "Reason": "原因",
    "Reason kind": "原因类型",
    "Support": "支持度",
    "Confidence": "置信度",
    "Lift": "提升度",
    "Items": "商品数",
    "If bought": "如果购买",
    "Also buy": "也会购买",
    "Predicted": "预测",
    "Observed": "实际",
    "Decile": "十分位",
    "Measure": "指标",
    "File": "文件",
    "Rows read": "读取行数",
    "Rows imported": "导入行数",
    "Already present": "已存在",
    "Rows excluded": "排除行数",
    "Started": "开始时间",
    "Status": "状态",
    "Format": "格式",
    "Encoding": "编码",
    "Rows": "行数",
    "Analysis": "分析",
    "Note": "说明",
    "Value": "数值",
    "Item": "项目",
    "Meaning": "含义",
    "Campaign": "营销活动",
    "Offer": "优惠",
    "Expected purchases": "预计购买次数",
    "Chance of an order": "下单概率",
    "Order value": "订单金额",
    "Expected revenue without a campaign": "无活动时的预计收入",
    "Expected net, low lift": "预计净收益（低提升）",
    "Expected net, middle lift": "预计净收益（中提升）",
    "Expected net, high lift": "预计净收益（高提升）",
    "Holdout": "对照组",
    "Do not contact": "请勿打扰",
    # cover and labels
    "ShopLens report": "ShopLens 报告",
    "Shop": "店铺",
    "Data from": "数据起始",
    "Data to": "数据截止",
    "Order lines imported": "已导入订单行",
    "Excluded": "已排除",
    "As of": "截至日期",
    "As of the last order": "截至最后一笔订单",
    "Computed": "计算时间",
    "ShopLens version": "ShopLens 版本",
    "Assumptions": "假设",
    "Glossary": "术语表",
    "Contents": "目录",
    "Forecast horizon": "预测期数",
    "Forecast frequency": "预测频率",
    "Service level": "服务水平",
    "Lead time (days)": "订货提前期（天）",
    "Churn horizon (days)": "流失判定期（天）",
    "Monthly discount rate": "月贴现率",
    "Skipped": "已跳过",
    "Failed": "失败",
    "computed": "计算于",
    "from the shop file": "取自店铺文件",
    "order lines": "订单行",
    "Key figures": "关键指标",
    "Last complete period": "最近完整期间",
    "Period before": "上一期间",
    "Change": "变化",
    "Same period last year": "去年同期",
    "Change on last year": "同比变化",
    "Retention by first month": "按首购月份的留存",
    "Imports": "导入记录",
    "Exclusions": "排除原因",
    "Notes": "说明",
    "RFM segment": "RFM 分群",
    "WAPE": "WAPE",
    "MASE": "MASE",
    "Hit rate @10": "前10命中率",
    "Precision @10": "前10精确率",
    "NDCG @10": "前10 NDCG",
    "Catalogue shown": "覆盖商品比例",
    "Our top 10": "我们的前10",
    "Best sellers": "畅销榜",
    # charts
    "Sales per month": "每月销售额",
    "Orders and customers per month": "每月订单与客户",
    "Returns and refunds": "退货与退款",
    "Customers and revenue share per segment": "各分群客户数",
    "Predicted against observed churn, by decile of risk": "按风险十分位的预测与实际流失",
    "How often the lists were right": "推荐列表的命中情况",
    "History": "历史",
    "80% band, low": "80%区间下限",
    "80% band, high": "80%区间上限",
    "history and forecast": "历史与预测",
}

ZH_GLOSSARY: dict[str, str] = {
    "Gross sales": "已售商品行的金额，未扣除退货。",
    "Returns": "退货商品的金额加上已售商品的退款。",
    "Fees and adjustments": "平台费用、银行手续费、手工冲减、折扣和退还的邮费："
    "不属于商品退货的支出。",
    "Net sales": "总销售额减去退货退款和费用。",
    "Orders": "至少含一行已售商品的不同订单号数量。",
    "Average order value": "总销售额除以订单数。",
    "New customers": "首单落在该期间的客户。",
    "RFM segment": "按客户最近购买时间、购买频率和金额划分的命名分群。",
    "Chance still active": "模型估计的客户仍会在本店购买的概率。",
    "Value next 12 months": "客户未来十二个月预计的净消费。",
    "Churn risk": "客户在判定期内不再购买的概率。",
    "MASE": "相对朴素预测在本店历史上的误差（低于1即优于朴素法）。",
    "WAPE": "绝对预测误差占实际销售额的比例。",
    "Reorder point": "库存降到此水平时下单，货物可在缺货前到达。",
    "Hit rate @10": "之后购买了其前10推荐中至少一件商品的客户比例。",
    "Lift": "两件商品一起购买的频率是随机情况下的多少倍。",
}


class Words:
    """The words of one report language: `w("Net sales")`, `w.header("net_sales")`."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown report language {lang!r}")
        self.lang = lang

    def __call__(self, text: str) -> str:
        if self.lang == "zh_CN":
            if text in ZH:
                return ZH[text]
            head, sep, tail = text.rpartition(": ")
            if sep and tail in ZH:  # "WHITE HEART: history and forecast"
                return f"{head}：{ZH[tail]}"
        return text

    def sentence(self, text: str) -> str:
        """A sentence core wrote (a note, a churn reason) in the report's language."""
        if self.lang == "zh_CN":
            from core.report.sentences import zh_sentence

            return zh_sentence(text)
        return text

    def header(self, column: str) -> str:
        english = HEADERS.get(column) or column.replace("_", " ").strip().capitalize()
        return self(english)

    def sheet(self, key: str) -> str:
        return self(SHEETS.get(key, key))[:31]

    def glossary(self) -> list[tuple[str, str]]:
        if self.lang == "zh_CN":
            return [(self(term), ZH_GLOSSARY.get(term, text)) for term, text in GLOSSARY.items()]
        return list(GLOSSARY.items())
