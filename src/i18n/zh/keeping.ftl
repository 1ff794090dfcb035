### Chinese: Strings of the keeping-customers view.

keeping-intro = 留住一位客户的成本，与失去他再赢得另一位的成本相比：从名单中的前客户测得的流失率、按层次的保留支出、关系中客户的一方、钱包份额，以及源文章自己的检验。
keeping-churn_in_force = 当前使用的流失率
keeping-in_force_measured = 由名单测得：{ $year } 年内流失的客户 ÷ 年初客户 = { $lost } ÷ { $start } = { $churn }。所有生命周期都使用它（或其细分自己的流失率，见下文）。
keeping-in_force_typed = 在设置中输入（{ $churn }）：名单中没有在所测年份流失的前客户，因此无法测量。请为前客户标注流失日期（状态“前客户”、“流失日期”）以测量流失率。
keeping-per_kept = 留住一位客户的成本
keeping-per_kept_how = 保留支出 ÷ 留住的客户 = { $spend } ÷ { $kept } = 每位留住的客户 { $per }。{ $from }
keeping-kept_measured = 留住的客户 = 年初客户 − 年内流失的客户，由名单测得。
keeping-kept_typed = 留住的客户 = 当前客户 × (1 − 流失率)，按输入的流失率计算。
keeping-bad_line = 保留支出项“{ $name }”不是有效金额：请更正后查看每位留住客户的成本。
keeping-no_spend = 尚未输入保留支出：请在下方添加本年的保留支出项（财务、社交、结构）。
keeping-nobody_kept = 本年没有留住任何客户，因此没有每位留住客户的成本。
keeping-cac = 赢得一位客户的成本
keeping-cac_how = 名单的平均获客成本（经济）：外联支出 ÷ 当前使用的分母。
keeping-churn_cost = 流失成本
keeping-churn_cost_how = 流失客户数 × 其扣除获客成本前的平均生命周期价值 = { $lost } × { $ltv } = { $cost }。
keeping-churn_cost_missing = 需要流失客户数和生命周期价值：请输入客户的收入和流失率。
keeping-replacing = 替换他们的成本
keeping-replacing_how = 流失客户数 × 获客成本 = { $lost } × { $cac } = { $cost }。
keeping-replacing_missing = 需要获客成本：请在“经济”中输入外联支出。
keeping-verdict_keeping = 留住更便宜：留住一位客户花费 { $keep }，赢得一位新客户花费 { $cac }，是前者的 { $times } 倍。
keeping-verdict_replacing = 替换更便宜：留住一位客户花费 { $keep }，是赢得新客户所需 { $cac } 的 { $times } 倍。请检查保留支出换来了什么。
keeping-verdict_same = 留住一位客户与赢得一位客户的成本相同：{ $keep }。
keeping-verdict_missing = 请输入保留支出和外联支出，以比较留住与替换客户哪个更便宜。
keeping-chart_title = 留住与替换，每年
keeping-chart_caption = 本年的保留支出，与流失客户的代价相比：按获客成本替换他们，以及随他们流失的生命周期价值。上方的指标给出数字。
keeping-chart_axis = 金额（{ $currency }）
keeping-bar_spend = 保留支出
keeping-bar_replacing = 替换流失客户
keeping-bar_churn = 流失的价值
keeping-spend_title = 按层次的保留支出
keeping-spend_intro = 将本年的保留支出按项输入，每项属于三个保留层次之一：财务（价格激励、对频繁或稳定购买的奖励、保证）、社交（个人化服务、客户俱乐部）和结构（使离开代价高昂的联系：共享系统、集成）。
keeping-levels_caption = 各层次的保留支出与每位留住客户的成本
keeping-col_means = 手段
keeping-col_spend = 支出
keeping-col_per_kept = 每位留住的客户
keeping-means_financial = 价格激励、对频繁或稳定购买的奖励、满意保证
keeping-means_social = 个人化、一对一的服务；客户俱乐部
keeping-means_structural = 使离开代价高昂的联系：共享系统、集成、附加利益
keeping-source_measured_segment = 在其细分中测得
keeping-source_measured_overall = 在整个名单中测得
keeping-source_typed_segment = 为其市场类型输入
keeping-source_typed = 输入值
keeping-churn_title = 由名单测得的流失率
keeping-churn_intro = 年初客户 = 在该年之前赢得且未在该年之前流失的客户和前客户；流失率 = 年内流失者 ÷ 年初客户；群体生命周期 = 1 ÷ 流失率。
keeping-churn_year = 测量年份
keeping-churn_by = 细分依据
keeping-churn_min = 细分所需的年初客户数
keeping-dimension_market_type = 市场类型
keeping-dimension_channel = 渠道
keeping-dimension_size_band = 规模
keeping-year_entered = { $year } 年的流失率，即所选年份。
keeping-year_latest = { $year } 年的流失率，即最近一次有前客户流失的年份（可在上方选择其他年份）。
keeping-no_former = 名单中没有带流失日期的前客户：无法测量流失率，使用设置中输入的流失率。
keeping-undated = { $count } 位没有首次购买日期的客户按年初在册计算。
keeping-former_undated = { $count } 位前客户没有流失日期，未计入：不知道他们何时离开。
keeping-churn_caption = 按{ $by }的流失率，以及各细分生命周期所用的流失率
keeping-col_segment = 细分
keeping-col_at_start = 年初
keeping-col_lost = 流失
keeping-col_churn = 流失率
keeping-col_lifetime = 群体生命周期
keeping-col_used = 其客户所用的流失率
keeping-segment_unknown = 未填写
keeping-segment_all = 整个名单
keeping-no_rate = 年初无客户
keeping-rule = 客户的生命周期在其细分年初至少有 { $min } 位客户时使用该细分测得的流失率；否则使用名单测得的流失率；再否则使用为其市场类型输入的流失率；最后使用名单输入的流失率。
keeping-churn_chart_title = 按{ $by }的流失率
keeping-churn_chart_axis = 每年流失率（%）
keeping-churn_chart_caption = 各细分测得的流失率；线为整个名单的流失率。下表给出数字。
