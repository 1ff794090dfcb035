### English: Strings of the economics view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

economics-intro = What it costs to win and to serve customers, and what each customer earns once those costs are counted.

## Line editors

# Column header of a table in the Economics view.
economics-col_name = Name
# Column header of a table in the Economics view.
economics-col_kind = Kind
# Column header of a table in the Economics view.
economics-col_amount = Amount
# Column header of a table in the Economics view.
economics-col_channel = Channel
# Column header of a table in the Economics view.
economics-col_actions = Actions
# Button that removes a cost line (verb).
economics-remove = Remove
# Option of a drop-down.
economics-no_channel = No single channel
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_sales_staff = Sales staff
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_direct_mail = Direct mail
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_web_online = Web and online
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_advertising = Advertising (press, TV, radio)
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_trade_shows = Trade shows and conferences
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_contract_staff = Contract staff salaries
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_project_managers = Project managers
economics-kind_delivery = Delivery of the product or service
# Kind of a cost line, an option of the "Kind" drop-down of the cost tables.
economics-kind_other = Other
economics-spend_caption = Outreach spend in the period
economics-add_spend = Add spend line
economics-new_spend = New spend line
economics-no_spend = No spend lines yet.
economics-spend_added = A spend line was added; enter its name and amount.
economics-spend_removed = Spend line “{ $name }” removed.
economics-spend_name_label = Name of spend line { $n }
economics-spend_kind_label = Kind of spend line { $n }
economics-spend_amount_label = Amount of spend line { $n }
economics-spend_channel_label = Channel of spend line { $n }
economics-spend_remove_label = Remove spend line { $n }
economics-service_caption = Service costs of the year
economics-add_service = Add service cost line
economics-new_service = New cost line
economics-no_service = No service cost lines yet.
economics-service_added = A service cost line was added; enter its name and amount.
economics-service_removed = Service cost line “{ $name }” removed.
economics-service_name_label = Name of service cost line { $n }
economics-service_kind_label = Kind of service cost line { $n }
economics-service_amount_label = Amount of service cost line { $n }
economics-service_remove_label = Remove service cost line { $n }

## Acquisition

# Heading of a section.
economics-acquisition = Acquisition cost
economics-spend_intro = Enter what was spent on winning customers in the period — sales staff, direct mail, web and online, advertising, trade shows, other — one named line each. Name the channel a line paid for to see that channel's cost per customer won.
economics-total_spend = Total outreach spend
economics-total_spend_how = The sum of the spend lines, by kind: { $parts }.
economics-total_spend_how_empty = The sum of the spend lines; none is entered yet.
economics-part = { $what } { $amount }
economics-new_customers = New customers won in the period (empty: count them from the list)
economics-source_entered = Using the { $n } { $n ->
        [one] new customer
       *[other] new customers
    } you entered.
economics-source_won_in_year = Counted from the list: { $n } { $n ->
        [one] customer
       *[other] customers
    } whose first purchase falls in { $year }, the analysis year set in Settings.
economics-source_whole_list = Counted from the list: { $n ->
        [one] the { $n } customer
       *[other] all { $n } customers
    }, because no customer has a date of first purchase and no number is entered. This is the roughest estimate; enter the number above, or give customers their date of first purchase.
economics-cac = Average acquisition cost (CAC)
economics-cac_how = Total outreach spend ÷ new customers won = { $spend } ÷ { $count } = { $cac } per new customer.
economics-cac_how_error = Total outreach spend ÷ new customers won. It cannot be computed now: { $reason }
# Stands in a table cell for a figure that cannot be computed.
economics-not_available = Not available
economics-rough = The average CAC is a first, rough assessment. Where a channel's cost per customer or a customer's own acquisition cost is known, the profit of that customer uses it instead.
economics-chart_cac_ltv = Cost per customer won and average lifetime value before acquisition cost, per channel
economics-channels = Acquisition cost and lifetime value per channel
# Column header of a table in the Economics view.
economics-col_spend = Spend
# Column header of a table in the Economics view.
economics-col_won = Customers won
# Column header of a table in the Economics view.
economics-col_cac = CAC
economics-col_avg_ltv = Average LTV before acquisition cost
# Column header of a table in the Economics view.
economics-col_ltv_cac = LTV : CAC
economics-title_spend = The sum of the spend lines that name this channel
economics-title_won = Customers who came through this channel, won in the period
economics-title_cac = Channel CAC = channel spend ÷ customers won
economics-title_avg_ltv = Mean lifetime value of the channel's customers, before acquisition cost
economics-title_ltv_cac = Average LTV before acquisition cost ÷ channel CAC
economics-ratio = { $x } : 1
economics-channels_note = Channel CAC = the channel's spend ÷ the customers it won. LTV : CAC = the average lifetime value of its customers before acquisition cost ÷ its CAC; above 1, a customer from the channel earns back what winning them cost. A dash means the figure cannot be computed: no spend line names the channel, or it won no customers.
economics-no_channels = No channels yet: give customers the channel they came through, or name a channel on a spend line.

## Cost to serve

# Heading of a section.
economics-service = Cost to serve
economics-service_intro = Enter the yearly cost of serving customers — contract staff salaries, project managers, delivery of the product or service, other — one named line each.
economics-customers_served = Customers served in the year (empty: count them from the list)
economics-served_counted = Counted from the list: { $n } { $n ->
        [one] customer
       *[other] customers
    }.
economics-served_entered = Using the { $n } { $n ->
        [one] customer
       *[other] customers
    } served you entered.
economics-average_service = Average cost to serve
economics-service_how = Total service cost of the year ÷ customers served = { $total } ÷ { $count } = { $average } per customer a year.
economics-service_how_error = Total service cost of the year ÷ customers served. It cannot be computed now: { $reason }
economics-own_note = A customer's own service cost, when known, replaces the average: { $own } of { $count } { $count ->
        [one] customer has
       *[other] customers have
    } their own, { $average } share what remains of the total, { $unknown } have neither and count 0.

## Profit ranking

# Heading of a section.
economics-ranking = Profit ranking
economics-ranking_intro = Customers ranked by annual profit = revenue × gross margin − service cost − acquisition cost charged to the period, with the revenue rank beside it.
economics-ranking_why = Profit does not follow revenue: a big buyer whose delivery and service cost a lot can earn less than a small one. Rows are marked where the two ranks are { $threshold } or more places apart: { $less } customers earn much less than their revenue suggests, { $more } earn much more. Before winning more customers like the first group, look at what serving them costs.
# Caption of a table in the Economics view (shown above it and read by screen readers).
economics-ranking_caption = Customers by annual profit
# Column header of a table in the Economics view.
economics-col_rank = Profit rank
# Column header of a table in the Economics view.
economics-col_customer = Customer
# Column header of a table in the Economics view.
economics-col_revenue = Revenue
# Column header of a table in the Economics view.
economics-col_revenue_rank = Revenue rank
# Column header of a table in the Economics view.
economics-col_profit = Profit
# Column header of a table in the Economics view.
economics-col_margin = Margin used
# Column header of a table in the Economics view.
economics-col_service = Service cost used
# Column header of a table in the Economics view.
economics-col_acquisition = Acquisition charged
# Column header of a table in the Economics view.
economics-col_gap = Ranks compared
economics-title_rank = 1 = highest annual profit
economics-title_revenue = Revenue per year (purchases a year × average order value when not given)
economics-title_revenue_rank = 1 = highest revenue
economics-title_profit = Annual profit = revenue × margin − service cost − acquisition charged
economics-title_margin = The customer's gross margin; 100 % when unknown
economics-title_service = The customer's own service cost, else its share of what remains of the total, else 0
economics-title_acquisition = Acquisition cost (own, else the channel's CAC, else the shared CAC) charged to this period: all of it to customers won in the analysis year, or spread over the lifetime (see Settings)
economics-title_gap = Marked when revenue rank and profit rank are far apart
economics-gap_less = Earns much less than its revenue suggests
economics-gap_more = Earns much more than its revenue suggests
economics-revenue_unknown = unknown (counted as 0)
economics-margin_assumed = { $margin } (assumed)
economics-with_source = { $value } ({ $source })
# In the profit ranking: where a cost figure came from. The customer has its own figure.
economics-source_own = own
economics-source_average = share of the rest
# In the profit ranking: where the acquisition cost came from (the average CAC shared by customers without a channel of their own).
economics-source_average_cac = shared CAC
# In the profit ranking: where the acquisition cost came from (the CAC of the customer's channel).
economics-source_channel = channel CAC
# In the profit ranking: no source for the cost, so 0 is used.
economics-source_unknown = unknown, 0
economics-ranking_note = Profit = revenue × margin − service cost − acquisition charged, money a year. Ranks: 1 = largest. The source of each cost is in brackets.
economics-ranking_pages = Pages of the profit ranking
economics-no_customers = No customers in this list yet.
economics-chart_axis_money = { $currency }
economics-source_won_latest_year = Counted from the list: { $n } { $n ->
        [one] customer
       *[other] customers
    } whose first purchase falls in { $year }, the latest year of first purchase in the list (set another analysis year in Settings).
economics-allocation = Handed out to the new customers: those won through a channel with its own spend carry that channel's CAC; the other { $n } share the remaining { $spend }, { $cac } each. Together this is the spend entered.
economics-not_allocated = { $amount } of the spend is not allocated: every new customer came through a channel that carries its own spend, so nobody is left to share the rest.
economics-ltv_cac = LTV : CAC
economics-ltv_cac_how = Average lifetime value before acquisition cost ÷ average CAC = { $ltv } ÷ { $cac } = { $ratio }. The lifetime value is taken before acquisition cost, so the cost is not counted twice.
economics-ltv_cac_how_missing = Average lifetime value before acquisition cost ÷ average CAC. It cannot be computed until both are known.
economics-year_note_spread = Annual profit carries each customer's acquisition cost spread over its expected lifetime (see Settings); lifetime values subtract it once.
economics-year_note_no_dates = { $n ->
        [one] The { $n } customer has no
       *[other] None of the { $n } customers has
    } a date of first purchase, so no acquisition cost is charged to the year's profit; lifetime values subtract it once.
economics-year_note_entered = Annual profit carries the acquisition cost of the customers won in { $year }, the analysis year set in Settings; lifetime values subtract it once for everyone.
economics-year_note_latest = Annual profit carries the acquisition cost of the customers won in { $year }, the latest year of first purchase in the list; lifetime values subtract it once for everyone.
economics-unknown_year = { $n } { $n ->
        [one] customer has
       *[other] customers have
    } no date of first purchase: their acquisition cost is not charged to the year's profit.
economics-share_service = Service cost per customer without its own
economics-share_how = (Total service cost − own costs) ÷ customers without their own = ({ $total } − { $own }) ÷ { $count } = { $share } a year each. With the own costs this hands out the total entered.
economics-share_how_missing = (Total service cost − own costs) ÷ customers without their own. It cannot be computed now: no usable total, or every customer served has its own cost.
economics-own_exceeds = The customers' own service costs ({ $own }) are more than the total entered ({ $total }) by { $excess }: customers without their own carry 0, and the costs used add up to more than the total. Check the cost lines and the own costs.
economics-service_not_allocated = { $amount } of the total service cost is not allocated: every customer served has its own cost.
economics-not_charged_year_unknown = { $value } (year of first purchase unknown: not charged)
economics-kind_financial = Financial
economics-kind_social = Social
economics-kind_structural = Structural
economics-col_level = Level
economics-retention_caption = Retention spend of the year
economics-add_retention = Add retention line
economics-new_retention = New retention line
economics-no_retention = No retention lines yet.
economics-retention_added = A retention line was added; enter its name, level and amount.
economics-retention_removed = Retention line “{ $name }” removed.
economics-retention_name_label = Name of retention line { $n }
economics-retention_level_label = Level of retention line { $n }
economics-retention_amount_label = Amount of retention line { $n }
economics-retention_remove_label = Remove retention line { $n }
economics-cac_how_sales = Total outreach spend ÷ sales closed in the year = { $spend } ÷ { $count } = { $cac } per sale closed.
economics-cac_denominator = Divide the spend by
economics-denominator_new_customers = New customers won
economics-denominator_sales_closed = Sales closed in the year
economics-sales_closed = Sales closed in the year
economics-denominator_sales = The average CAC divides the spend by the sales closed in the year, as the source article does; customers' own acquisition costs still share the spend among the new customers.
economics-denominator_no_sales = Sales closed is chosen but not given: the average CAC divides the spend by the new customers won until you enter the sales closed.
economics-service_benchmark = Industry cost to serve (your accountant's figure)
economics-benchmark_none = Enter the industry's cost to serve a customer (ask your accountant) to set the list's average against it.
economics-benchmark_above = The list's average cost to serve, { $average }, is { $difference } above the industry's { $benchmark } ({ $ratio } times it): serving customers costs more here than usual.
economics-benchmark_below = The list's average cost to serve, { $average }, is { $difference } below the industry's { $benchmark } ({ $ratio } times it).
economics-benchmark_equal = The list's average cost to serve equals the industry's { $benchmark }.
