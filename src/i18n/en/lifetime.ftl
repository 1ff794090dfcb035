### English: Strings of the lifetime view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

lifetime-intro = What a customer is worth over the years: the value of one customer, what churn costs, the cohort table, lifecycle stages and where retention money should go. The calculators keep their numbers in this page only; the churn, cohort and budget settings are saved with the list.
lifetime-year_n = Year { $n }
lifetime-per_year_count = { $n } a year

## Individual LTV

lifetime-individual_title = Lifetime value of one customer
lifetime-individual_intro = Four steps: the lifetime in years, the net profit of each year, each year discounted, then summed.
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
lifetime-ind_profit = Profit per purchase
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
lifetime-ind_purchases = Purchases
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
lifetime-ind_period = Purchases counted
# Option of a drop-down: purchases counted per month.
lifetime-per_month = a month
# Option of a drop-down: purchases counted per year.
lifetime-per_year = a year
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
lifetime-ind_years = Years as a customer
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
lifetime-ind_yearly = Profit a year
lifetime-ind_yearly_how = Profit per purchase × purchases a year = { $profit } × { $purchases } = { $yearly }.
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
lifetime-ind_undiscounted = Lifetime value, undiscounted
lifetime-ind_undiscounted_how = Profit a year × years = { $yearly } × { $years } (a part year counts with its fraction).
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
lifetime-ind_discounted = Lifetime value, discounted
lifetime-ind_discounted_how = Σ over { $years ->
        [one] { $years } year
       *[other] the { $years } years
    } of { $yearly } ÷ discount factor, at a discount rate d = { $rate }, { $convention }.

## By age

lifetime-age_title = Lifetime by age: the ceiling and the expected years
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
lifetime-age_intro = The lifespan ceiling = (life expectancy − age) × value a year: what a customer could bring by staying for life, loyalty left aside. The expected remaining years count loyalty: { $formula }, with c the churn rate and L = life expectancy − age.
# The first of two customers the age calculator compares.
lifetime-age_person_a = First customer
# The second of two customers the age calculator compares.
lifetime-age_person_b = Second customer
# Label of the input of a person's age, in years.
lifetime-age = Age
lifetime-age_value = Value a year
lifetime-age_remaining = { $who }: remaining years
lifetime-age_remaining_how = Life expectancy − age, never below 0.
lifetime-age_total = { $who }: lifespan ceiling
lifetime-age_how = ({ $life } − { $age }) = { $remaining } { $remaining ->
        [one] year
       *[other] years
    } × { $yearly } a year (undiscounted): a ceiling, loyalty left aside.
lifetime-age_expected = { $who }: expected remaining years
lifetime-age_expected_how = { $formula }, with L = { $remaining } { $remaining ->
        [one] year
       *[other] years
    } and churn { $churn }: { $years } { $years ->
        [one] year
       *[other] years
    }. When L is not a whole number, the whole years are summed and the last part year f adds { $part_year }, c being the churn.
lifetime-age_expected_value = { $who }: expected value
lifetime-age_expected_value_how = { $years } { $years ->
        [one] year
       *[other] years
    } × { $yearly } a year (undiscounted; the list's LTV also discounts each year).
lifetime-age_rule = Every lifetime value of the list (and the rankings, retention segments and LTV : CAC that read it) uses the expected remaining years: for a person with an age, the sum above with the churn of the customer's market type (else the list's churn, see Settings); for an organisation or an unknown age there is no lifespan to stop the sum, so it is 1 ÷ churn, unbounded at churn 0 (then the longest lifetime counted is used). People and organisations are thus valued on one scale; the ceiling is shown for comparison.
lifetime-age_churn = Churn a year of the two customers
lifetime-age_times = By the ceiling the first customer is worth { $times } times the second; counting loyalty, { $expected_times } times.

## Closed forms

lifetime-closed_title = Closed form with constant retention
lifetime-closed_intro = With a margin m a year, a constant retention r and a discount rate d the yearly sum has a closed form.
lifetime-closed_m = Margin a year (m)
lifetime-closed_r = Retention a year (r)
lifetime-closed_d = Discount rate (d)
lifetime-closed_first = First year counted: m(1 + d) ÷ (1 + d − r)
lifetime-closed_first_how = { $m } × (1 + { $d }) ÷ (1 + { $d } − { $r }): the first year undiscounted, every later year kept with r and discounted with d.
lifetime-closed_variant = From the first renewal: m·r ÷ (1 + d − r)
lifetime-closed_variant_how = { $m } × { $r } ÷ (1 + { $d } − { $r }): only the years after the customer has stayed once.
lifetime-closed_every = Every year discounted: m ÷ (1 + d − r)
lifetime-closed_every_how = { $m } ÷ (1 + { $d } − { $r }): the same sum with the first year discounted too.

## Churn

# Heading of a section.
lifetime-churn_title = Churn and group lifetime
lifetime-churn_intro = Churn = customers lost in a year ÷ customers at its start. Group lifetime = 1 ÷ churn; new customers needed each year to stay level = churn × customers. A churn of 0 means an unbounded lifetime.
lifetime-churn_lifetime_how = 1 ÷ churn a year; unbounded when the churn is 0.
lifetime-churn_need = New customers needed to stay level
lifetime-churn_need_value = { $n } a year
lifetime-churn_need_how = Churn × customers = { $churn } × { $base } = { $n } a year.
lifetime-churn_no_benchmark = Enter the churn of a firm to compare with to see what the difference costs each year.
lifetime-churn_benchmark_result = At { $ours } churn this list must win { $our_need } { $our_need ->
        [one] customer
       *[other] customers
    } a year; the firm compared loses { $theirs }, needs { $their_need } a year and keeps its customers { $their_lifetime }.
lifetime-churn_extra_spend = The difference is { $extra } { $extra ->
        [one] customer
       *[other] customers
    } a year; at an acquisition cost of { $cac } each that is { $spend } more spent each year just to stand still.
lifetime-churn_extra_no_cac = The difference is { $extra } { $extra ->
        [one] customer
       *[other] customers
    } a year; enter outreach spend and new customers (Economics) to price it with the acquisition cost.
# Title of a group of inputs.
lifetime-firms_title = Two firms compared
lifetime-firm_a_base = Firm A: customers at the start
lifetime-firm_a_lost = Firm A: customers lost in the year
lifetime-firm_b_base = Firm B: customers at the start
lifetime-firm_b_lost = Firm B: customers lost in the year
lifetime-firm_cac = Acquisition cost per customer
lifetime-firms_caption = Churn, lifetime and replacement need of firms A and B
# Column header of a table in the Lifetime view.
lifetime-firm_a = Firm A
# Column header of a table in the Lifetime view.
lifetime-firm_b = Firm B
# Row header comparing two firms: their yearly churn rate.
lifetime-firm_churn = Churn
lifetime-firm_need = New customers needed

## Cohort

# Heading of a section.
lifetime-cohort_title = Cohort lifetime value table
lifetime-cohort_intro = A cohort of customers won in year 1, followed year by year (after Hughes, Strategic Database Marketing). Edit any input cell; add years to follow the cohort longer.
lifetime-cohort_size = Customers won (cohort size)
lifetime-cohort_interest = Interest rate (i)
lifetime-cohort_risk = Risk factor (rf)
# Label of a choice: how discount factors are shown (exact or rounded).
lifetime-cohort_rounding = Discount factor
# Choice of how discount factors are shown: exact, with an example.
lifetime-cohort_exact = exact (1.3456)
lifetime-cohort_rounded = rounded to two decimals as Hughes prints it (1.35)
lifetime-cohort_add_year = Add a year
# Button.
lifetime-cohort_remove_year = Remove the last year
lifetime-cohort_year_added = A year was added; the table now has { $n } { $n ->
        [one] year
       *[other] years
    }.
lifetime-cohort_year_removed = The last year was removed; the table now has { $n } { $n ->
        [one] year
       *[other] years
    }.
lifetime-cohort_caption = Cohort lifetime value table (money in { $currency })
# Column header of a table in the Lifetime view.
lifetime-cohort_measure = Measure
# Column header of a table in the Lifetime view.
lifetime-cohort_year = Year
lifetime-cohort_cell = { $row }, year { $year }
lifetime-cohort_retention = Retention rate
lifetime-cohort_orders = Orders per customer
lifetime-cohort_order_value = Average order value
lifetime-cohort_cost_rate = Cost rate
lifetime-cohort_marketing = Marketing cost per customer
lifetime-cohort_customers = Customers
lifetime-cohort_customers_how = year 1 = cohort size; later = previous customers × previous retention
lifetime-cohort_revenue = Revenue
lifetime-cohort_revenue_how = customers × orders × average order value
lifetime-cohort_cost_of_sales = Cost of sales
lifetime-cohort_cost_of_sales_how = revenue × cost rate
lifetime-cohort_marketing_costs = Marketing costs
lifetime-cohort_marketing_costs_how = customers × marketing cost per customer (acquisition in year 1)
lifetime-cohort_total_costs = Total costs
lifetime-cohort_total_costs_how = cost of sales + marketing costs
lifetime-cohort_profit = Profit
lifetime-cohort_profit_how = revenue − total costs
lifetime-cohort_factor = Discount factor
lifetime-cohort_factor_how = { $formula }, exact or rounded to two decimals
lifetime-cohort_npv = NPV profit
lifetime-cohort_npv_how = profit ÷ D_t
lifetime-cohort_cumulative = Cumulative NPV profit
lifetime-cohort_cumulative_how = sum of NPV profit up to the year
# Column header of a table in the Lifetime view.
lifetime-cohort_ltv = Lifetime value (LTV_t)
lifetime-cohort_ltv_how = cumulative NPV profit ÷ cohort size
# Heading of a section.
lifetime-cohort_lessons = What the table teaches
lifetime-cohort_lesson_loss = The acquisition year loses money: profit in year 1 is { $profit }.
lifetime-cohort_lesson_no_loss = The acquisition year already earns { $profit }.
lifetime-cohort_lesson_leaver = A customer who leaves after year 1 costs { $cost } (−LTV of year 1).
lifetime-cohort_lesson_final = Retention is what makes the cohort profitable: after { $years } { $years ->
        [one] year
       *[other] years
    } each customer won is worth { $ltv }.
lifetime-gain_caption = LTV gained per point of retention
lifetime-gain_where = One point more retention in
lifetime-gain_value = LTV gained per customer won
# Row header: the gain over every year of the cohort table.
lifetime-gain_all_years = Every year
lifetime-gain_how = Change in the last year's LTV when that year's retention rises by one percentage point (at most 100 %). The last year's retention only matters once a year is added.
lifetime-chart_cumulative = Lifetime value per customer won, year by year
lifetime-chart_cumulative_table = LTV per customer won by year

## Stages

lifetime-stages_title = Lifecycle stages and lifetime profit
lifetime-stages_intro = Exploration (a prospect asking questions), formation (new customer, fast growth), stability (established, highest profit), decline. Profit over the stages should draw an inverted U.
lifetime-chart_lifetime_profit = Profit by lifecycle stage
lifetime-stages_caption = Customers and profit per lifecycle stage
# Lifecycle stage of a customer: axis title of a chart and column header.
lifetime-stage = Stage
lifetime-stage_none = No stage given
# Column header of a table in the Lifetime view.
lifetime-stage_count = Customers
# Column header of a table in the Lifetime view.
lifetime-stage_profit = Profit a year
lifetime-stage_profit_how = Sum of the annual profit of the stage's customers.
# Column header of a table in the Lifetime view.
lifetime-stage_average = Average profit a year
lifetime-stage_average_how = Profit a year ÷ customers.
# Column header of a table in the Lifetime view.
lifetime-stage_lifetime = Lifetime profit
lifetime-stage_lifetime_how = Sum of (base + cross-sell + savings + referral) − (acquisition + discounts + negative referral damage) over the stage's customers.
# Column header of a table in the Lifetime view.
lifetime-stage_lifetime_average = Average lifetime profit
lifetime-stage_lifetime_average_how = Lifetime profit ÷ customers.
lifetime-stages_note = Base profit of a customer = (gross profit − service cost) a year × expected years (undiscounted); cross-sell profit, cost savings, referral value, price discounts and negative referral damage come from the indicators of the same names, 0 when absent.
lifetime-lp_title = Lifetime profit of one customer
lifetime-lp_intro = Lifetime profit = total profit − total investment, all money over the whole relationship.
lifetime-lp_base = Base profit
lifetime-lp_cross = Related (cross-sell) profit
lifetime-lp_savings = Cost savings
lifetime-lp_referral = Referral value
lifetime-lp_acquisition = Acquisition cost
lifetime-lp_discounts = Price discounts
lifetime-lp_damage = Damage from negative referrals
lifetime-lp_total_profit = Total profit
lifetime-lp_total_profit_how = Base + cross-sell + savings + referral = { $base } + { $cross } + { $savings } + { $referral }.
lifetime-lp_investment = Total investment
lifetime-lp_investment_how = Acquisition + discounts + negative referral damage = { $acquisition } + { $discounts } + { $damage }.
lifetime-lp_lifetime = Lifetime profit
lifetime-lp_lifetime_how = Total profit − total investment = { $profit } − { $investment }.

## Retention budget

lifetime-retention_title = Retention budget by LTV segment
lifetime-retention_intro = Spend retention money on high-LTV customers, hold acquisition spend toward groups whose customers have a high LTV, and do not spend to keep customers whose LTV is negative.
lifetime-segments_caption = LTV segments and the retention budget
# Column header of a table in the Lifetime view.
lifetime-segment = Segment
lifetime-segment_how = Negative LTVs form their own segment; the rest are ranked by LTV: top 20 % high, next 30 % medium, the rest low.
lifetime-segment_high = High LTV (top 20 %)
lifetime-segment_medium = Medium LTV (next 30 %)
lifetime-segment_low = Low LTV (the rest)
lifetime-segment_negative = Negative LTV
# Column header of a table in the Lifetime view.
lifetime-segment_total = Total LTV
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
lifetime-segment_total_how = Sum of the customers' individual LTVs (discounted, per the settings), each over the customer's expected remaining years: { $formula }, with c the churn rate and L = life expectancy − age, or 1 ÷ churn for organisations and unknown ages.
# Column header of a table in the Lifetime view.
lifetime-segment_average = Average LTV
# Column header of a table in the Lifetime view.
lifetime-segment_budget = Retention budget
lifetime-segment_budget_how = The budget is shared by the high and medium segments in proportion to their total LTV.
# Column header of a table in the Lifetime view.
lifetime-segment_budget_each = Budget per customer
# Column header of a table in the Lifetime view.
lifetime-segment_action = Suggested action
lifetime-segment_note = Budget of a segment = retention budget × segment's total LTV ÷ total LTV of the high and medium segments; low and negative segments get none.
lifetime-action_retain = Spend to keep them first
lifetime-action_nurture = Spend some to keep them
lifetime-action_maintain = Ordinary service, no extra spend
lifetime-action_do_not_retain = Do not spend to keep them
lifetime-flag_negative = {" "}— flagged: negative LTV
lifetime-negative_note = { $count } { $count ->
        [one] customer has
       *[other] customers have
    } a negative lifetime value (together { $total }); do not spend retention money to keep them.
lifetime-acquisition_title = Where to hold acquisition spend
lifetime-acquisition_intro = Groups whose customers have an average LTV above the list's average (and above zero) are where new customers are likely to have a high LTV. Average LTV of the list:
lifetime-acquisition_caption = Average LTV by market type and channel
# Column header of a table in the Lifetime view.
lifetime-acquisition_group = Group
# Column header of a table in the Lifetime view.
lifetime-acquisition_advice = Acquisition spend
lifetime-acquire_more = Hold acquisition spend here
lifetime-acquire_as_is = Keep as it is
lifetime-acquire_avoid = Avoid: customers lose money
lifetime-chart_ltv_axis = LTV per customer ({ $currency })
lifetime-chart_profit_axis = Average profit a year ({ $currency })

## Which figures the calculators show (issue 12, point 9)

lifetime-shown_list = Shown: the figures of the list “{ $list }”: { $how }.
lifetime-shown_example = Shown: the worked example: { $example }.
lifetime-shown_example_because = Shown: the worked example ({ $example }), because { $reason }.
lifetime-shown_own = Shown: your own figures, as typed in the fields.
lifetime-use_example = Use the worked example
lifetime-use_list = Use this list's figures
lifetime-missing_customers = the list has no customers
lifetime-missing_revenue = no customer of the list has a revenue
lifetime-missing_ages = fewer than two consumers of the list with a revenue have an age
lifetime-individual_example = a 30-year-old buying twice a month at a profit of 100 a purchase, for 20 years, discounted at 8 %
lifetime-individual_from_list = its average customer with a revenue, whose profit a year before acquisition cost (gross profit − service cost) is spread over its purchases a year (1 when the list gives none), for the group lifetime 1 ÷ churn; discount rate and convention from Settings
lifetime-age_example = a 20-year-old spending 500 a year against a 70-year-old spending 1,000 a year, churn 20 %
lifetime-age_from_list = the younger and the older half of its consumers with an age and a revenue (mean age in whole years, mean gross profit a year); life expectancy and churn from Settings
lifetime-closed_example = m = 100, r = 80 %, d = 10 %
lifetime-closed_from_list = m = the average gross profit − service cost a year of its customers with a revenue, r = 1 − churn, d = the discount rate of Settings
lifetime-firms_example = firm A has 100 customers and loses 20 a year, firm B has 100 and loses 10, acquisition cost 100
lifetime-firms_from_list = firm A is this list (its customers, and churn × customers lost, rounded to whole customers), firm B has as many customers at the churn compared with, both at the list's acquisition cost
lifetime-firms_no_benchmark = No churn to compare with is set: firm B takes the example's { $churn }.
lifetime-firms_no_cac = The list's acquisition cost is unknown (enter outreach spend and new customers in Economics): the example's { $cac } is used.
lifetime-cohort_example = Hughes's cohort of 100,000 customers
lifetime-cohort_from_list = a cohort as large as its customers, retention 1 − churn, the orders and order value of its average customer with a revenue, cost rate 1 − its gross margin, acquisition + service cost in year 1 and service cost later, i = the discount rate with rf = 1, over the group lifetime (3 to 10 years); edit any cell to make the table your own
lifetime-lp_example = base profit 1,000, cross-sell 300, savings 100, referral 200; acquisition 400, discounts 150, negative referral damage 50
lifetime-lp_from_list = the average of each part over its customers with a revenue
lifetime-stages_none = No customer of this list has a lifecycle stage, so there is no profit by stage to draw. Give customers one in the “Lifecycle stage” column of the customer table, or map a lifecycle_stage column when importing a CSV (exploration, formation, stability or decline).
lifetime-segments_not_rated =
    { $count ->
        [one] { $count } customer without a revenue has no lifetime value: they are not rated, in no segment, and left out of every total and average here.
       *[other] { $count } customers without a revenue have no lifetime value: they are not rated, in no segment, and left out of every total and average here.
    }
lifetime-chart_retention = Retention budget by segment
lifetime-chart_retention_caption = Where the retention budget goes, segment by segment; the table below has the figures.
lifetime-chart_segment_axis = LTV segment
lifetime-chart_budget_axis = Budget a year ({ $currency })
lifetime-ind_growth = Growth of profit a year
lifetime-ind_growth_how = Profit grows { $growth } a year: { $formula }.
lifetime-stage_growth = Growth of profit a year by lifecycle stage
lifetime-stage_growth_note = Each year of a customer's lifetime value, profit grows by its stage's rate: profit in year t = profit × (1 + g)^(t−1). Leave a stage empty for no growth; a customer's own "Profit growth" wins over its stage's.
