### English: Strings of the keeping-customers view (retention, churn measured from the list).
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

keeping-intro = What keeping a customer costs against losing one and winning another: churn measured from the list's former customers, retention spend by level, the customer's side of the relationship, share of wallet, and the source articles' own checks.
keeping-churn_in_force = Churn in force
keeping-in_force_measured = Measured from the list: customers lost during { $year } ÷ customers at its start = { $lost } ÷ { $start } = { $churn }. Every lifetime uses it (or its segment's own, see below).
keeping-in_force_typed = Typed in Settings ({ $churn }): the list has no former customer lost in the year measured, so nothing is measured. Mark former customers with the date they were lost (status "Former customer", "Lost on") to measure churn.
keeping-per_kept = Keeping a customer costs
keeping-per_kept_how = Retention spend ÷ customers kept = { $spend } ÷ { $kept } = { $per } per customer kept. { $from }
keeping-kept_measured = Customers kept = customers at the start of the year − those lost in it, measured from the list.
keeping-kept_typed = Customers kept = current customers × (1 − churn), from the typed-in churn.
keeping-bad_line = The retention line “{ $name }” is not a usable amount: correct it to see the cost per customer kept.
keeping-no_spend = No retention spend entered yet: add the year's retention lines below (financial, social, structural).
keeping-nobody_kept = Nobody was kept in the year, so there is no cost per customer kept.
keeping-cac = Winning a customer costs
keeping-cac_how = The list's average acquisition cost (Economics): outreach spend ÷ the denominator in force.
keeping-churn_cost = Cost of churn
keeping-churn_cost_how = Customers lost × their average lifetime value before acquisition cost = { $lost } × { $ltv } = { $cost }.
keeping-churn_cost_missing = Needs customers lost and a lifetime value: enter revenue for the customers and a churn.
keeping-replacing = Cost of replacing them
keeping-replacing_how = Customers lost × CAC = { $lost } × { $cac } = { $cost }.
keeping-replacing_missing = Needs an acquisition cost: enter the outreach spend in Economics.
keeping-verdict_keeping = Keeping is cheaper: keeping a customer costs { $keep }, winning a new one { $cac }, { $times } times as much.
keeping-verdict_replacing = Replacing is cheaper: keeping a customer costs { $keep }, { $times } times the { $cac } a new one costs. Check what the retention spend buys.
keeping-verdict_same = Keeping a customer and winning one both cost { $keep }.
keeping-verdict_missing = Enter the retention spend and the outreach spend to see whether keeping or replacing a customer is cheaper.
keeping-chart_title = Keeping against replacing, a year
keeping-chart_caption = The year's retention spend against what the customers lost cost: replacing them at the acquisition cost, and the lifetime value that left with them. The figures above have the numbers.
keeping-chart_axis = Money ({ $currency })
keeping-bar_spend = Retention spend
keeping-bar_replacing = Replacing the lost
keeping-bar_churn = Value lost (churn)
keeping-spend_title = Retention spend by level
keeping-spend_intro = Enter the year's retention spend as lines, each on one of the three levels of retention: financial (price incentives, rewards for frequent or steady buying, guarantees), social (personal service, customer clubs) and structural (ties that make leaving costly: shared systems, integration).
keeping-levels_caption = Retention spend and cost per customer kept, by level
keeping-col_means = What it works with
keeping-col_spend = Spend
keeping-col_per_kept = Per customer kept
keeping-means_financial = Price incentives, rewards for frequent or steady buying, satisfaction guarantees
keeping-means_social = Personal, individual service; customer clubs
keeping-means_structural = Ties that make leaving costly: shared systems, integration, added benefits
keeping-source_measured_segment = measured in its segment
keeping-source_measured_overall = measured over the list
keeping-source_typed_segment = typed in for its market type
keeping-source_typed = typed in
keeping-churn_title = Churn measured from the list
keeping-churn_intro = Customers at the start of a year = customers and former customers won before it and not lost before it; churn = those lost during the year ÷ customers at its start; group lifetime = 1 ÷ churn.
keeping-churn_year = Year measured
keeping-churn_by = Segments by
keeping-churn_min = Customers at the start a segment needs
keeping-dimension_market_type = Market type
keeping-dimension_channel = Channel
keeping-dimension_size_band = Size band
keeping-year_entered = Churn of { $year }, the year chosen.
keeping-year_latest = Churn of { $year }, the latest year in which a former customer was lost (choose another year above).
keeping-no_former = The list has no former customer with a date of loss: churn cannot be measured, and the typed-in churn of Settings is used.
keeping-undated =
    { $count ->
        [one] { $count } customer without a date of first purchase is counted as there at the start.
       *[other] { $count } customers without a date of first purchase are counted as there at the start.
    }
keeping-former_undated =
    { $count ->
        [one] { $count } former customer has no date of loss and is left out: when it left is unknown.
       *[other] { $count } former customers have no date of loss and are left out: when they left is unknown.
    }
keeping-churn_caption = Churn by { $by }, and the churn each segment's lifetimes use
keeping-col_segment = Segment
keeping-col_at_start = At the start
keeping-col_lost = Lost
keeping-col_churn = Churn
keeping-col_lifetime = Group lifetime
keeping-col_used = Churn used for its customers
keeping-segment_unknown = Not given
keeping-segment_all = Whole list
keeping-no_rate = none at the start
keeping-rule = A customer's lifetime uses its segment's measured churn when the segment had at least { $min } customers at the start, else the list's measured churn, else the churn typed in for its market type, else the list's typed-in churn.
keeping-churn_chart_title = Churn by { $by }
keeping-churn_chart_axis = Churn a year (%)
keeping-churn_chart_caption = Each segment's measured churn; the line is the whole list's. The table below has the figures.
keeping-delivered_title = Delivered value: the customer's side
keeping-delivered_intro = What the customer gets from us (product, service, people, image) against what it gives (price, time, effort, risk). A customer who gets little more than it gives is a churn risk, whatever it earns us: enter the eight parts per customer in the Customers table, in money or as 0–10 scores.
keeping-delivered_scale = Parts entered as
keeping-scale_money = Money a year
keeping-scale_score = Scores from 0 to 10
keeping-delivered_low = Churn risk below this share of the value
keeping-delivered_how = Delivered value = (product + service + people + image) − (price + time + effort + risk). For example 500 + 200 + 100 + 50 = 850 of value against 600 + 80 + 40 + 30 = 750 of cost: 100 delivered. A customer is a churn risk when its delivered value is 0 or less, or below the share set above of its total value. A part left empty counts as 0 once at least one value and one cost part are given.
keeping-delivered_none = No customer has a delivered value yet: enter at least one value part and one cost part for a customer (Customers table, columns "Product value" … "Risk to the customer").
keeping-delivered_summary =
    Customers with a delivered value: { $count }. { $risks ->
        [one] { $risks } of them is a churn risk; it earns us { $profit } a year.
       *[other] { $risks } of them are churn risks; together they earn us { $profit } a year.
    }
keeping-delivered_high_profit =
    { $high ->
        [one] { $high } of them is among the most profitable quarter (profit { $top } a year or more): { $profit } a year rests on a customer who gets little from us.
       *[other] { $high } of them are among the most profitable quarter (profit { $top } a year or more): { $profit } a year rests on customers who get little from us.
    }
keeping-points = { $n } points
keeping-out_of_scale =
    { $count ->
        [one] { $count } customer has a part outside 0–10 while the parts are scores; it is left out of the sums.
       *[other] { $count } customers have a part outside 0–10 while the parts are scores; those parts are left out of the sums.
    }
keeping-at_risk_caption = Churn risks, lowest delivered value first ({ $count })
keeping-at_risk_pages = Pages of churn risks
keeping-col_customer = Customer
keeping-col_value = Value to them
keeping-col_cost = Cost to them
keeping-col_delivered = Delivered value
keeping-col_delivered_how = Value to the customer − cost to the customer
keeping-col_profit = Profit a year to us
keeping-col_flag = High profit?
keeping-flag_high_profit = Top quarter by profit
keeping-by_market_caption = Delivered value by market type (averages per customer)
keeping-col_customers = Customers
keeping-col_at_risk = Churn risks
keeping-wallet_title = Share of wallet
keeping-wallet_intro = Our revenue from a customer ÷ its total spending in the category a year: with the retention rate, the measure of success the source articles name. Enter the category spend per customer in the Customers table ("Category spend").
keeping-wallet_none = No customer has a category spend yet: enter it in the Customers table to see the share of wallet and the room to grow.
keeping-wallet_share = Share of wallet
keeping-wallet_share_how =
    { $count ->
        [one] Our revenue ÷ the category spend, over the { $count } customer with both (weighted by spend: Σ revenue ÷ Σ category spend).
       *[other] Our revenue ÷ the category spend, over the { $count } customers with both (weighted by spend: Σ revenue ÷ Σ category spend).
    }
keeping-wallet_room = Room to grow
keeping-wallet_room_how = Σ (category spend − our revenue): what these customers spend in the category elsewhere. For example 3,000 of 12,000 is a 25 % share and 9,000 of room.
keeping-wallet_above =
    { $count ->
        [one] { $count } customer brings more revenue than its category spend: check the figures (it is left out of the room to grow).
       *[other] { $count } customers bring more revenue than their category spend: check the figures (they are left out of the room to grow).
    }
keeping-wallet_caption = Share of wallet and room to grow per customer, most room first ({ $count })
keeping-col_revenue = Our revenue
keeping-col_share = Share of wallet
keeping-checks_title = The source articles' checks
keeping-shape_inverted_u = Profit per customer by lifecycle stage forms the inverted U the articles expect, peaking at { $peak }.
keeping-shape_breaks = Profit per customer by lifecycle stage does not form the inverted U the articles expect: { $stage } breaks it (see Lifetime, lifecycle stages).
keeping-shape_too_few = Fewer than three lifecycle stages have customers: the inverted U the articles expect cannot be checked yet.
keeping-what_size = by size band
keeping-what_revenue = by revenue quarter
keeping-peak_biggest = Profit per customer { $what } is highest among the biggest customers.
keeping-peak_middle = Profit per customer { $what } is highest in a middle group, { $group }, not among the biggest: as the articles warn, the most profitable customers are often middle-sized.
keeping-peak_smallest = Profit per customer { $what } is highest among the smallest customers.
keeping-peak_too_few = Fewer than two groups have customers, so profit per customer { $what } cannot be compared.
keeping-quartile_top = Top quarter by revenue
keeping-quartile_second = Second quarter by revenue
keeping-quartile_third = Third quarter by revenue
keeping-quartile_bottom = Bottom quarter by revenue
keeping-groups_caption = Profit a year per customer by size band and by revenue quarter
keeping-col_group = Group
keeping-col_profit_per = Profit a year per customer
keeping-by_market_type = market type
keeping-by_channel = channel
keeping-by_size_band = size band
keeping-churn_other_caption = Churn by { $by } (measured, not used for lifetimes: choose it under "Segments by" to use it)
keeping-segment_delivered = Delivered value by market type, for customers without their own
keeping-segment_delivered_note = When you know what a whole market type gets and gives rather than each customer, enter it here: every customer of that type without its own delivered value takes it.
keeping-segment_cell = { $part } for { $market }
keeping-wallet_pages = Pages of share of wallet
