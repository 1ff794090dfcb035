### English: Strings of the targets view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

targets-intro = Which customers to serve first: the best ones your capacity allows, how well each fits your ideal customer profile, whether the market behind that profile is big enough, and how the list splits by market type.

## Capacity-limited targets

targets-list_title = Target customers within your capacity
targets-summary = { $targets } { $targets ->
        [one] target
       *[other] targets
    } (capacity { $capacity }); { $others } { $others ->
        [one] other customer
       *[other] other customers
    } listed apart.
targets-unused = { $unused ->
        [one] { $unused } place of the capacity stays empty
       *[other] { $unused } places of the capacity stay empty
    }: no other customer has a positive relationship value.
targets-ranked_money = Customers are ranked by relationship value in money; the targets are the top ones with a positive value, as many as the capacity allows.
targets-ranked_score = Customers are ranked by relationship score (stage weights); the targets are the top ones with a positive relationship value in money, as many as the capacity allows.
targets-no_targets = No targets: the capacity is 0 or no customer has a positive relationship value.
targets-targets_caption = Targets, best first ({ $count })
targets-others_caption = Other customers, listed apart ({ $count })
targets-targets_pages = Pages of targets
targets-others_pages = Pages of other customers
# Column header of a table in the Targets view.
targets-col_rank = Rank
# Column header of a table in the Targets view.
targets-col_value = Relationship value
targets-col_value_title = (explicit + implicit value) − (explicit + implicit cost), money a year
# Column header of a table in the Targets view.
targets-col_score = Relationship score
targets-col_score_title = Stage-weighted normalised explicit, market-share and brand value minus normalised cost, about −1 to 1
# Column header of a table in the Targets view.
targets-col_fit = Fit
targets-col_fit_title = 100 × weight of the profile's criteria met ÷ total weight (0–100)
# Column header of a table in the Targets view.
targets-col_why = Why not a target
# Reason a customer is not a target: more customers than the capacity set.
targets-why_capacity = beyond capacity
targets-why_not_positive = relationship value not positive
targets-list_note = Relationship value = (explicit value + implicit value) − (explicit cost + implicit cost), money a year. A customer whose value is 0 or less is never a target, whatever the capacity.

## Ideal customer profile

# Heading of a section.
targets-icp_title = Ideal customer profile
targets-icp_intro = Criteria on the customer itself (age, income, size, type, decision process, financial standing) and on its fit with us (service needed against what we can give, profit of serving them). Fit score = weighted share of criteria met, 0–100; unknown data does not meet a criterion.
targets-icp_criterion = Criterion { $n }
# Label of an input.
targets-icp_name = Name
targets-icp_new_name = New criterion
targets-icp_name_required = A criterion needs a name.
# Label of a drop-down: which part of a customer's data an ideal-customer-profile criterion tests.
targets-icp_area = Area
targets-area_customer = The customer itself
targets-area_fit = Fit with us
# Label of the input of a criterion's weight in the ideal customer profile.
targets-icp_weight = Weight
# Label of a drop-down: the kind of test of a criterion (at least, at most, between…).
targets-icp_test = Test
# Kind of a criterion of the ideal customer profile, an option of a drop-down.
targets-kind_at_least = Indicator at least
# Kind of a criterion of the ideal customer profile, an option of a drop-down.
targets-kind_at_most = Indicator at most
# Kind of a criterion of the ideal customer profile, an option of a drop-down.
targets-kind_between = Indicator between
targets-kind_market_type_in = Market type is one of
targets-kind_size_band_in = Size band is one of
# Kind of a criterion of the ideal customer profile, an option of a drop-down.
targets-kind_region_in = Region is one of
targets-kind_attribute_in = Attribute has one of the values
# Label of an input.
targets-icp_indicator = Indicator
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_revenue = Revenue
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_profit = Profit
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_purchase_frequency = Purchases a year
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_average_order_value = Average order value
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_gross_margin = Gross margin
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_service_cost = Service cost
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_relationship_value = Relationship value
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_lifetime_value = Lifetime value
targets-ind_size_band = Size band (1 micro – 4 large)
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_age = Age
targets-ind_share_of_wallet = Share of wallet
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
targets-ind_named = Other indicator, by name
# Label of an input.
targets-icp_named = Indicator name
targets-icp_named_required = Name the indicator (as in the list, e.g. growth or credit_rating).
# Label of an input.
targets-icp_min = Lowest passing value
# Label of an input.
targets-icp_max = Highest passing value
targets-icp_range_upside_down = Not saved: the lowest passing value cannot be above the highest.
targets-unit_fraction = fraction, 0.35 = 35 %
targets-unit_size = 1 micro – 4 large
targets-unit_named = the indicator's own unit
targets-unit_fit = fit score 0–100
targets-icp_market_types = Market types that pass
targets-icp_size_bands = Size bands that pass
targets-icp_one_needed = Keep at least one ticked; remove the criterion to drop it.
targets-icp_regions = Regions that pass (separated by commas)
# Label of an input.
targets-icp_attribute = Attribute name
targets-icp_attribute_required = Name the attribute (as in the list, e.g. industry).
targets-icp_values = Values that pass (separated by commas)
targets-icp_list_required = Not saved: give at least one value.
targets-icp_list_empty = No value entered yet: no customer meets this criterion.
# Button that removes a criterion from the ideal customer profile (verb).
targets-icp_remove = Remove
targets-icp_remove_named = Remove criterion { $name }
targets-icp_removed = Criterion “{ $name }” removed.
# Button.
targets-icp_add = Add criterion
targets-icp_added = A new criterion was added at the end; give it a name and a test.
targets-icp_threshold = Fit from which a customer matches the profile

## Fit scores

# Heading of a section.
targets-fit_title = Fit with the profile
targets-fit_caption = Customers by fit score, best first
targets-fit_pages = Pages of fit scores
targets-fit_none = No fit scores: define at least one criterion with a weight above zero.
# Column header of a table in the Targets view.
targets-col_matches = Matches the profile
targets-col_matches_title = Fit at or above the threshold
# Column header of a table in the Targets view.
targets-col_target = Target
targets-fit_note = Fit = 100 × (weight of the criteria met) ÷ (total weight). A customer matches the profile from a fit of { $threshold }.

## Market reality

# Heading of a section.
targets-market_title = Market reality
targets-market_intro = How many customers like the profile exist in your target market, and how many firms chase them. Enter the market size; leave the share empty to estimate it from this list.
targets-market_size = Customers in the target market
targets-market_share = Share of them matching the profile (empty: estimated from this list)
targets-competitors = Competitors chasing them
targets-min_addressable = Warn below this many addressable customers
targets-min_per_firm = Warn below this many addressable customers per firm
targets-market_none = Enter the number of customers in the target market to check the profile against market reality.
targets-addressable = Addressable customers
targets-addressable_how = Addressable = market size × share matching the profile = { $size } × { $share } = { $addressable }.
targets-share_estimated = The share was estimated from this list: the share of its entries (customers and prospects) with a fit of { $threshold } or more. A prospect has no profit or service cost yet, so criteria on them do not pass for it.
targets-per_firm = Addressable customers per firm
targets-per_firm_how = Per firm = addressable ÷ (competitors + 1, us) = { $addressable } ÷ ({ $competitors } + 1) = { $per_firm }.
targets-market_ok = The profile leaves a market big enough and not too contested.

## Market types

# Heading of a section.
targets-markets_title = By market type
targets-markets_caption = Customers, prospects, revenue and profit per market type
# Column header of a table in the Targets view.
targets-col_customers = Customers
# Column header of a table in the Targets view.
targets-col_prospects = Prospects
# Column header of a table in the Targets view.
targets-col_revenue = Revenue
# Column header of a table in the Targets view.
targets-col_revenue_share = Share of revenue
targets-col_revenue_share_title = Revenue of the market type ÷ total revenue
# Column header of a table in the Targets view.
targets-col_profit = Profit
# Column header of a table in the Targets view.
targets-col_profit_share = Share of profit
targets-col_profit_share_title = Profit of the market type's profitable customers ÷ profit of every profitable customer (never negative; losses in the next column)
# Column header of a table in the Targets view.
targets-col_losses = Losses
targets-col_losses_title = Sum of the profit of the market type's customers who lose money, and how many they are
# Column header of a table in the Targets view.
targets-col_average_profit = Profit per customer
targets-col_average_profit_title = Profit of the market type ÷ its customers
targets-markets_note = Market types: consumer, producer, intermediary (reseller), government, international. The customer table filters by market type. An entry without a market type is counted in its own row, “Not given”, never as a consumer; on import, a market type that cannot be read is reported with its line and column and that row is not imported.
