### Simplified Chinese (zh-CN): Strings of the page frame and the views without a file of their own (overview, settings, lists, storage, customer table, import and export).

app-title = 价值金字塔
app-tagline = 该争取、留住、培养还是放弃哪些客户——全部在浏览器中计算，您的数据不会离开浏览器。
app-skip_to_content = 跳到正文
nav-views = 视图
view-customers = 客户
view-import = 导入与导出
update-updated = 自您上次访问以来，价值金字塔已更新。您的名单保持原样。
update-downloaded = 已下载价值金字塔的新版本，将在您下次访问时启用。
update-dismiss = 关闭
language-label = 语言
chart-no_data = 暂无可绘制的数据：下表列出了现有内容。
chart-failed = 无法绘制图表（{ $reason }）；下表包含相同的数字。
report-print = 打印报告
theme-label = 配色
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色

## Views

view-overview = 概览
view-economics = 成本与利润
view-pyramid = 金字塔与评级
view-pareto = 帕累托与集中度
view-lifetime = 生命周期
view-targets = 目标客户
view-prospects = 潜在客户
view-settings = 设置
view-history = 购买记录

## Explanations

how-short = 怎么算？
how-summary = “{ $what }”是如何计算的？
rule-range = { $min } 到 { $max } 之间的数字
unit-n_years = { $n } 年
unit-money_per_hour = { $currency }/小时
unit-customers = 位客户
unit-money_per_year_plain = { $currency }/年
churn-unbounded = 无上限（无流失）

## Overview

overview-count = 客户与潜在客户
overview-count_value = { $customers } 位客户，{ $prospects } 位潜在客户
overview-count_how = 状态为“客户”的条目参与分析；潜在客户在“潜在客户”视图中排名。
overview-revenue = 年收入
overview-revenue_how = 所有客户年收入之和（直接给出，或按每年购买次数 × 平均订单金额计算）。
overview-profit = 年利润
overview-profit_how = 所有客户的（收入 × 毛利率 − 服务成本 − 计入当年的获客成本）之和（毛利率未知时按 100 % 计）。
overview-relationship = 年关系价值
overview-relationship_how = 所有客户的（显性价值 + 以金额计的隐性价值）−（显性成本 + 小时数 × 每小时价格）之和。
overview-ltv = 名单的生命周期价值
overview-ltv_how = 每位客户的年利润在其预期剩余年数内逐年按贴现率贴现后的总和。预期剩余年数 = { $formula }，其中 c 为流失率；对个人 L = 预期寿命 − 年龄（不足一年的部分按其比例 × 仍留存的概率计入）；对组织和年龄未知者为 1 ÷ 流失率；流失率取客户市场类型的设定值，否则取名单的流失率；以计入的最长生命周期为上限。
overview-top_share = 前 20 % 客户的收入占比
overview-top_share_how = { $count } 位客户中收入最高的 { $top } 位（前 { $share }）的收入 ÷ 总收入。
overview-gini = 收入基尼系数
overview-gini_how = 每位客户购买额相同时为 0，一位客户贡献全部时接近 1；由收入的洛伦兹曲线算出。
overview-targets = 目标客户
overview-targets_value = { $targets } 位（服务能力 { $capacity }）
overview-targets_how = 关系价值为正且最高的客户，数量以服务能力为限（见“设置”）。
overview-lifetime = 客户群体生命周期
overview-lifetime_how = 1 ÷ 年流失率（见“设置”）。
overview-negative = 利润为负的客户
overview-negative_how = 收入 × 毛利率不足以覆盖其服务成本和获客成本的客户；列在“金字塔与评级”视图中。
overview-warnings = 警告
overview-no_warnings = 没有需要警告的情况。
overview-warn_setting_replaced = 设置“{ $setting }”不能为 { $given }；已改用 { $used }。
overview-warn_revenue_missing = { $count } 位客户没有收入数据：不按收入或利润评级（没有排名、层级或帕累托位置，也不算作亏损客户）；合计中只计入其成本。
overview-warn_revenue_disagrees = 有 { $count } 位客户的收入不等于购买次数 × 订单金额；采用所填的收入。
overview-warn_margin_assumed = { $count } 位客户没有毛利率，按 100 % 假定。
overview-warn_duplicate_ids = { $count } 条记录重复使用了已有编号；请为每条记录设置唯一编号。
overview-concentration_flag = 集中度风险：{ $name } 贡献了 { $share } 的收入。
overview-negative_profit = { $count } 位客户在亏钱；请查看“金字塔与评级”视图。
overview-big_eat_margin = 大客户占用了 { $service } 的服务成本，却只带来 { $profit } 的利润。
share-none = 无占比
share-no_losses = 无
share-losses = { $sum }（{ $count } 位亏损）
overview-big_lose_money = 按收入最大的客户合计亏损：每年利润 { $net }。
overview-go_import = 导入客户名单

## Settings

settings-intro = 所有计算都会读取这些设置；设置随名单一起保存。
settings-money = 金额
settings-currency = 货币（ISO 代码）
settings-currency_invalid = 未保存：应为三个字母的货币代码，如 EUR、USD 或 VND。
settings-hourly_rate = 每小时工作的价格
settings-acquisition_charge = 获客成本计入方式
settings-charge_year_won = 全部计入赢得客户的当年
settings-charge_spread = 分摊到客户的预期生命周期
settings-analysis_year = 分析年份（留空：名单中最近的首次购买年份）
settings-relationship = 关系价值
settings-company_stage = 企业发展阶段
settings-stage_startup = 初创期：显性价值优先
settings-stage_growth = 成长期：市场份额优先
settings-stage_mature = 成熟期：品牌优先
settings-weight_explicit = 显性价值权重
settings-weight_share = 市场份额价值权重
settings-weight_brand = 品牌价值权重
settings-life_expectancy = 预期寿命
settings-target_ranking = 目标客户排序依据
settings-ranking_money = 以金额计的关系价值
settings-ranking_score = 关系评分（按阶段权重）
settings-capacity = 服务能力：能服务好的客户数
settings-lifetime = 生命周期
settings-discount_rate = 年贴现率
settings-discount_convention = 贴现方式
settings-convention_first = 首年不贴现：{ $formula }
settings-convention_end = 每年都贴现：{ $formula }
settings-churn_rate = 年流失率
settings-benchmark_churn = 对比企业的流失率
settings-max_lifetime = 计入的最长生命周期
settings-retention_budget = 客户保留预算
settings-pareto = 帕累托与集中度
settings-pareto_top = 检查的头部客户占比
settings-pareto_value = 要达到的价值占比
settings-concentration = 集中度阈值（收入占比）
settings-migration_candidates = 每个分界点下方列出的客户数

## Lists

lists-region = 客户名单
lists-open = 打开名单
lists-name = 名单名称
lists-new = 新建名单
lists-new_name = 新名单
lists-duplicate = 复制名单
lists-copy_suffix = （副本）
lists-delete = 删除名单
lists-confirm_delete = 要删除名单“{ $name }”及其 { $count } 个条目吗？此操作无法撤销；如需保留副本，请先导出。
lists-confirm_delete_yes = 是，删除此名单
lists-confirm_delete_no = 保留名单
lists-created = 已创建并打开名单“{ $name }”。
lists-renamed = 名单已重命名为“{ $name }”。
lists-deleted = 已删除名单“{ $name }”。
lists-rename_invalid = 名单需要一个与其他名单不重复的名称。
lists-counts = { $customers } 位客户，{ $prospects } 位潜在客户
demo-name = 示例客户
demo-badge = 示例数据
demo-restore = 恢复示例名单
demo-restored = 示例名单已恢复为最初提供时的样子。

## Storage

storage-banner_title = 未保存。
storage-not_saved = { $reason }在关闭本页之前，您的更改会保留在页面中；如需保留副本，请导出名单。之前保存的内容均未受影响。
storage-quota = 浏览器为本页提供的存储空间已满。
storage-persistent = 存储：已保留。浏览器同意在空间不足时不清除这些名单。
storage-best_effort = 存储：尽力而为。浏览器未同意在空间不足时保留这些名单（浏览器只对常用或已安装的网站授予）；请做好备份。
storage-persistence_unknown = 存储：此浏览器未说明空间不足时是否保留这些名单；请做好备份。
storage-in_indexeddb = 名单保存在此浏览器的 IndexedDB 数据库中，仅在这台电脑上。
storage-in_localstorage = 此浏览器在此处不提供 IndexedDB：名单保存在 localStorage 中，约可容纳 5 MB（数万个客户）。
storage-nothing_kept = 它已不再存储。
storage-removed = 已永久删除。
storage-the_index = 名单索引
storage-the_list = 以 { $id } 存储的名单
storage-download_as_found = 按原样下载
storage-remove = 删除…
storage-remove_for_good = 是的，永久删除
storage-keep_it = 保留
storage-conflict = 自本窗口打开此名单以来，它已在另一个窗口或标签页中被修改，在此保存会覆盖较新的内容。
storage-reload = 重新加载以查看较新的版本
storage-unavailable = 浏览器不允许本页存储数据（无痕模式或某项设置所致）。
storage-unreadable_title = 部分已存储的名单无法打开。它们将原样保留，不会被覆盖：

## Table

table-title = 客户与潜在客户
table-search = 搜索客户
table-filter_status = 显示
table-filter_market = 市场类型
table-all = 全部
table-add = 添加客户
table-added = 已在名单末尾添加一位新客户；请输入其名称。
table-new_customer = 新客户
table-columns = 列
table-columns_legend = 表格中显示的列
table-indicators_legend = 表中显示的指标
indicator-p_alive = 存活概率
indicator-expected_purchases = 预期购买次数
indicator-predicted_clv = 预测 CLV
table-actions = 操作
table-delete = 删除
table-delete_named = 删除 { $name }
table-deleted = 已删除 { $name }。
table-undo = 撤销删除
table-restored = { $name } 已回到名单中。
table-showing = 显示 { $total } 个条目中的 { $shown } 个。
table-sort_by = 按{ $field }排序
table-cell_label = { $name }的{ $field }
table-invalid = 未保存：应为{ $rule }；实际为“{ $found }”。
table-pages = 分页
table-previous_page = 上一页
table-next_page = 下一页
table-page_of = 第 { $page } 页，共 { $pages } 页
table-rows_per_page = 每页行数
table-all_rows = 全部（滚动）

## Fields

field-id = 编号
field-name = 名称
field-status = 状态
field-needs_it = 有需求
field-can_pay = 能付款
field-market_type = 市场类型
field-channel = 获客渠道
field-region = 地区
field-age = 年龄
field-size_band = 规模档
field-first_purchase = 首次购买
field-revenue_per_year = 收入
field-purchases_per_year = 购买次数
field-average_order_value = 平均订单金额
field-gross_margin = 毛利率
field-acquisition_cost = 获客成本
field-service_cost = 服务成本
field-market_share_value = 市场份额价值
field-market_share_score = 市场份额评分
field-brand_value = 品牌价值
field-brand_score = 品牌评分
field-implicit_cost_hours = 时间与精力
field-lifecycle_stage = 生命周期阶段

## Units

unit-money_per_year = { $currency }/年
unit-money_per_order = { $currency }/单
unit-money_once = { $currency }，一次性
unit-per_year = 次/年
unit-percent = %
unit-score_0_10 = 0–10
unit-hours_per_year = 小时/年
unit-years = 年
unit-date = 日期

## Rules

rule-text = 不超过 1,000 个字符的文本
rule-text_required = 名称，不超过 1,000 个字符（不能为空）
rule-custom_text = 不超过 1,000 个字符的文本
rule-choice = 列出的选项之一
rule-money = 金额，0 到 10¹⁵，如 1234.50
rule-per_year = 每年的次数，0 到 10¹⁵，如 12 或 0.5
rule-fraction = −100 % 到 100 % 的百分比（如 35 %），或 −1 到 1 的小数（如 0.35）
rule-score = 0 到 10 的评分
rule-hours = 小时数，0 到 10¹⁵
rule-years = 0 到 120 的整数年
rule-date = 日期，如 2024-03-31 或 31.03.2024，可带或不带时间
rule-unique_id = 其他条目未使用的编号
rule-indicator = 数字，−10¹⁵ 到 10¹⁵

## Choices

choice-none = —
choice-market_not_given = 未填写
choice-customer = 客户
choice-prospect = 潜在客户
choice-yes = 是
choice-no = 否
choice-unknown = 未知
choice-consumer = 消费者
choice-producer = 生产者
choice-intermediary = 中间商（经销商）
choice-government = 政府
choice-international = 国际
choice-referral = 转介绍、口碑
choice-customer_introduction = 老客户引荐
choice-trade_show = 展会或会议
choice-social_media = 社交媒体
choice-search = 搜索（SEO 或付费）
choice-email = 电子邮件
choice-direct_mail = 直邮
choice-telephone = 电话
choice-door_to_door = 上门拜访
choice-advertising = 广告（报刊、电视、广播）
choice-partners = 合作伙伴
choice-directories = 名录、公开资料
choice-consulting = 咨询或信息服务
choice-personal_network = 俱乐部和人脉
choice-community_events = 社区和公益活动
choice-micro = 微型（10 人以下）
choice-small = 小型（10–49 人）
choice-medium = 中型（50–249 人）
choice-large = 大型（250 人及以上）
choice-exploration = 考察期
choice-formation = 形成期
choice-stability = 稳定期
choice-decline = 退化期
choice-age_under_25 = 25 岁以下
choice-age_65_over = 65 岁及以上

## Import

import-title = 导入
import-intro = 从您的 CRM 或电子表格导入客户名单（以逗号、分号、制表符或空格分隔的 CSV），或导入从本页导出的 JSON 名单。在您查看列映射和每一行的检查结果之前，不会导入任何内容。
import-pick = 导入 CSV 或 JSON 文件
import-drop = ……或将文件拖放到这里。
import-read_failed = 无法读取文件：{ $reason }
import-json_failed = 此 JSON 文件未导入：{ $reason }。未做任何更改。
import-json_done = 已导入名单“{ $name }”，共 { $count } 个条目。
import-mapping_title = 映射 { $file } 的列
import-delimiter = 列分隔符
import-delimiter_comma = 逗号 ,
import-delimiter_semicolon = 分号 ;
import-delimiter_tab = 制表符
import-delimiter_whitespace = 空格
import-decimal = 小数分隔符
import-decimal_point = 小数点（1,234.5）
import-decimal_comma = 逗号（1.234,5）
import-has_header = 第一行是列名
import-into_current = 添加到当前打开的名单，而不是新建名单
import-unreadable = 无法按此方式读取文件：{ $reason }
import-encoding = 文本编码
import-encoding_detected = { $encoding }（自动检测）
import-encoding_replaced = 有 { $count } 个字符无法按 { $encoding } 读取，显示为 �。请检查预览；如果名称显示不对，请选择其他文本编码。
import-encoding_check = 文件已按 { $encoding } 读取。请在预览中检查名称是否正确；如不正确，请选择其他文本编码。
encoding-utf_8 = UTF-8（Unicode）
encoding-utf_16le = UTF-16 LE（Unicode）
encoding-utf_16be = UTF-16 BE（Unicode）
encoding-windows_1252 = Windows-1252（西欧）
encoding-windows_1250 = Windows-1250（中欧）
encoding-windows_1251 = Windows-1251（西里尔文）
encoding-windows_1258 = Windows-1258（越南文）
encoding-gbk = GBK（简体中文）
encoding-big5 = Big5（繁体中文）
encoding-shift_jis = Shift_JIS（日文）
encoding-euc_kr = EUC-KR（韩文）
import-date_order_for = { $column } 的日期顺序
import-date_order_is_ymd = 年-月-日
import-date_order_is_dmy = 日-月-年
import-date_order_is_mdy = 月-日-年
import-date_order_ambiguous = { $column } 中没有一个日期的日大于 12，因此无法从数值判断是日-月-年还是月-日-年。请检查顺序：05/03/2024 按日-月-年是 3 月 5 日，按月-日-年是 5 月 3 日。
import-large_file = { $name } 大小为 { $size } MB。读取可能需要一分钟左右，约需 { $memory } MB 内存；期间页面可能没有响应，内存不足的浏览器可能会关闭此标签页。
import-large_file_read = 读取文件
import-large_file_cancel = 不读取
import-rows_found = 找到 { $count } 行数据。
import-mapping_caption = 文件中每一列的去向
import-column = 列
import-examples = 前几个值
import-maps_to = 映射到
import-target_for = 第 { $column } 列对应的字段
import-target_ignore = 忽略此列
import-target_indicator = 评分卡指标
import-target_custom = 自定义属性
import-preview = 前几行预览
import-line = 行
import-need_name = 检查各行之前，请将一列映射到“名称”。
import-check = 检查各行
import-cancel = 取消导入
import-checking = 正在检查各行
import-progress = 已检查 { $done }/{ $total } 行
import-cancel_check = 停止检查
import-cancelled = 检查已停止；未导入任何内容。
import-summary = { $good } 行正确，{ $bad } 行有误。
import-revenue_disagrees = 第 { $lines } 行的收入与“购买次数 × 平均订单金额”不符；这些行会被导入并加以标记。
import-totals_held = 有 { $count } 行看起来是合计行而不是客户，除非您选择保留，否则不会导入。
import-totals_caption = 作为合计行而略去的行
import-total_reason = 原因
import-total_reason_word = 名称是表示合计的词
import-total_reason_sum = 收入等于其他各行收入之和
import-keep_row_column = 保留
import-keep_row = 将第 { $line } 行作为客户保留
import-problems = 发现的问题（按行）
import-expected = 应为
import-found = 实际
import-empty_cell = （空）
import-more_problems = ……另有 { $count } 个问题未列出。
import-fixed_cells = 您已更正 { $count } 个单元格。请重新检查各行以查看结果。
import-check_again = 重新检查
import-fix_cell = 更正第 { $line } 行“{ $column }”列
import-readings_title = 数值的读取方式
import-refused = 被拒绝
import-scale_legend = 列“{ $column }”→ { $field }：不带 % 号的数字是
import-scale_is_percent = 百分数（39 表示 39 %）
import-scale_is_fraction = 小数（0.39 表示 39 %）
import-scale_preview = 前几个值的读取结果：{ $values }
import-choices_caption = 列“{ $column }”的取值 → { $field }
import-value_in_file = 文件中的值
import-value_rows = 行数
import-read_as = 读作
import-read_value_as = 将“{ $value }”读作
import-not_recognised = — 无法识别：请选择 —
import-leave_empty = （留空）
import-allowed_values = 允许的值：{ $values }。页面任一语言的名称和导出文件中的键都可识别；您的选择会随列表保存，供下次导入使用。
import-values_unrecognised = 有 { $count } 个值无法识别：请为每个值选择含义，否则包含它们的行将被报告为错误。
import-more_values = ……另有 { $count } 个不同的值未列出（这真的是选项列吗？）。
import-import_good = 导入 { $count } 行正确数据
import-import_nothing = 不导入
import-nothing = 未导入任何内容。
import-done = 已导入 { $count } 个条目。

## Export

export-title = 导出
export-intro = CSV 可用任何电子表格打开（UTF-8 编码；可能被当作公式执行的单元格已做保护）。JSON 保留全部内容（包括设置），重新导入后完全一致。结果：每位客户一行，包括收入、利润、关系价值、生命周期价值、层级、评级、评分、契合度、是否目标客户，以及计算所依据的输入。Excel 工作簿中数字保存为数字，所有名称保存为文本。
export-csv = 导出 CSV（{ $convention }）
export-json = 导出 JSON
export-done = 文件已提供下载。
backup-reminder = 您的名单只保存在此浏览器中，本周尚未备份。某些浏览器（Safari）会在七天未访问后删除网站数据。
backup-not_now = 稍后
export-convention_comma = 逗号分隔，小数点
export-convention_semicolon = 分号分隔，小数逗号
panic-title = 出现错误，页面已停止工作。
panic-what_now = 您的列表保持在最后一次保存时的状态。为安全起见，请先把它们全部下载到一个文件中，然后重新加载页面。
panic-detail = 技术细节：{ $detail }
panic-download = 下载所有列表
panic-reload = 重新加载页面
export-refused = 浏览器没有提供“{ $file }”的下载。尚未保存任何文件；请重试，或允许此页面下载。
export-backup = 备份所有列表（一个文件）
export-backup_hint = 备份包含每个列表及其设置以及购买记录；在此处或其他浏览器中导入即可全部恢复。
import-backup_done = 已从备份恢复 { $count } 个列表。
import-backup_done_with_log = 已从备份恢复 { $count } 个列表和购买记录。
export-results = 导出结果（CSV，{ $convention }）
export-xlsx = 导出 Excel 工作簿
export-results_xlsx = 导出结果（Excel）
export-xlsx_failed = 无法生成“{ $file }”（{ $error }）；未下载任何文件。
