<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisTabs</name>
    <message>
        <location filename="../../gui/analysis_tabs.py" line="62"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tabs.py" line="63"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tabs.py" line="64"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tabs.py" line="65"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tabs.py" line="77"/>
        <source>Preparing this tab…</source>
        <translation>正在准备此标签页…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="96"/>
        <source>Something went wrong that ShopLens did not expect:
{error}

{details} Your shop file is safe; you can keep working.</source>
        <extracomment>Qt messages that say nothing to a user or a developer (the offscreen platform of screenshot and selftest modes cannot resize native windows). How long a closing window waits for cancelled jobs that only read (ms) before the process ends anyway, and for jobs that write (a cancelled write rolls back within a chunk).</extracomment>
        <translation>ShopLens 遇到了意外问题：
{error}

{details}您的店铺文件是安全的，可以继续使用。</translation>
    </message>
</context>
<context>
    <name>AsOfBox</name>
    <message>
        <location filename="../../gui/widgets/as_of_box.py" line="22"/>
        <source>Analyse as of</source>
        <translation>分析截至</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/as_of_box.py" line="25"/>
        <source>Look at the shop as it was on this day: orders after it are left out.</source>
        <translation>按这一天的店铺状态来分析：此后的订单不计入。</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="20"/>
        <source>At-risk VIP</source>
        <translation>流失风险大客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="21"/>
        <source>In the top 25% of expected 12-month value and at high risk of not buying again within 90 days.</source>
        <translation>预计 12 个月价值排在前 25%，且 90 天内不再购买的风险高。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="25"/>
        <source>Now.</source>
        <translation>现在。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="26"/>
        <source>Service or early access; a discount only if the break-even allows.</source>
        <translation>专属服务或新品抢先购；只有盈亏平衡允许时才给折扣。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="29"/>
        <source>Replenish</source>
        <translation>复购提醒</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="30"/>
        <source>Two orders or more on different days at regular intervals (three or more, gaps varying by less than half their mean), the next one due 7 to 14 days from now.</source>
        <translation>在不同日期下过两单以上且间隔规律（至少三次购买，间隔波动小于平均间隔的一半），下一单预计在 7 到 14 天后。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="34"/>
        <source>A few days before the expected date.</source>
        <translation>预计下单日期前几天。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="35"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="36"/>
        <source>Second order</source>
        <translation>1单转2单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="37"/>
        <source>Exactly one order, 14 to 60 days ago, and not at high risk of leaving.</source>
        <translation>只下过一单，在 14 到 60 天前，且流失风险不高。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="40"/>
        <source>Day 14 to 30 after the first order.</source>
        <translation>首单后第 14 到 30 天。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="41"/>
        <source>Their top recommended product.</source>
        <translation>为其推荐的第一名商品。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="42"/>
        <source>Win-back</source>
        <translation>沉睡唤醒</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="43"/>
        <source>Bought on two days or more, silent for more than twice their own usual gap (or the shop&apos;s median gap), chance of still being a customer between 10% and 60%.</source>
        <translation>在两天或以上购买过，沉默时间超过其通常间隔（或店铺中位间隔）的两倍，仍是活跃客户的概率在 10% 到 60% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="47"/>
        <source>Now, in steps: first without a discount.</source>
        <translation>现在，分步进行：先不给折扣。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="48"/>
        <source>None at first; a discount only if the break-even allows.</source>
        <translation>先不给；只有盈亏平衡允许时才给折扣。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="49"/>
        <source>Cross-sell</source>
        <translation>交叉销售</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="50"/>
        <source>Bought a product 7 to 30 days ago but never the product most often bought with it (a bought-together rule with lift above 1).</source>
        <translation>7 到 30 天前买过某商品，但从未买过最常与它一起购买的商品（提升度大于 1 的关联规则）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="54"/>
        <source>7 to 30 days after the first product.</source>
        <translation>购买第一件商品后 7 到 30 天。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="55"/>
        <source>A bundle or spend-X-save-Y on the second product.</source>
        <translation>第二件商品的组合优惠或满减。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="56"/>
        <source>Anniversary</source>
        <translation>首购周年</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="57"/>
        <source>First order about a year or more ago, its anniversary within the next 30 days.</source>
        <translation>首单约在一年或更久以前，周年日在未来 30 天内。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="61"/>
        <source>30 days before the anniversary.</source>
        <translation>周年日前 30 天。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="62"/>
        <source>A small gift.</source>
        <translation>一份小礼物。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="63"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="64"/>
        <source>Bought recently, often and for a lot (the RFM segment Champions).</source>
        <translation>最近买过、买得多、花得多（RFM 分群中的冠军客户）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="67"/>
        <source>At launches.</source>
        <translation>新品上市时。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="68"/>
        <source>No discount: they buy anyway.</source>
        <translation>不打折：他们本来就会买。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="69"/>
        <source>Do not contact</source>
        <translation>请勿打扰</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="70"/>
        <source>Chance of still being a customer below 10%, or returned 40% or more of what they bought.</source>
        <translation>仍是活跃客户的概率低于 10%，或退货达到所购金额的 40% 以上。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="74"/>
        <source>Never.</source>
        <translation>从不。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="75"/>
        <source>Excluded from every campaign, listed with the reason.</source>
        <translation>不参加任何活动，列出原因。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="76"/>
        <source>Published e-mail flow order rates (about 1.7% median, 5.7% for the top tenth of shops) count every order that followed a message, so they are a ceiling, not lift; the defaults assume 0.5% / 1% / 2% extra chance to order because of the contact.</source>
        <translation>公开的邮件自动流程下单率（中位数约 1.7%，前 10% 的店铺约 5.7%）把消息之后的每一单都算进去，所以只是上限，不是提升；默认假设联系带来 0.5% / 1% / 2% 的额外下单概率。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="80"/>
        <source>No campaign has been measured in this shop yet, so the lift is an assumption.</source>
        <translation>本店还没有测量过任何活动，所以提升只是假设。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="83"/>
        <source>The purchase model sees nearly every customer as still active, so the chance of still being a customer is the churn model&apos;s chance to buy within 90 days.</source>
        <translation>购买模型认为几乎所有客户都仍然活跃，因此“仍是客户的概率”采用流失模型给出的 90 天内购买概率。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="87"/>
        <source>The purchase models could not be fitted on this shop, so the baselines use each customer&apos;s own purchase rate and the shop&apos;s average order value.</source>
        <translation>购买模型无法在本店拟合，因此基线采用每位客户自己的购买频率和店铺平均客单价。</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="113"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="120"/>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="127"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="134"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="138"/>
        <source>{audience} in the audience ({matched} match the rule, {moved} moved to a higher-priority campaign); {suggested} worth contacting</source>
        <translation>受众 {audience} 位（{matched} 位符合规则，{moved} 位转入优先级更高的活动）；值得联系 {suggested} 位</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="149"/>
        <source>Anyway</source>
        <translation>本来就会买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="153"/>
        <source>{rate} would order within {days} days without a message, for {revenue} in all</source>
        <translation>不发消息也有 {rate} 会在 {days} 天内下单，共 {revenue}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="163"/>
        <source>Expected net</source>
        <translation>预期净收益</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="167"/>
        <source>{low} / {mid} / {high} at a lift of {ul} / {um} / {uh}; {best} for the suggested customers</source>
        <translation>提升为 {ul} / {um} / {uh} 时为 {low} / {mid} / {high}；建议联系的客户为 {best}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="181"/>
        <source>Break-even lift</source>
        <translation>盈亏平衡提升</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="187"/>
        <source>none: the discount eats the margin</source>
        <translation>无：折扣吃掉了毛利</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="193"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="197"/>
        <source>margin {m}, discount {d}, redeemed by {r}, {c} per message</source>
        <translation>毛利率 {m}，折扣 {d}，核销率 {r}，每条消息 {c}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="208"/>
        <source>Holdout</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="212"/>
        <source>{held} kept back; smallest lift it can detect: {lift}</source>
        <translation>留出 {held} 位；可检测到的最小提升：{lift}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="217"/>
        <source>too few customers to keep a holdout</source>
        <translation>客户太少，无法留出对照组</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="235"/>
        <source>No campaign has been exported from this shop yet.</source>
        <translation>本店还没有导出过任何活动。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="245"/>
        <source>{title}, sent {date}: no orders imported since; import a newer export to read it out.</source>
        <translation>{title}，{date} 发送：之后还没有导入订单；导入更新的导出文件即可查看结果。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="253"/>
        <source>{title}, sent {date}, {days} days seen: bought {rc} vs {rh} (holdout); revenue per customer {vc} vs {vh}, difference {d} (90%: {lo} to {hi}).</source>
        <translation>{title}，{date} 发送，已观察 {days} 天：购买率 {rc}，对照组 {rh}；每位客户收入 {vc}，对照组 {vh}，差值 {d}（90% 区间：{lo} 到 {hi}）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="272"/>
        <source>Read-outs</source>
        <translation>活动结果</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaign_words.py" line="291"/>
        <source>{count} customers are left out of every campaign.</source>
        <translation>{count} 位客户不参加任何活动。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="120"/>
        <source>type&apos;s default</source>
        <translation>按活动类型默认</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="131"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="132"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="133"/>
        <source>Redeemed</source>
        <translation>核销率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="134"/>
        <source>Cost per message</source>
        <translation>每条消息成本</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="135"/>
        <source>Lift low / mid / high</source>
        <translation>提升 低 / 中 / 高</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="142"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="165"/>
        <source>Open a shop to see its campaigns.</source>
        <translation>打开一个店铺查看其营销活动。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="167"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="215"/>
        <source>Campaigns are worked out when you open this tab.</source>
        <translation>打开此标签页时计算营销活动。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="217"/>
        <source>Finding who to contact and what it is worth…</source>
        <translation>正在寻找该联系谁以及价值多少…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="219"/>
        <source>Cancelled. Press Apply to work them out.</source>
        <translation>已取消。按“应用”重新计算。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="236"/>
        <location filename="../../gui/tabs/campaigns_tab.py" line="243"/>
        <source>{title} — {count} customers</source>
        <translation>{title} — {count} 位客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="275"/>
        <source>Nobody matches this campaign&apos;s rule today.</source>
        <translation>今天没有客户符合此活动的规则。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="296"/>
        <source>Shopify customer import (*.csv)</source>
        <translation>Shopify 客户导入 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="297"/>
        <source>Klaviyo list (*.csv)</source>
        <translation>Klaviyo 列表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="298"/>
        <source>Mailchimp audience (*.csv)</source>
        <translation>Mailchimp 受众 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="299"/>
        <source>Excel workbook with reasons (*.xlsx)</source>
        <translation>含原因的 Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="300"/>
        <source>Chinese SMS list (*.csv)</source>
        <translation>中文短信名单 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="304"/>
        <source>Export the audience</source>
        <translation>导出受众</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="328"/>
        <source>{written} customers written to {file}; {held} kept back as the holdout.</source>
        <translation>已将 {written} 位客户写入 {file}；{held} 位留作对照组。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="335"/>
        <source>{count} lack the contact this format needs: see {file}.</source>
        <translation>{count} 位缺少此格式需要的联系方式：见 {file}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="340"/>
        <source>This campaign was already recorded: no second record.</source>
        <translation>此活动已记录过：不会重复记录。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="50"/>
        <source>Sales per day</source>
        <translation>每日销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="51"/>
        <source>Sales per week</source>
        <translation>每周销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="52"/>
        <source>Sales per month</source>
        <translation>每月销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="53"/>
        <source>Orders and customers per day</source>
        <translation>每日订单与客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="54"/>
        <source>Orders and customers per week</source>
        <translation>每周订单与客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="55"/>
        <source>Orders and customers per month</source>
        <translation>每月订单与客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="56"/>
        <source>Gross sales</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="57"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="58"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="59"/>
        <source>Fees and adjustments</source>
        <translation>费用与调整</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="60"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="61"/>
        <source>Returning customers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="62"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="63"/>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="64"/>
        <source>Incomplete: to {date}</source>
        <translation>未完整：截至 {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="39"/>
        <source>Customers per segment</source>
        <translation>各分群客户数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="40"/>
        <source>{share} of revenue</source>
        <translation>占销售额 {share}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="41"/>
        <source>Share of customers who bought again</source>
        <translation>再次购买的客户占比</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="42"/>
        <source>Net revenue per customer</source>
        <translation>每位客户的净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="43"/>
        <source>Months since first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="44"/>
        <source>First purchase in</source>
        <translation>首次购买月份</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="45"/>
        <source>Customer groups</source>
        <translation>客户群组</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="46"/>
        <source>Days since last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="47"/>
        <source>Net spend</source>
        <translation>净消费额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="48"/>
        <source>Order history</source>
        <translation>订单历史</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="49"/>
        <source>Bought</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="50"/>
        <source>Returned</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="51"/>
        <source>Expected next order</source>
        <translation>预计下次下单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="52"/>
        <source>No customers to segment</source>
        <translation>没有可分群的客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="53"/>
        <source>No cohorts yet</source>
        <translation>还没有同期群</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="54"/>
        <source>No customers to group</source>
        <translation>没有可分组的客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="55"/>
        <source>No orders for this customer</source>
        <translation>此客户没有订单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="56"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="57"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="58"/>
        <source>Potential loyalist</source>
        <translation>潜力忠诚客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="59"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="60"/>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="61"/>
        <source>Need attention</source>
        <translation>需关注客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="62"/>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="63"/>
        <source>At risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="64"/>
        <source>Can&apos;t lose them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="65"/>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="66"/>
        <source>Lost</source>
        <translation>已流失客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="100"/>
        <source>lapsed</source>
        <translation>久未购买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="101"/>
        <source>recent</source>
        <translation>近期购买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="102"/>
        <source>frequent</source>
        <translation>购买频繁</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="103"/>
        <source>infrequent</source>
        <translation>购买较少</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="104"/>
        <source>high-spend</source>
        <translation>高消费</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="105"/>
        <source>low-spend</source>
        <translation>低消费</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="106"/>
        <source>long-standing</source>
        <translation>老客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="107"/>
        <source>new</source>
        <translation>新客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="108"/>
        <source>big baskets</source>
        <translation>客单价高</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="109"/>
        <source>small baskets</source>
        <translation>客单价低</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="110"/>
        <source>returns a lot</source>
        <translation>经常退货</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="111"/>
        <source>rarely returns</source>
        <translation>很少退货</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="112"/>
        <source>average on every measure</source>
        <translation>各项指标均一般</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="57"/>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="58"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="59"/>
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="60"/>
        <source>Catalogue shown</source>
        <translation>商品覆盖率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="61"/>
        <source>Our top 10</source>
        <translation>我们推荐的前 10 名</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="62"/>
        <source>Best sellers</source>
        <translation>畅销榜</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="63"/>
        <source>How often the lists were right</source>
        <translation>推荐列表的准确度</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="45"/>
        <source>95% range</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="46"/>
        <source>80% range</source>
        <translation>80% 区间</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="47"/>
        <source>Sales so far</source>
        <translation>历史销售</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="48"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="49"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="50"/>
        <source>Net sales per day</source>
        <translation>每日净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="51"/>
        <source>Net sales per week</source>
        <translation>每周净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="52"/>
        <source>Net sales per month</source>
        <translation>每月净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="53"/>
        <source>Units per day</source>
        <translation>每日销售件数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="54"/>
        <source>Units per week</source>
        <translation>每周销售件数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="55"/>
        <source>Units per month</source>
        <translation>每月销售件数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="55"/>
        <source>Expected profit by number of customers contacted</source>
        <translation>按联系客户数计的预期利润</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="56"/>
        <source>Cumulative expected net</source>
        <translation>累计预期净收益</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="57"/>
        <source>Expected net</source>
        <translation>预期净收益</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="58"/>
        <source>Suggested size</source>
        <translation>建议人数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/campaigns_tab.py" line="59"/>
        <source>Customers contacted, best first</source>
        <translation>联系的客户（价值高者在前）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="43"/>
        <source>Jan</source>
        <translation>一月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="44"/>
        <source>Feb</source>
        <translation>二月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="45"/>
        <source>Mar</source>
        <translation>三月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="46"/>
        <source>Apr</source>
        <translation>四月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="47"/>
        <source>May</source>
        <translation>五月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="48"/>
        <source>Jun</source>
        <translation>六月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="49"/>
        <source>Jul</source>
        <translation>七月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="50"/>
        <source>Aug</source>
        <translation>八月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="51"/>
        <source>Sep</source>
        <translation>九月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="52"/>
        <source>Oct</source>
        <translation>十月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="53"/>
        <source>Nov</source>
        <translation>十一月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="54"/>
        <source>Dec</source>
        <translation>十二月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="55"/>
        <source>{year}-{month}</source>
        <translation>{year}年{m}月</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>{month}-{day}</source>
        <translation>{m}月{d}日</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="57"/>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{m}月{d}日</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="81"/>
        <location filename="../../gui/tabs/customer_pages.py" line="88"/>
        <source>The cohorts appear here.</source>
        <translation>同期群将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="84"/>
        <source>Customers grouped by the month of their first purchase: the share who bought again in each month after.</source>
        <translation>按首次购买月份划分的客户同期群：之后每个月再次购买的客户占比。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="90"/>
        <source>Net revenue per customer of each first-purchase month, month by month.</source>
        <translation>按首次购买月份划分，每位客户逐月的净销售额。</translation>
    </message>
</context>
<context>
    <name>CurrencyQuestion</name>
    <message>
        <location filename="../../gui/tabs/import_currency.py" line="61"/>
        <source>The amounts in {file} are in {file_currency}, but this shop&apos;s are in {shop_currency}. Adding them up together would mix two currencies in every figure.

Import the file into a new shop of its own, import it into this shop anyway, or cancel?</source>
        <translation>{file} 中的金额是 {file_currency}，而本店铺的金额是 {shop_currency}。把它们加在一起，每个数字都会混入两种货币。

要把这个文件导入一个单独的新店铺、仍然导入本店铺，还是取消？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_currency.py" line="76"/>
        <source>its amounts are in {file_currency}, not in the shop&apos;s {shop_currency}. Import it on its own to choose a new shop for it or to import it anyway.</source>
        <translation>它的金额是 {file_currency}，不是本店铺的 {shop_currency}。请单独导入这个文件，以便为它选择新店铺或仍然导入。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_currency.py" line="90"/>
        <source>Another currency</source>
        <translation>另一种货币</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_currency.py" line="93"/>
        <source>Import into a new shop</source>
        <translation>导入新店铺</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_currency.py" line="96"/>
        <source>Import anyway</source>
        <translation>仍然导入</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_currency.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="77"/>
        <location filename="../../gui/tabs/customer_detail.py" line="92"/>
        <source>Select a customer to see their orders.</source>
        <translation>选择一位客户以查看其订单。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="89"/>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="99"/>
        <source>Customer {id} · {segment}</source>
        <translation>客户 {id} · {segment}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="105"/>
        <source>Last order {days} days ago · bought on {orders} day(s) · net spend {net}</source>
        <translation>上次下单于 {days} 天前 · 购买天数 {orders} 天 · 净消费额 {net}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="116"/>
        <source>Chance still a customer {alive}% · expected 12-month value {value} · next order {date}</source>
        <translation>存活概率 {alive}% · 预计 12 个月价值 {value} · 下次下单 {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="124"/>
        <source>not expected within a year</source>
        <translation>预计一年内不会下单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="131"/>
        <source>Churn risk {risk}% ({band}): {reasons}</source>
        <translation>流失风险 {risk}%（{band}）：{reasons}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="134"/>
        <source>no single reason stands out</source>
        <translation>没有特别突出的原因</translation>
    </message>
</context>
<context>
    <name>CustomerTablePage</name>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="58"/>
        <source>Search a customer id, segment or reason…</source>
        <extracomment>What a merchant acts on comes first, so it shows without scrolling on a 1366×768 screen: who, what they are worth next year, how likely they are to leave and why.</extracomment>
        <translation>搜索客户 ID、分群或原因…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="62"/>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="119"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="120"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="121"/>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="122"/>
        <source>R: days since last order</source>
        <translation>R：距上次下单天数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="123"/>
        <source>F: purchase days</source>
        <translation>F：购买天数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="124"/>
        <source>M: net spend</source>
        <translation>M：净消费额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="125"/>
        <source>P(alive) %</source>
        <translation>存活概率 %</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="126"/>
        <source>12-month value</source>
        <translation>12 个月价值</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="127"/>
        <source>Churn risk %</source>
        <translation>流失风险 %</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="128"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="129"/>
        <source>Next order</source>
        <translation>下次下单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="130"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="135"/>
        <source>RFM segment: scores 1-5 for recency, frequency and spend.</source>
        <translation>RFM 分群：按最近购买时间、购买频率和消费金额分别评 1-5 分。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="136"/>
        <source>The group of similar customers (see the Groups page).</source>
        <translation>相似客户所属的群组（见“群组”页）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="138"/>
        <source>Days from the customer&apos;s last purchase to the last order in the shop.</source>
        <translation>从该客户最后一次购买到店铺最近一笔订单之间的天数。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="141"/>
        <source>Days on which the customer bought (several orders on a day count once).</source>
        <translation>客户有购买的天数（同一天的多笔订单只计一次）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="143"/>
        <source>What the customer spent, minus returns and refunds.</source>
        <translation>客户的消费金额，已扣除退货和退款。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="144"/>
        <source>The chance the customer still buys from you at all (BG/NBD).</source>
        <translation>客户仍会在您店里购买的概率（BG/NBD）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="146"/>
        <source>Expected net spend over the next 12 months, discounted 1% a month.</source>
        <translation>未来 12 个月的预计净消费额，按每月 1% 折现。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="148"/>
        <source>The chance the customer does not buy in the next 90 days.</source>
        <translation>客户在未来 90 天内不再购买的概率。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="149"/>
        <source>Low below 40%, high from 70% churn risk.</source>
        <translation>流失风险低于 40% 为低，70% 及以上为高。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="151"/>
        <source>When one more order is expected; empty when not within a year.</source>
        <translation>预计下一笔订单的日期；一年内不会下单则留空。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="153"/>
        <source>What moved this customer&apos;s churn risk most.</source>
        <translation>对该客户流失风险影响最大的因素。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_table.py" line="178"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="157"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="158"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_detail.py" line="159"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="147"/>
        <source>Drawing charts</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="161"/>
        <source>Customers ready</source>
        <translation>客户分析已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="175"/>
        <source>Open a shop to see its customers.</source>
        <translation>打开一个店铺以查看其客户。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="178"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="179"/>
        <source>Compute the customer analyses again.</source>
        <translation>重新计算客户分析。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="196"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="197"/>
        <location filename="../../gui/tabs/customers_tab.py" line="305"/>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="198"/>
        <location filename="../../gui/tabs/customers_tab.py" line="306"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="199"/>
        <location filename="../../gui/tabs/customers_tab.py" line="307"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="234"/>
        <source>The customer analyses run when you open this tab.</source>
        <translation>打开此页时将运行客户分析。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="236"/>
        <source>Analysing your customers… (this takes a few seconds)</source>
        <translation>正在分析您的客户…（需要几秒钟）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="238"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="240"/>
        <source>Cancelled. Press Refresh to analyse the customers.</source>
        <translation>已取消。按“刷新”重新分析客户。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="242"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="260"/>
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="262"/>
        <source>as of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="266"/>
        <source>the purchase model (BG/NBD)</source>
        <translation>购买模型（BG/NBD）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="268"/>
        <source>the learnt churn model</source>
        <translation>训练所得的流失模型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="272"/>
        <source>churn risk checked on {date}: AUC {auc} (purchase model {baseline}); {judge} ranks the customers</source>
        <translation>流失风险已于 {date} 检验：AUC {auc}（购买模型 {baseline}）；由{judge}为客户排序</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="284"/>
        <source>Customers who bought something up to this day. Customers whose lines are all returns are left out (they have no purchase to analyse); the Overview counts them, so its figure can be higher.</source>
        <translation>截至这一天买过东西的客户。订单行全是退货的客户不计入（他们没有可分析的购买）；概览会计入他们，所以概览的数字可能更高。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="290"/>
        <location filename="../../gui/tabs/customers_tab.py" line="296"/>
        <source>{part}: {reason}</source>
        <translation>{part}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="308"/>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="309"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
</context>
<context>
    <name>DataFrameView</name>
    <message>
        <location filename="../../gui/widgets/table_view.py" line="42"/>
        <source>Copy</source>
        <extracomment>Rows whose text sets a column&apos;s width: the first ones (what the user sees first) and as many spread evenly over the rest (a long name further down still fits). Room around the text: cell margins, and the header&apos;s sort arrow.</extracomment>
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
        <location filename="../../gui/labels.py" line="223"/>
        <location filename="../../gui/labels.py" line="224"/>
        <source>, </source>
        <extracomment>How many of a file&apos;s columns an error message names before &quot;and N more&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="226"/>
        <source> and {count} more</source>
        <translation> 等另外 {count} 列</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="229"/>
        <source>This file cannot be imported yet: no column was found for {fields}. Pick the column for each in the table on the left (What each column means), then import again.</source>
        <translation>此文件暂时无法导入：没有找到{fields}所在的列。请在左侧表格（“每一列的含义”）中为它们各选一列，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="236"/>
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
        <source>order date after the day of the import</source>
        <translation>订单日期晚于导入当天</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50"/>
        <source>order date before 1990 (the rest of the file is recent)</source>
        <translation>订单日期早于1990年（文件其余部分是近期的）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="51"/>
        <source>amount, quantity or price not a finite number or beyond any real sale</source>
        <translation>金额、数量或价格不是有限数字，或超出任何真实销售</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="54"/>
        <source>negative unit price (accounting adjustment)</source>
        <translation>单价为负（会计调整）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="55"/>
        <source>zero-value line without a customer (stock adjustment or till correction)</source>
        <translation>没有客户的零金额行（库存调整或收银更正）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="58"/>
        <source>zero-value line of a customer that is no sale (a free item given back)</source>
        <translation>客户的零金额行，但不是销售（退回的赠品）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="61"/>
        <source>Every line of this file was already in the shop: nothing new was added.</source>
        <translation>此文件的每一行都已在店铺中：没有新增任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="64"/>
        <source>There are no orders to summarise yet: import an order export.</source>
        <translation>还没有可汇总的订单：请先导入订单导出文件。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="65"/>
        <source>The file has no customer column, so customers cannot be counted.</source>
        <translation>文件中没有客户列，因此无法统计客户。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="66"/>
        <source>The file has no quantity column, so units sold are not known.</source>
        <translation>文件没有数量列，因此售出件数未知。</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="67"/>
        <source>Fees and adjustments (marketplace fees, bank charges, manual credits, discounts, postage given back) are shown apart from product returns.</source>
        <translation>费用与调整（平台费用、银行手续费、手工冲减、折扣、退还的邮费）与商品退货分开显示。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../gui/files.py" line="45"/>
        <source>Order exports</source>
        <translation>订单导出文件</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="47"/>
        <location filename="../../gui/files.py" line="56"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="54"/>
        <source>ShopLens shops</source>
        <translation>ShopLens 店铺</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="19"/>
        <source>gradient boosting across products</source>
        <translation>跨商品梯度提升</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="20"/>
        <source>exponential smoothing</source>
        <translation>指数平滑</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="21"/>
        <source>TSB (occasional sales)</source>
        <translation>TSB（偶发销售）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="22"/>
        <source>Croston (occasional sales)</source>
        <translation>Croston（偶发销售）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="23"/>
        <location filename="../../gui/widgets/forecast_words.py" line="25"/>
        <location filename="../../gui/widgets/forecast_words.py" line="26"/>
        <source>moving average</source>
        <translation>移动平均</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="27"/>
        <source>seasonal naive</source>
        <translation>季节性朴素预测</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="28"/>
        <source>gradient boosting averaged with a simpler forecast</source>
        <translation>梯度提升与简单预测的平均</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="31"/>
        <source>the last day</source>
        <translation>最近一天</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="32"/>
        <source>the last week</source>
        <translation>最近一周</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="33"/>
        <source>the last month</source>
        <translation>最近一个月</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="34"/>
        <source>the same weekday last week</source>
        <translation>上周同一天</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="35"/>
        <source>the same week last year</source>
        <translation>去年同一周</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="36"/>
        <source>the same month last year</source>
        <translation>去年同一月</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="39"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="40"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="41"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="61"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="62"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="63"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="64"/>
        <source>Demand per day</source>
        <translation>日需求量</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="65"/>
        <source>Stock on hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="66"/>
        <source>Lead time (days)</source>
        <translation>交货周期（天）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="67"/>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="68"/>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="69"/>
        <source>Order quantity</source>
        <translation>订货量</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="70"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="71"/>
        <source>Order now</source>
        <translation>立即补货</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="90"/>
        <source>There is not enough varied history to measure the accuracy yet; the forecast is a best guess.</source>
        <translation>历史数据还不够丰富，暂时无法衡量准确度；目前的预测只是尽力估计。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="97"/>
        <source>On your own past sales, forecasting {ahead} ahead, this forecast was {percent} more accurate than repeating {baseline}.</source>
        <translation>在您过去的销售数据上提前 {ahead} 预测时，此预测的准确度比重复{baseline}的销量高 {percent}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="103"/>
        <source>On your own past sales, forecasting {ahead} ahead, this forecast was {percent} less accurate than repeating {baseline}.</source>
        <translation>在您过去的销售数据上提前 {ahead} 预测时，此预测的准确度比重复{baseline}的销量低 {percent}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="109"/>
        <source>On your own past sales, forecasting {ahead} ahead, this forecast was as accurate as repeating {baseline}.</source>
        <translation>在您过去的销售数据上提前 {ahead} 预测时，此预测与重复{baseline}的销量一样准确。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="121"/>
        <source>Method: {method} (chosen by testing on your past sales).</source>
        <translation>方法：{method}（用您过去的销售数据测试后选出）。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="132"/>
        <source>This series: MASE {mase} against {baseline} for the simple repeat (lower is better); typical error {wape} of sales.</source>
        <translation>此项：MASE 为 {mase}，简单重复为 {baseline}（越低越好）；典型误差为销售的 {wape}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="144"/>
        <source>This series has too little varied history to score on its own.</source>
        <translation>此项的历史数据不够丰富，无法单独评分。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/forecast_words.py" line="149"/>
        <source>The darker band held {coverage} of past values (it aims at 80%).</source>
        <translation>颜色较深的区间覆盖了 {coverage} 的历史值（目标为 80%）。</translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="104"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="105"/>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="106"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="112"/>
        <source>Search a product or category…</source>
        <translation>搜索商品或类目…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="117"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="118"/>
        <source>Days</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="119"/>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="120"/>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="125"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="131"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="134"/>
        <source>Forecast for:</source>
        <translation>预测对象：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="137"/>
        <source>Periods:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="159"/>
        <source>Open a shop to see its forecast.</source>
        <translation>打开一个店铺以查看其预测。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="207"/>
        <source>The forecast is computed when you open this tab.</source>
        <translation>打开此页时将计算预测。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="209"/>
        <source>Testing forecasts on your past sales…</source>
        <translation>正在用您过去的销售数据测试预测…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="213"/>
        <source>The forecast was cancelled. Press Refresh to run it.</source>
        <translation>预测已取消。按“刷新”重新运行。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/forecast_tab.py" line="250"/>
        <source>Nothing to forecast at this level.</source>
        <translation>此层级没有可预测的内容。</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../gui/labels.py" line="83"/>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="84"/>
        <source>tab-separated text</source>
        <translation>制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="85"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="86"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="87"/>
        <source>Excel workbook (.xlsm)</source>
        <translation>Excel 工作簿 (.xlsm)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="88"/>
        <source>Excel 97-2003 workbook (.xls)</source>
        <translation>Excel 97-2003 工作簿 (.xls)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="89"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 电子表格 (.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="93"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="94"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="95"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="96"/>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="97"/>
        <source>spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="114"/>
        <location filename="../../gui/labels.py" line="115"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="116"/>
        <source>GB18030 (Simplified Chinese)</source>
        <translation>GB18030（简体中文）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="117"/>
        <location filename="../../gui/labels.py" line="118"/>
        <source>GBK (Simplified Chinese)</source>
        <translation>GBK（简体中文）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="119"/>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="120"/>
        <source>Windows Western (cp1252)</source>
        <translation>Windows 西欧 (cp1252)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="121"/>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="162"/>
        <source>, gzip-compressed</source>
        <translation>，gzip 压缩</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="104"/>
        <source>How the group&apos;s typical customer differs from the rest.</source>
        <translation>该群组的典型客户与其他客户的区别。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="105"/>
        <source>How many customers fall in the group.</source>
        <translation>该群组中的客户数。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="106"/>
        <source>Typical (median) days since the group&apos;s last order.</source>
        <translation>该群组距上次下单的典型（中位数）天数。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="107"/>
        <source>Typical number of days on which they bought.</source>
        <translation>他们有购买的典型天数。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="108"/>
        <source>Typical net spend, after returns.</source>
        <translation>扣除退货后的典型净消费额。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="109"/>
        <source>Typical value of one order.</source>
        <translation>单笔订单的典型金额。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="113"/>
        <source>The customer groups appear here.</source>
        <translation>客户群组将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="136"/>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="137"/>
        <source>In words</source>
        <translation>特征描述</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="138"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="139"/>
        <source>Days since last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="140"/>
        <source>Purchase days</source>
        <translation>购买天数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="141"/>
        <source>Net spend</source>
        <translation>净消费额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="142"/>
        <source>Average order</source>
        <translation>平均订单金额</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="43"/>
        <source>{count} files imported into {shop}.</source>
        <translation>已将 {count} 个文件导入{shop}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="47"/>
        <source>{done} of {total} files imported into {shop}.</source>
        <translation>已将 {total} 个文件中的 {done} 个导入{shop}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="54"/>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} 未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="61"/>
        <source>Not imported: {files} (the Import tab says why).</source>
        <translation>未导入：{files}（原因见“导入”页）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="65"/>
        <source>Import cancelled; not imported: {files}.</source>
        <translation>导入已取消；未导入：{files}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="138"/>
        <source>no column was found for {fields}.</source>
        <translation>没有找到{fields}所在的列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_batch.py" line="142"/>
        <source>the import could not start.</source>
        <translation>导入无法开始。</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="38"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="40"/>
        <source>New lines imported</source>
        <translation>新导入行数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="44"/>
        <source>Brought up to date</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="48"/>
        <source>Already in this shop</source>
        <translation>店铺中已有</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="51"/>
        <source>Left out</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="56"/>
        <source>Taken out (orders cancelled since)</source>
        <translation>已移除(之后取消的订单)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="66"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="71"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="73"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="74"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="78"/>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="79"/>
        <source>Order dates</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="80"/>
        <source>Gross sales</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="81"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="86"/>
        <source>Fees and adjustments</source>
        <translation>费用与调整</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="91"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="113"/>
        <source>Imported {file}</source>
        <translation>已导入 {file}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="126"/>
        <source>separated by {delimiter}</source>
        <translation>以{delimiter}分隔</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="131"/>
        <source>sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="134"/>
        <source>recognised as {layout}</source>
        <translation>识别为 {layout}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="140"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="146"/>
        <source>Why rows were left out</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="156"/>
        <source>In this file</source>
        <translation>此文件中</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_report_view.py" line="166"/>
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
        <location filename="../../gui/tabs/import_tab.py" line="156"/>
        <source>Choose one or more order exports</source>
        <translation>选择一个或多个订单导出文件</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="180"/>
        <source>An import is running: add the files again once it has finished.</source>
        <translation>正在导入：请在完成后再添加这些文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="228"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="237"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="186"/>
        <source>encoding {encoding}</source>
        <translation>编码 {encoding}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="192"/>
        <source>separated by {delimiter}</source>
        <translation>以{delimiter}分隔</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="197"/>
        <source>no header row</source>
        <translation>没有标题行</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="199"/>
        <source>header on row {row}</source>
        <translation>标题在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="202"/>
        <source>recognised as {layout}</source>
        <translation>识别为 {layout}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="208"/>
        <source>using the columns you confirmed for this layout before</source>
        <translation>使用您之前为此格式确认的列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="279"/>
        <source>Still needed before importing: {fields}. Pick the column for each above.</source>
        <translation>导入前还需要：{fields}。请在上方为每一项选择对应的列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="284"/>
        <source>Every needed column is found.</source>
        <translation>所有必需的列都已找到。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/import_page.py" line="120"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="342"/>
        <source>{file}: {count} new order lines imported into {shop}.</source>
        <translation>{file}：已将 {count} 条新订单行导入{shop}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="347"/>
        <source>{count} lines already there were brought up to date.</source>
        <translation>{count} 条已有的行已更新。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="402"/>
        <source>Cancel came too late: the import had already been saved ({count} new order lines).</source>
        <translation>取消得太晚：导入已经保存（新增 {count} 条订单明细）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="374"/>
        <location filename="../../gui/tabs/import_tab.py" line="406"/>
        <source>Import cancelled. Nothing was changed in your shop.</source>
        <translation>导入已取消。您的店铺没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/import_tab.py" line="413"/>
        <source>Pick a column for each needed field first.</source>
        <translation>请先为每个必需的字段选择一列。</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="49"/>
        <source>{file} was removed: {count} order lines it added are out.</source>
        <translation>{file} 已移除：它添加的 {count} 条订单明细已删除。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="55"/>
        <source>{count} lines it updated have their earlier values again.</source>
        <translation>它更新过的 {count} 条明细已恢复为原来的值。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="61"/>
        <source>{count} lines it updated were changed again by a later import, so they keep their current values: their earlier values cannot be put back exactly.</source>
        <translation>它更新过的 {count} 条明细后来又被之后的导入更改，因此保留当前的值：无法准确恢复原来的值。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="69"/>
        <source>{count} lines of orders it showed as cancelled are back.</source>
        <translation>它标为已取消的订单中的 {count} 条明细已恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="85"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="94"/>
        <source>Every file imported into this shop. Removing an import takes out the order lines it added and gives the lines it updated their earlier values back.</source>
        <translation>导入本店铺的每个文件。移除一次导入会删除它添加的订单明细，并把它更新过的明细恢复为原来的值。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="104"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="105"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="106"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="107"/>
        <source>Lines added</source>
        <translation>新增明细</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="108"/>
        <source>Lines updated</source>
        <translation>更新明细</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="109"/>
        <source>Lines withdrawn</source>
        <translation>撤回明细</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="124"/>
        <source>Remove this import…</source>
        <translation>移除这次导入…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="176"/>
        <source>Remove an import</source>
        <translation>移除导入</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="178"/>
        <source>Take {file} out of the shop? Its {count} order lines go, and the lines it updated get their earlier values back. The analyses are computed again.</source>
        <translation>要从店铺中移除 {file} 吗？它的 {count} 条订单明细将被删除，它更新过的明细将恢复为原来的值。各项分析会重新计算。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="184"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/imports_dialog.py" line="192"/>
        <source>Removing the import…</source>
        <translation>正在移除导入…</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../gui/widgets/kpi_card.py" line="46"/>
        <source>no earlier figure to compare</source>
        <extracomment>A rise beyond this (+1,000%) is against a near-empty period: &quot;new&quot; says more than ▲36111%. What a card shows for a figure the data cannot give (not 0: zero would be a claim).</extracomment>
        <translation>没有更早的数据可比较</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kpi_card.py" line="50"/>
        <source>▲ new: next to nothing in {period}</source>
        <translation>▲ 新增：{period} 几乎为零</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kpi_card.py" line="56"/>
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
        <location filename="../../gui/main_window.py" line="90"/>
        <source>Import</source>
        <extracomment>How long a message stays in the status bar (milliseconds).</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="91"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="95"/>
        <source>ShopLens could not load a tab</source>
        <translation>ShopLens 无法加载标签页</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>What the numbers mean</source>
        <translation>数字的含义</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="106"/>
        <source>P(alive), churn risk, AUC, MASE, bands, RFM, lift (F1)</source>
        <translation>存活概率、流失风险、AUC、MASE、区间、RFM、提升度（F1）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="204"/>
        <source>The demo shop was not prepared. You can import your own orders.</source>
        <translation>演示店铺未准备好。您可以导入自己的订单。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="207"/>
        <source>The demo shop could not be prepared</source>
        <translation>无法准备演示店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214"/>
        <source>{shop} (sample orders) — ShopLens</source>
        <translation>{shop}（示例订单）— ShopLens</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>{shop}: sample orders, not yours. Your imports go into {own}.</source>
        <translation>{shop}：示例订单，不是您的订单。您导入的文件会进入{own}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="286"/>
        <source>An import is running: drop {file} again once it has finished.</source>
        <translation>正在导入：请在完成后再拖入 {file}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="373"/>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/task_status.py" line="31"/>
        <source>Cancel</source>
        <extracomment>A task shows its progress in the status bar only once it has run this long (milliseconds).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156"/>
        <source>Preparing the demo shop…</source>
        <translation>正在准备演示店铺…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Preparing a demo shop from real sample orders, so you can look around before importing your own…</source>
        <translation>正在用真实的样本订单准备演示店铺，您可以在导入自己的订单前先看看…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>This shop cannot be opened</source>
        <translation>无法打开此店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="221"/>
        <source>{shop} — ShopLens</source>
        <translation>{shop} — ShopLens</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>Shop: {shop}</source>
        <translation>店铺：{shop}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>{count} order lines</source>
        <translation>{count} 条订单明细</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>Create a new shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="257"/>
        <source>New shop</source>
        <translation>新店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>The shop could not be created</source>
        <translation>无法创建店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>Open a shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="344"/>
        <source>This file cannot be imported</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>ShopLens cannot read {files}. It imports order exports saved as CSV, TSV or TXT (also .gz-compressed) and Excel or OpenDocument workbooks ({patterns}). Export the orders in one of these formats and drop that file.</source>
        <translation>ShopLens 无法读取 {files}。它可以导入保存为 CSV、TSV 或 TXT（也可以是 .gz 压缩）以及 Excel 或 OpenDocument 工作簿（{patterns}）的订单导出文件。请以其中一种格式导出订单，然后拖入该文件。</translation>
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
        <location filename="../../gui/labels.py" line="75"/>
        <source>known export layout</source>
        <translation>已知导出格式</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76"/>
        <source>column name</source>
        <translation>列名</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="77"/>
        <source>guessed from the values</source>
        <translation>根据数值推测</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="78"/>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="79"/>
        <source>your choice last time</source>
        <translation>您上次的选择</translation>
    </message>
</context>
<context>
    <name>NumbersHelp</name>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="23"/>
        <source>P(alive)</source>
        <extracomment>(anchor, title, paragraph), in the order of the page. The texts go through translate().</extracomment>
        <translation>存活概率 P(alive)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="24"/>
        <source>The chance that a customer still buys from you at all, from the rhythm of their past orders (the BG/NBD model). Someone who bought every month and has not come back for half a year gets a low P(alive); someone who buys twice a year and ordered two months ago keeps a high one. Use it to tell lapsed customers from merely slow ones.</source>
        <translation>根据客户过去下单的节奏（BG/NBD 模型）估计，客户仍会在您这里购买的概率。每月都买、却已半年没有回来的客户，存活概率低；一年买两次、两个月前刚下过单的客户，存活概率仍然高。用它来区分已经流失的客户和只是买得慢的客户。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="34"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="35"/>
        <source>The chance that a customer places no order in the next 90 days, learned from your own customers&apos; history. Low is below 40%, high is from 70%. The &apos;why&apos; column names what weighed most, such as a long time since the last order or fewer purchase days than usual. Customers with a high risk and a high 12-month value are the ones worth a message first.</source>
        <translation>客户在未来 90 天内不再下单的概率，由您自己客户的历史学习得出。低于 40% 为低，70% 及以上为高。“原因”一列写出影响最大的因素，例如距上次下单已很久，或购买天数比平常少。流失风险高且 12 个月价值高的客户，最值得优先联系。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="46"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="47"/>
        <source>How well the churn risk tells apart, on your own past data, the customers who came back from those who did not: 0.5 is a coin toss, 1.0 is never wrong. Above 0.7 the ranking is useful; above 0.8 it is good. It is measured on a period the model did not learn from.</source>
        <translation>在您自己的历史数据上，流失风险区分回购客户与未回购客户的能力：0.5 相当于抛硬币，1.0 表示从不出错。高于 0.7 时排序有用，高于 0.8 时效果好。它是在模型没有学习过的时间段上测得的。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="57"/>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="58"/>
        <source>How far the forecast was off on your own history, compared with the simplest forecast: &apos;the same as the same week last year&apos; (or last week). Below 1 the forecast beats that simple rule; 0.8 means its errors were 20% smaller. Above 1, trust the simple rule more.</source>
        <translation>在您自己的历史上，预测的误差与最简单的预测（“与去年同一周相同”或“与上周相同”）相比有多大。低于 1 表示预测胜过这个简单规则；0.8 表示误差小 20%。高于 1 时，应更相信简单规则。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="68"/>
        <source>80% and 95% bands</source>
        <translation>80% 和 95% 区间</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="69"/>
        <source>The shaded areas around a forecast. If the future behaves like the past, the real sales fall inside the darker 80% band four weeks out of five, and inside the lighter 95% band nineteen weeks out of twenty. A wide band means the product sells unevenly: keep more safety stock.</source>
        <translation>预测周围的阴影区域。如果未来与过去相似，实际销量五周中有四周落在颜色较深的 80% 区间内，二十周中有十九周落在颜色较浅的 95% 区间内。区间越宽，说明商品销量越不稳定：应多备安全库存。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="79"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="80"/>
        <source>Recency (days since the last order), Frequency (days on which the customer bought) and Monetary value (net spend), each scored 1 to 5 against your other customers. The segments (Champions, Loyal, At risk, Hibernating…) are named from these scores and come with advice on what to offer each group.</source>
        <translation>最近一次消费（距上次下单的天数）、消费频率（客户购买的天数）和消费金额（净消费），每项与您的其他客户相比打 1 到 5 分。各分群（冠军客户、忠诚客户、有流失风险、休眠客户……）依据这些分数命名，并附有针对每个群体的营销建议。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="90"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="91"/>
        <source>How much more often two products are bought together than if customers picked them independently. A lift of 3 means the pair appears in baskets three times as often as chance would have it; 1 means no link at all. Pairs with a high lift and enough baskets make good bundles and &apos;also bought&apos; suggestions.</source>
        <translation>两件商品被一起购买的频率，比客户各自独立挑选时高出多少倍。提升度为 3 表示这对商品一起出现在购物篮中的次数是偶然情况下的三倍；1 表示毫无关联。提升度高且购物篮数量足够的组合，适合做套装和“还买了”推荐。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/numbers_help.py" line="122"/>
        <location filename="../../gui/dialogs/numbers_help.py" line="137"/>
        <source>What the numbers mean</source>
        <extracomment>The paragraph each tab opens at.</extracomment>
        <translation>数字的含义</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="104"/>
        <source>Drawing charts</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="107"/>
        <source>Overview ready</source>
        <translation>概览已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="114"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="115"/>
        <source>Gross sales</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="116"/>
        <source>Returns and refunds</source>
        <translation>退货和退款</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="117"/>
        <source>Fees and adjustments</source>
        <translation>费用与调整</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="118"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="119"/>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="120"/>
        <source>Units sold</source>
        <translation>售出件数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="121"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="122"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="123"/>
        <source>Returning customers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="132"/>
        <source>week of {date}</source>
        <translation>{date} 当周</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="166"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="167"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="168"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="177"/>
        <source>Days:</source>
        <translation>日期范围：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="181"/>
        <source>Compare by:</source>
        <translation>比较周期：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="207"/>
        <location filename="../../gui/tabs/overview_tab.py" line="258"/>
        <source>The sales chart appears here.</source>
        <translation>销售图表将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="208"/>
        <location filename="../../gui/tabs/overview_tab.py" line="259"/>
        <source>The orders chart appears here.</source>
        <translation>订单图表将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="221"/>
        <source>Open a shop to see its overview.</source>
        <translation>打开一个店铺以查看其概览。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="248"/>
        <source>Adding up your sales…</source>
        <translation>正在汇总您的销售数据…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="288"/>
        <source>This shop has no orders yet: import a file first.</source>
        <translation>此店铺还没有订单：请先导入文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="291"/>
        <source>Last complete {period}: {label}</source>
        <translation>最近一个完整的{period}：{label}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="295"/>
        <source>No complete {period} in the data yet</source>
        <translation>数据中还没有完整的{period}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="300"/>
        <source>{period_text} · orders from {start} to {end}{currency}</source>
        <translation>{period_text} · 订单日期 {start} 至 {end}{currency}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="320"/>
        <source>all orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="341"/>
        <source>{choice}: {start} to {end}</source>
        <translation>{choice}：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="354"/>
        <source>A year earlier: {value}</source>
        <translation>去年同期：{value}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="356"/>
        <source>A year earlier: not in the data</source>
        <translation>去年同期：数据中没有</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="361"/>
        <source>a year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="377"/>
        <source>Unknown: the orders have no customer column.</source>
        <translation>未知：订单中没有客户列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="382"/>
        <source>Unknown: the orders have no quantity column.</source>
        <translation>未知：订单中没有数量列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="387"/>
        <source>All orders: unknown</source>
        <translation>全部订单：未知</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="389"/>
        <source>All orders: {value} bought only once</source>
        <translation>全部订单：{value} 位只购买过一次</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="393"/>
        <source>All orders: {value} came back</source>
        <translation>全部订单：{value} 位再次购买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="394"/>
        <source>All orders: {value}</source>
        <translation>全部订单：{value}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/overview_tab.py" line="398"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../gui/labels.py" line="103"/>
        <source>Shopify orders</source>
        <translation>Shopify 订单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="104"/>
        <source>WooCommerce orders</source>
        <translation>WooCommerce 订单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="105"/>
        <source>Amazon order report</source>
        <translation>亚马逊订单报告</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="106"/>
        <source>Taobao/Tmall orders</source>
        <translation>淘宝/天猫订单</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="107"/>
        <source>Tmall order report</source>
        <translation>天猫订单报告</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="108"/>
        <source>JD orders</source>
        <translation>京东订单</translation>
    </message>
</context>
<context>
    <name>RangePanel</name>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="122"/>
        <source>Last complete period</source>
        <translation>最近一个完整周期</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="123"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="124"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="125"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="126"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="127"/>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="131"/>
        <source>The days the cards and tables add up; they end on the last order day.</source>
        <translation>卡片和表格所汇总的日期，截至最后一个订单日。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="151"/>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="152"/>
        <source>Top countries</source>
        <translation>主要国家/地区</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="153"/>
        <source>Top channels</source>
        <translation>主要渠道</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="222"/>
        <source>Adding up the chosen days…</source>
        <translation>正在汇总所选日期…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="258"/>
        <location filename="../../gui/widgets/range_panel.py" line="278"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="259"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="260"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="270"/>
        <source>Gross sales</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="271"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="272"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="273"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="282"/>
        <source>{start} to {end} ({days} days)</source>
        <translation>{start} 至 {end}（{days} 天）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="286"/>
        <source>Top of {start} to {end}</source>
        <translation>{start} 至 {end} 的排行</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="290"/>
        <source>, compared with {start} to {end}</source>
        <translation>，对比 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="295"/>
        <source>: no comparison with the year before, the orders start on {start}</source>
        <translation>：无法与去年同期比较，订单从 {start} 开始</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="298"/>
        <source> · the orders end on {end}, before the range does</source>
        <translation> · 订单截至 {end}，早于所选范围的结束日</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/range_panel.py" line="306"/>
        <source>Customers: {overview} have an order line here; the Customers tab counts {bought} ({only_returns} only sent goods back, so they have no purchase to analyse); the Recommendations tab counts {kept} ({returned} more returned everything they bought).</source>
        <translation>客户数：这里有订单行的客户为 {overview} 位；“客户”页统计 {bought} 位（其中 {only_returns} 位只有退货，没有可分析的购买）；“推荐”页统计 {kept} 位（另有 {returned} 位退回了所买的全部商品）。</translation>
    </message>
</context>
<context>
    <name>RecommendTab</name>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="19"/>
        <source>no customer</source>
        <translation>没有客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="22"/>
        <source>1 customer in {n}</source>
        <translation>每 {n} 位客户中有 1 位</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="110"/>
        <source>Recommendations ready</source>
        <translation>推荐已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="128"/>
        <source>Open a shop to see its recommendations.</source>
        <translation>打开一个店铺以查看其推荐。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="131"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="141"/>
        <source>How often the lists were right.</source>
        <translation>推荐列表的准确度。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="174"/>
        <source>Pick a product</source>
        <translation>选择商品</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="175"/>
        <source>Search products…</source>
        <translation>搜索商品…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="193"/>
        <source>Pick a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="194"/>
        <source>Search customers…</source>
        <translation>搜索客户…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="229"/>
        <source>Not computed yet.</source>
        <translation>尚未计算。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="230"/>
        <source>Recommendations are computed when you open this tab.</source>
        <translation>打开此页时将计算推荐。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="232"/>
        <source>Finding what sells together…</source>
        <translation>正在查找经常一起购买的商品…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="235"/>
        <source>Measuring how often the lists were right…</source>
        <translation>正在衡量推荐列表的准确度…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="253"/>
        <source>Nothing to measure yet.</source>
        <translation>暂时没有可衡量的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="259"/>
        <source>{products} products, {customers} customers with a purchase history.</source>
        <translation>{products} 个商品，{customers} 位有购买记录的客户。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="266"/>
        <source>Customers who kept at least one product. A customer who returned everything they bought has nothing to recommend from, so this figure can be lower than the Customers tab&apos;s.</source>
        <translation>至少留下了一件商品的客户。退回了所买全部商品的客户没有可用来推荐的购买记录，所以这个数字可能低于“客户”页的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="96"/>
        <source>{customer} — {n} products bought</source>
        <extracomment>The pickers&apos; (label, key) entries, best sellers and best customers first: written in the worker, since thousands of labels cost the window a tenth of a second. The list of the customer shown first (customers[0]), also made in the worker.</extracomment>
        <translation>{customer} — 购买过 {n} 个商品</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="239"/>
        <source>Cancelled. Press Refresh to compute the recommendations.</source>
        <translation>已取消。按“刷新”重新计算推荐。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="48"/>
        <source>How often these lists are right cannot be measured yet: {why}</source>
        <translation>暂时无法衡量这些推荐列表的准确度：{why}</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="51"/>
        <source>&lt;b&gt;Over the last {months} months&lt;/b&gt; ({start} to {end}), {ours} bought something from our top 10, against {popular} for the best-seller list.</source>
        <translation>&lt;b&gt;在最近 {months} 个月&lt;/b&gt;（{start} 至 {end}）中，{ours}购买了我们推荐前 10 名中的商品，而畅销榜为{popular}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="62"/>
        <source>Measured on {n} customers who bought before {start}, with lists made only from orders before that day. Hit rate {hr:.0%} against {phr:.0%}; of every 10 products listed, {p:.1f} were bought against {pp:.1f}; the lists show {cov:.0%} of the catalogue, the best sellers {pcov:.1%}.</source>
        <translation>基于 {start} 之前有购买的 {n} 位客户衡量，推荐列表仅依据该日之前的订单生成。命中率 {hr:.0%}，畅销榜为 {phr:.0%}；每推荐 10 个商品中有 {p:.1f} 个被购买，畅销榜为 {pp:.1f} 个；推荐列表的商品覆盖率为 {cov:.0%}，畅销榜为 {pcov:.1%}。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="29"/>
        <source>bought with {product} by {n} customers</source>
        <translation>{n} 位客户与 {product} 一起购买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="21"/>
        <source>{n} customers in 10</source>
        <translation>每 10 位客户中有 {n} 位</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="32"/>
        <source>bought together by {n} customers</source>
        <translation>{n} 位客户一起购买</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="35"/>
        <source>similar to {product}, which they bought</source>
        <translation>与其购买过的 {product} 相似</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="38"/>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_words.py" line="39"/>
        <source>one of the best sellers ({n} customers)</source>
        <translation>畅销商品之一（{n} 位客户）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="323"/>
        <source>{product}: bought by {n} customers. Customers who bought it also bought:</source>
        <translation>{product}：{n} 位客户购买过。购买此商品的客户还购买了：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="328"/>
        <source>Similar product</source>
        <translation>相似商品</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="329"/>
        <location filename="../../gui/tabs/recommend_tab.py" line="375"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="341"/>
        <source>Not in enough orders with another product for a bought-together rule.</source>
        <translation>与其他商品同单购买的订单太少，无法形成经常一起购买规则。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="346"/>
        <source>In {conf:.0%} of the orders with it, customers also took &lt;b&gt;{other}&lt;/b&gt; ({lift:.1f}× more often than in orders at large; {n} orders).</source>
        <translation>在包含此商品的订单中，有 {conf:.0%} 同时购买了 &lt;b&gt;{other}&lt;/b&gt;（是全部订单平均水平的 {lift:.1f} 倍；{n} 笔订单）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="356"/>
        <source>Bought together:</source>
        <translation>经常一起购买：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="368"/>
        <source>The {n} products most worth showing customer {customer}:</source>
        <translation>最值得向客户 {customer} 展示的 {n} 个商品：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/recommend_tab.py" line="374"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>ReorderModel</name>
    <message>
        <location filename="../../gui/widgets/reorder_table.py" line="42"/>
        <source>Double-click to type a new figure</source>
        <translation>双击输入新数值</translation>
    </message>
</context>
<context>
    <name>ReorderPanel</name>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="123"/>
        <source>&lt;b&gt;What to reorder&lt;/b&gt;</source>
        <translation>&lt;b&gt;补货建议&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="132"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="135"/>
        <source>Only “order now”</source>
        <translation>仅显示“立即补货”</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="137"/>
        <source>Import stock…</source>
        <translation>导入库存…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="139"/>
        <source>A CSV or Excel file with a SKU column and a stock on hand column</source>
        <translation>包含 SKU 列和库存列的 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="142"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="146"/>
        <source>Service level:</source>
        <translation>服务水平：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="148"/>
        <source>Lead time:</source>
        <translation>交货周期：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="217"/>
        <source>Reorder points need products with enough sales history.</source>
        <translation>需要有足够销售历史的商品才能计算再订货点。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="227"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="236"/>
        <source>No stock figures yet: the table gives reorder points. Type the stock on hand into the table or import a stock file to see what to order now.</source>
        <translation>还没有库存数据：表中只给出再订货点。在表中输入库存或导入库存文件，即可查看哪些商品需要立即补货。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="242"/>
        <source>{urgent} of {products} products should be ordered now.</source>
        <translation>{products} 个商品中有 {urgent} 个应立即补货。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="284"/>
        <source>Import stock on hand</source>
        <translation>导入库存</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="286"/>
        <source>Stock files (*.csv *.txt *.xlsx *.xls *.ods)</source>
        <translation>库存文件 (*.csv *.txt *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="298"/>
        <source>Export the reorder table</source>
        <translation>导出补货表</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="300"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/reorder_panel.py" line="308"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../gui/report_export.py" line="52"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../gui/report_export.py" line="54"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/report_export.py" line="67"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>报告已取消，未写出任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/report_export.py" line="70"/>
        <source>Writing the report {file}…</source>
        <translation>正在写出报告 {file}…</translation>
    </message>
    <message>
        <location filename="../../gui/report_export.py" line="78"/>
        <source>Report written</source>
        <translation>报告已写出</translation>
    </message>
    <message>
        <location filename="../../gui/report_export.py" line="79"/>
        <source>{file} is ready: {sheets} sheets, {charts} charts.</source>
        <translation>{file} 已就绪：{sheets} 个工作表，{charts} 个图表。</translation>
    </message>
    <message>
        <location filename="../../gui/report_export.py" line="85"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="22"/>
        <source>{time} — {lines} order lines</source>
        <translation>{time} — {lines} 条订单明细</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="33"/>
        <location filename="../../gui/dialogs/restore.py" line="44"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="34"/>
        <source>There is no backup of {shop} yet. ShopLens keeps a copy of the shop before each import.</source>
        <translation>{shop} 还没有备份。ShopLens 会在每次导入之前保存一份店铺副本。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="45"/>
        <source>Put {shop} back as it was before an import. Orders imported since that copy will be gone from the shop (import those files again if you need them).</source>
        <translation>将 {shop} 恢复到某次导入之前的状态。此副本之后导入的订单将从店铺中移除（如需要，请重新导入这些文件）。</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../gui/results.py" line="59"/>
        <source>Computed on {when} from {lines} order lines</source>
        <translation>计算于 {when}，基于 {lines} 条订单明细</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="63"/>
        <source>, as of {day}</source>
        <translation>，截至 {day}</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="70"/>
        <source>Bought recently, often and for a lot: reward them and ask for reviews.</source>
        <translation>最近购买、购买频繁且消费高：给予回馈，并邀请他们评价。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="73"/>
        <source>Buy regularly: offer loyalty perks and upsell higher-value products.</source>
        <translation>定期购买：提供会员福利，并推荐更高价值的商品。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="76"/>
        <source>Recent and promising: invite them to a membership or a bundle.</source>
        <translation>近期购买且有潜力：邀请他们加入会员或购买套餐。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="77"/>
        <source>First order was recent: welcome them and help them to a second order.</source>
        <translation>最近首次下单：欢迎新客户，并促成第二笔订单。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="80"/>
        <source>Recent but small so far: build trust with offers on popular products.</source>
        <translation>近期购买但目前消费不多：用热门商品优惠建立信任。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="83"/>
        <source>Middling on every score: a limited-time offer can wake them up.</source>
        <translation>各项评分中等：限时优惠可以重新激活他们。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="86"/>
        <source>Slipping away: share popular products and a reason to come back.</source>
        <translation>正在流失：推送热门商品，给他们一个回来的理由。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="89"/>
        <source>Used to buy often, not lately: send a personal win-back message.</source>
        <translation>以前经常购买，最近没有：发送个性化的召回消息。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="92"/>
        <source>Your big spenders have gone quiet: reach out before a competitor does.</source>
        <translation>您的高消费客户已沉寂：赶在竞争对手之前联系他们。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="95"/>
        <source>Low and long ago: include them in general offers only.</source>
        <translation>消费低且久未购买：只需纳入常规促销。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customers_tab.py" line="96"/>
        <source>Lowest on every score: do not spend much on winning them back.</source>
        <translation>各项评分最低：不必花太多成本召回。</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="32"/>
        <source>Customers grouped by how recently, how often and how much they bought.</source>
        <translation>按最近购买时间、购买频率和消费金额对客户分群。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="34"/>
        <source>The segment&apos;s share of net revenue (after returns).</source>
        <translation>该分群占净销售额（扣除退货后）的比例。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="35"/>
        <source>How many customers fall in the segment.</source>
        <translation>该分群中的客户数。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="36"/>
        <source>What usually works with customers like these.</source>
        <translation>对这类客户通常有效的做法。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="45"/>
        <source>The segments appear here.</source>
        <translation>分群将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="67"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="68"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="69"/>
        <source>Revenue %</source>
        <translation>销售额占比 %</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/customer_pages.py" line="70"/>
        <source>What to do</source>
        <translation>建议做法</translation>
    </message>
</context>
<context>
    <name>Shop</name>
    <message>
        <location filename="../../gui/shop.py" line="50"/>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <location filename="../../gui/shop.py" line="52"/>
        <source>My shop</source>
        <translation>我的店铺</translation>
    </message>
    <message>
        <location filename="../../gui/shop.py" line="59"/>
        <source>Your file went into your own shop, {shop}; the demo shop stays as it was.</source>
        <translation>您的文件已导入您自己的店铺“{shop}”；演示店铺保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/shop.py" line="63"/>
        <source>Your files went into your own shop, {shop}; the demo shop stays as it was.</source>
        <translation>您的文件已导入您自己的店铺“{shop}”；演示店铺保持不变。</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../gui/tasks.py" line="163"/>
        <source>Something went wrong that ShopLens did not expect ({error}). {details} Please try again, or send us that file if it happens again.</source>
        <extracomment>Minimum seconds between two progress signals of one task.</extracomment>
        <translation>ShopLens 遇到了意外问题（{error}）。{details}请重试；如果再次发生，请把该文件发给我们。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gui/menus.py" line="46"/>
        <source>The report was not written</source>
        <extracomment>(code, name in its own language); &quot;&quot; follows the system.</extracomment>
        <translation>报告未写出</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="54"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="55"/>
        <source>&amp;New shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="57"/>
        <source>&amp;Open shop…</source>
        <translation>打开店铺(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="59"/>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="60"/>
        <source>Imp&amp;orts…</source>
        <translation>导入记录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="62"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="64"/>
        <source>&amp;Recent shops</source>
        <translation>最近的店铺(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="66"/>
        <source>Restore &amp;backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="70"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="71"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="75"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="82"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="83"/>
        <source>&amp;What the numbers mean</source>
        <translation>数字的含义(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="84"/>
        <source>&amp;About ShopLens</source>
        <translation>关于 ShopLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="103"/>
        <source>No shops opened yet</source>
        <translation>还没有打开过店铺</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="132"/>
        <source>Open a shop first.</source>
        <translation>请先打开一个店铺。</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="147"/>
        <source>An import is running: restore once it has finished.</source>
        <translation>正在导入：请在导入完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="153"/>
        <source>The backup could not be restored</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="157"/>
        <source>{shop} is back as it was on {time}.</source>
        <translation>{shop} 已恢复到 {time} 时的状态。</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="177"/>
        <source>About ShopLens</source>
        <translation>关于 ShopLens</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="179"/>
        <source>&lt;h3&gt;ShopLens {version}&lt;/h3&gt;&lt;p&gt;Sales, customer and forecast analytics for small online shops, on your own computer: your order files never leave it.&lt;/p&gt;&lt;p&gt;The demo shop uses a sample of the UCI Online Retail data set (Chen, Sain &amp;amp; Guo, 2012; CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopLens {version}&lt;/h3&gt;&lt;p&gt;面向小型网店的销售、客户和预测分析，完全在您自己的电脑上运行：您的订单文件不会离开这台电脑。&lt;/p&gt;&lt;p&gt;演示店铺使用 UCI Online Retail 数据集的样本（Chen, Sain &amp;amp; Guo, 2012；CC BY 4.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="189"/>
        <source>The language changes the next time ShopLens starts.</source>
        <translation>语言将在下次启动 ShopLens 时更改。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../gui/core_messages.py" line="11"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="12"/>
        <source>The last {period} ({label}) is not complete (the data end on {day}), so {current} is compared with the one before.</source>
        <translation>最近一{period}（{label}）尚不完整（数据截至 {day}），因此用 {current} 与前一{period}比较。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="13"/>
        <source>month</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="14"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="15"/>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="16"/>
        <source>week of {day}</source>
        <translation>{day} 当周</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="17"/>
        <source>The file has no customer column, so customers cannot be counted.</source>
        <translation>文件中没有客户列，因此无法统计客户数。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="18"/>
        <source>The file has no quantity column, so units sold are not known.</source>
        <translation>文件中没有数量列，因此无法得知销售件数。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="19"/>
        <source>Fees and adjustments (marketplace fees, bank charges, manual credits, discounts, postage given back) are shown apart from product returns.</source>
        <translation>费用和调整（平台费、银行手续费、手工贷记、折扣、退还的邮费）与商品退货分开列示。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="20"/>
        <source>{count:,} customers returned as much as they bought (net spend 0 or less); they score lowest on monetary value.</source>
        <translation>{count} 位客户的退货金额与购买金额相当（净消费为 0 或更低），他们的消费金额得分最低。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="21"/>
        <source>{reason} Values use the average net spend per purchase instead.</source>
        <translation>{reason} 价值改用每次购买的平均净消费计算。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="22"/>
        <source>The purchase model could not tell which customers have stopped buying from this shop&apos;s history (its dropout part collapsed: a = {a}, b = {b}, so it calls nearly everyone still active, even a penalised refit). Its chance of being active and its next-order dates are not to be trusted; use the churn risk to rank customers. Expected purchases and value still follow the overall rate.</source>
        <translation>购买模型无法从本店的历史中分辨哪些客户已不再购买（其流失部分退化：a = {a}，b = {b}，即使加惩罚重新拟合，也几乎把所有人都判为仍然活跃）。它给出的活跃概率和下次下单日期不可信，请用流失风险为客户排序。预期购买次数和价值仍按整体购买频率计算。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="23"/>
        <source>The purchase model&apos;s first fit called nearly every customer still active; it was refitted with an L2 penalty of {penalty}.</source>
        <translation>购买模型第一次拟合几乎把所有客户都判为仍然活跃，已用 L2 惩罚 {penalty} 重新拟合。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="24"/>
        <source>The purchase model (BG/NBD) calls nearly every customer still active on this shop&apos;s history, so it does not set the risk; the learnt model ranks customers.</source>
        <translation>根据本店的历史，购买模型（BG/NBD）几乎把所有客户都判为仍然活跃，因此不由它决定风险，改由学习得到的模型为客户排序。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="25"/>
        <source>On this shop&apos;s history the churn risk was little better than a guess (AUC {auc:.2f}, where 0.5 is chance): treat the risks as rough. A longer history or more returning customers usually helps.</source>
        <translation>在本店的历史数据上，流失风险只比随机猜测略好（AUC {auc}，0.5 相当于随机）：请把风险值当作粗略参考。更长的历史或更多回头客通常会有帮助。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="26"/>
        <source>In the {day} test, {observed:.0%} of customers did not come back against {expected:.0%} expected: how many come back changes through the year, so read the risks as a ranking first and as probabilities roughly.</source>
        <translation>在 {day} 的检验中，{observed} 的客户没有再回来，而预期为 {expected}：回头的客户比例随季节变化，因此请首先把风险看作排序，其次才是粗略的概率。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="27"/>
        <source>The purchase model (BG/NBD) ranked customers better than the learnt model on the test period, so it sets the risk; the reasons come from the learnt model.</source>
        <translation>在检验期内，购买模型（BG/NBD）对客户的排序优于学习得到的模型，因此由它决定风险；原因仍来自学习得到的模型。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="28"/>
        <source>{count:,} day</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="29"/>
        <source>{count:,} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="30"/>
        <source>no order for {days}</source>
        <translation>{days}未下单</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="31"/>
        <source>usually orders every {count:,}</source>
        <translation>通常每 {count} 天下单一次</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="32"/>
        <source>last order {days} ago</source>
        <translation>上次下单在 {days}前</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="33"/>
        <source>only one purchase day so far</source>
        <translation>迄今只有一个购买日</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="34"/>
        <source>orders every {days} on average</source>
        <translation>平均每 {days}下单一次</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="35"/>
        <source>only {count:,} purchase day</source>
        <translation>只有 {count} 个购买日</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="36"/>
        <source>only {count:,} purchase days</source>
        <translation>只有 {count} 个购买日</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="37"/>
        <source>{count:,} purchase day</source>
        <translation>{count} 个购买日</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="38"/>
        <source>{count:,} purchase days</source>
        <translation>{count} 个购买日</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="39"/>
        <source>no purchase in the last 90 days</source>
        <translation>最近 90 天没有购买</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="40"/>
        <source>{count:,} purchase day in the last 90 days</source>
        <translation>最近 90 天有 {count} 个购买日</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="41"/>
        <source>{count:,} purchase days in the last 90 days</source>
        <translation>最近 90 天有 {count} 个购买日</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="42"/>
        <source>customer for {days}</source>
        <translation>已成为客户 {days}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="43"/>
        <source>spent {amount:,.0f} in all</source>
        <translation>累计消费 {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="44"/>
        <source>average order {amount:,.0f}</source>
        <translation>平均订单金额 {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="45"/>
        <source>returned {share:.0%} of what they bought</source>
        <translation>退回了所购商品的 {share}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="46"/>
        <source>never returned anything</source>
        <translation>从未退货</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="47"/>
        <source>{count:,} lines of charges and fees (postage, carriage, marketplace fees, manual adjustments) are left out of the forecast: they are not products.</source>
        <translation>{count:,} 行费用与杂费（邮费、运费、平台费用、手工调整）未计入预测：它们不是商品。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="48"/>
        <source>The shop&apos;s lines are all charges and fees: there are no product sales to forecast.</source>
        <translation>店铺的明细全部是费用与杂费：没有可预测的商品销售。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="49"/>
        <source>{count:,} products with fewer than {least:,} sales are not forecast one by one (they still count in the total).</source>
        <translation>{count} 件销售少于 {least} 次的商品不单独预测（仍计入总量）。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="50"/>
        <source>No stock figures yet: only reorder points are given. Import a stock file (SKU and on-hand) or type the stock in the Forecast tab to see what to order now.</source>
        <translation>还没有库存数据：只给出再订货点。导入库存文件（SKU 和现有库存），或在“预测”选项卡中输入库存，即可看到现在要订多少货。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="51"/>
        <source>Never recommended (charges, fees and adjustments, or in most orders): {products}.</source>
        <translation>从不推荐（收费、费用和调整，或出现在大多数订单中）：{products}。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="52"/>
        <source>{count:,} order lines have no customer: they count for bought-together rules but give no customer a list.</source>
        <translation>{count} 条订单行没有客户：它们计入一起购买规则，但不会为任何客户生成推荐列表。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="53"/>
        <source>The purchase models could not be fitted on this shop, so the baselines use each customer&apos;s own purchase rate and the shop&apos;s average order value.</source>
        <translation>购买模型无法在本店拟合，因此基线采用每位客户自己的购买频率和店铺平均客单价。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="54"/>
        <source>Every date fits both day/month and month/day; they were read day first, like the earlier files of this layout in the shop ({file}).</source>
        <translation>每个日期既可按“日/月”也可按“月/日”读取；与店铺中此格式的早先文件（{file}）一样，按日在前读取。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="55"/>
        <source>Every date fits both day/month and month/day; they were read month first, like the earlier files of this layout in the shop ({file}).</source>
        <translation>每个日期既可按“日/月”也可按“月/日”读取；与店铺中此格式的早先文件（{file}）一样，按月在前读取。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="56"/>
        <source>{count:,} lines of orders that were cancelled after an earlier import were taken out of the shop.</source>
        <translation>{count} 条在早先导入后被取消的订单行已从店铺中移除。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="57"/>
        <source>{count:,} lines were already in the shop and have changed since (status, refund or discount): they were brought up to date.</source>
        <translation>{count} 行已在店铺中且之后有变化（状态、退款或折扣）：已更新为最新。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="58"/>
        <source>Every line of this file was already in the shop: nothing new was added.</source>
        <translation>此文件的每一行都已在店铺中：没有新增任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="59"/>
        <source>This file has no quantity column; quantities are left empty.</source>
        <translation>此文件没有数量列；数量留空。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="60"/>
        <source>{count:,} lines of closed orders had been paid (a payment time or a refund): they count as sales refunded in full, not as orders that never happened.</source>
        <translation>{count} 条已关闭订单的行曾经付款（有付款时间或退款）：它们计为全额退款的销售，而不是从未发生的订单。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="61"/>
        <source>{count:,} lines of value 0 sold to a known customer were kept as free items (they count as orders, not as sales).</source>
        <translation>{count} 条卖给已知客户的零金额行作为赠品保留（计为订单，不计为销售额）。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="62"/>
        <source>{count:,} lines have an order number made of &apos;C&apos; and an ordinary order number; they were read as cancelled sales given back (returns).</source>
        <translation>{count} 行的订单号由“C”加普通订单号组成；它们被读作已取消并退回的销售（退货）。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="63"/>
        <source>Delivery addresses were reduced to their province for the region.</source>
        <translation>收货地址已简化为省份，作为地区。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="64"/>
        <source>Order details given only on an order&apos;s first line were carried down to its other lines: {fields}.</source>
        <translation>只写在订单第一行的订单信息已沿用到该订单的其他行：{fields}。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="65"/>
        <source>{field} ({count:,} lines)</source>
        <translation>{field}（{count} 行）</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="66"/>
        <source>{count:,} order lines this file added were taken out of the shop.</source>
        <translation>此文件添加的 {count} 条订单行已从店铺中移除。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="67"/>
        <source>{count:,} lines it had brought up to date have their earlier values again.</source>
        <translation>它曾更新的 {count} 行已恢复为之前的值。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="68"/>
        <source>{count:,} lines it had brought up to date were changed again by a later import, so they keep their current values: their earlier values cannot be put back exactly.</source>
        <translation>它曾更新的 {count} 行又被之后的导入修改过，因此保留当前值：无法准确恢复之前的值。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="69"/>
        <source>{count:,} lines of orders it had shown as cancelled are back.</source>
        <translation>它曾标为已取消的 {count} 条订单行已恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="70"/>
        <source>The file is written in the {encoding} encoding; it was read as such.</source>
        <translation>文件采用 {encoding} 编码，已按此编码读取。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="71"/>
        <source>Skipped {count:,} title or blank line(s) above the header.</source>
        <translation>跳过了表头上方的 {count} 行标题或空行。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="72"/>
        <source>Skipped {count:,} title or blank line(s) above the first row of data.</source>
        <translation>跳过了第一行数据上方的 {count} 行标题或空行。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="73"/>
        <source>The first line holds data, not column names, so the columns are named Column 1, Column 2, ... Column {count}.</source>
        <translation>第一行是数据而不是列名，因此各列命名为“第 1 列”“第 2 列”……“第 {count} 列”。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="74"/>
        <source>The first line holds data, not column names, so the columns are named Column 1, Column 2.</source>
        <translation>第一行是数据而不是列名，因此各列命名为“第 1 列”“第 2 列”。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="75"/>
        <source>Some characters of the file could not be read in any encoding and show as &apos;�&apos;.</source>
        <translation>文件中有些字符无法用任何编码读取，显示为“�”。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="76"/>
        <source>{file} is an Excel workbook although its name says otherwise.</source>
        <translation>{file} 虽然文件名不像，但实际上是 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="77"/>
        <source>Skipped {count:,} title or blank row(s) at the top of the sheet.</source>
        <translation>跳过了工作表顶部的 {count} 行标题或空行。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="78"/>
        <source>The first row holds data, not column names: columns are named Column 1, ...</source>
        <translation>第一行是数据而不是列名：各列命名为“第 1 列”……</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="79"/>
        <source>Read the sheet &quot;{sheet}&quot; (the one that holds orders); also in the file: {others}.</source>
        <translation>已读取工作表“{sheet}”（包含订单的那张）；文件中还有：{others}。</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="80"/>
        <source>Adding up sales</source>
        <translation>正在汇总销售额</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="81"/>
        <source>Building the trend</source>
        <translation>正在生成趋势</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="82"/>
        <source>Overview ready</source>
        <translation>概览已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="83"/>
        <source>Finding each campaign&apos;s audience</source>
        <translation>正在确定每个活动的受众</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="84"/>
        <source>Valuing each campaign</source>
        <translation>正在评估每个活动的价值</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="85"/>
        <source>Campaigns ready</source>
        <translation>营销活动已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="86"/>
        <source>Fitting the purchase model</source>
        <translation>正在拟合购买模型</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="87"/>
        <source>Purchase model fitted</source>
        <translation>购买模型已拟合</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="88"/>
        <source>Calibrating the churn risk</source>
        <translation>正在校准流失风险</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="89"/>
        <source>Building churn features</source>
        <translation>正在生成流失特征</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="90"/>
        <source>Learning who comes back</source>
        <translation>正在学习哪些客户会回来</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="91"/>
        <source>Comparing with the purchase model</source>
        <translation>正在与购买模型比较</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="92"/>
        <source>Scoring every customer</source>
        <translation>正在为每位客户评分</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="93"/>
        <source>Finding the reasons</source>
        <translation>正在查找原因</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="94"/>
        <source>Churn risk ready</source>
        <translation>流失风险已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="95"/>
        <source>Weighing each customer&apos;s reasons</source>
        <translation>正在衡量每位客户的原因</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="96"/>
        <location filename="../../gui/tabs/customers_tab.py" line="145"/>
        <source>Putting the reasons into words</source>
        <translation>正在用文字描述原因</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="97"/>
        <source>Describing customer behaviour</source>
        <translation>正在描述客户行为</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="98"/>
        <source>Trying {count} groups</source>
        <translation>正在尝试分成 {count} 组</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="99"/>
        <source>Groups ready</source>
        <translation>客户群组已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="100"/>
        <source>Summarising customers</source>
        <translation>正在汇总客户</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="101"/>
        <source>Fitting the spend model</source>
        <translation>正在拟合消费模型</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="102"/>
        <source>Predicting purchases</source>
        <translation>正在预测购买</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="103"/>
        <source>Estimating next order dates</source>
        <translation>正在估计下次下单日期</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="104"/>
        <source>Lifetime value ready</source>
        <translation>生命周期价值已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="105"/>
        <source>Grouping customers by first month</source>
        <translation>正在按首购月份对客户分组</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="106"/>
        <source>Counting returning customers</source>
        <translation>正在统计回头客</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="107"/>
        <source>Cohorts ready</source>
        <translation>同期群已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="108"/>
        <source>Putting the customer table together</source>
        <translation>正在整理客户表</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="109"/>
        <source>Customers ready</source>
        <translation>客户分析已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="110"/>
        <source>Scoring customers</source>
        <translation>正在为客户评分</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="111"/>
        <source>Segments ready</source>
        <translation>分群已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="112"/>
        <source>Backtest: {method}, origin {number} of {count}</source>
        <translation>回测：{method}，第 {number} 个起点，共 {count} 个</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="113"/>
        <source>gradient boosting across products</source>
        <translation>跨商品梯度提升</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="114"/>
        <source>exponential smoothing</source>
        <translation>指数平滑</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="115"/>
        <source>TSB (occasional sales)</source>
        <translation>TSB（偶发销售）</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="116"/>
        <source>Croston (occasional sales)</source>
        <translation>Croston（偶发销售）</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="117"/>
        <source>moving average</source>
        <translation>移动平均</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="118"/>
        <source>moving average (short window)</source>
        <translation>移动平均（短窗口）</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="119"/>
        <source>moving average (long window)</source>
        <translation>移动平均（长窗口）</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="120"/>
        <source>seasonal naive</source>
        <translation>季节性朴素预测</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="121"/>
        <source>gradient boosting averaged with a simpler forecast</source>
        <translation>梯度提升与简单预测的平均</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="122"/>
        <source>Backtest done</source>
        <translation>回测完成</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="123"/>
        <source>Forecasting ahead</source>
        <translation>正在预测未来</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="124"/>
        <source>Forecast ready</source>
        <translation>预测已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="125"/>
        <source>Building sales series</source>
        <translation>正在生成销售序列</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="126"/>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="127"/>
        <source>Understanding the columns</source>
        <translation>正在识别各列</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="128"/>
        <source>Imported {count:,} new lines from {file}</source>
        <translation>已从 {file} 导入 {count} 条新行</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="129"/>
        <source>Reading text columns</source>
        <translation>正在读取文本列</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="130"/>
        <source>Reading order dates</source>
        <translation>正在读取订单日期</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="131"/>
        <source>Reading amounts</source>
        <translation>正在读取金额</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="132"/>
        <source>Checking statuses and returns</source>
        <translation>正在检查状态和退货</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="133"/>
        <source>Assembling order lines</source>
        <translation>正在整理订单行</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="134"/>
        <source>{count:,} order lines ready</source>
        <translation>{count} 条订单行已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="135"/>
        <source>Read {count:,} rows from {file}</source>
        <translation>已从 {file} 读取 {count} 行</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="136"/>
        <source>Opening {file}</source>
        <translation>正在打开 {file}</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="137"/>
        <source>Reading the sheet &quot;{sheet}&quot; of {file}</source>
        <translation>正在读取 {file} 的工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="138"/>
        <source>Reading the cells</source>
        <translation>正在读取单元格</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="139"/>
        <source>Counting products bought together</source>
        <translation>正在统计一起购买的商品</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="140"/>
        <source>Counting three products bought together</source>
        <translation>正在统计一起购买的三件商品</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="141"/>
        <source>Bought-together rules ready</source>
        <translation>一起购买规则已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="142"/>
        <source>Listing similar products</source>
        <translation>正在列出相似商品</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="143"/>
        <source>Recommendations ready</source>
        <translation>推荐已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="144"/>
        <source>Learning from the orders before the cut-off</source>
        <translation>正在从截止日期之前的订单中学习</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="145"/>
        <source>Checking the lists against later orders</source>
        <translation>正在用之后的订单检验推荐列表</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="146"/>
        <source>Measured</source>
        <translation>已衡量</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="147"/>
        <source>Learning which products go together</source>
        <translation>正在学习哪些商品常一起购买</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="148"/>
        <source>Reading purchases</source>
        <translation>正在读取购买记录</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="149"/>
        <source>Finding products bought together</source>
        <translation>正在查找一起购买的商品</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="150"/>
        <source>Comparing product names</source>
        <translation>正在比较商品名称</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="151"/>
        <source>Similar products ready</source>
        <translation>相似商品已就绪</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="152"/>
        <source>Writing the lists</source>
        <translation>正在生成推荐列表</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="153"/>
        <source>Report written</source>
        <translation>报告已写好</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="154"/>
        <source>Saving the workbook</source>
        <translation>正在保存工作簿</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="155"/>
        <source>Loading orders</source>
        <translation>正在载入订单</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="156"/>
        <source>Reading out recorded campaigns</source>
        <translation>正在读取已记录的营销活动</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="157"/>
        <source>Analyses done</source>
        <translation>分析完成</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="158"/>
        <source>Analyses read back from the shop file</source>
        <translation>已从店铺文件读回分析结果</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="159"/>
        <source>Saved {done:,} of {total:,} lines</source>
        <translation>已保存 {done} / {total} 行</translation>
    </message>
</context>
</TS>
