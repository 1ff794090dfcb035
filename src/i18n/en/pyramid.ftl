### English: Strings of the pyramid view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

pyramid-intro = Customers cut into tiers and ratings by the measure you choose: who brings the value, what they have in common, who loses money and who is close to moving up.
pyramid-empty = This list has no customers yet: import or add some to see tiers and ratings. The settings below can already be edited.

## Bases and units

pyramid-basis = Rank customers by
# What the pyramid ranks by, inserted into sentences; lower case mid-sentence.
pyramid-basis_revenue = revenue
# What the pyramid ranks by, inserted into sentences; lower case mid-sentence.
pyramid-basis_profit = profit
# What the pyramid ranks by, inserted into sentences; lower case mid-sentence.
pyramid-basis_relationship_value = relationship value
# What the pyramid ranks by, inserted into sentences; lower case mid-sentence.
pyramid-basis_relationship_score = relationship score
# What the pyramid ranks by, inserted into sentences; lower case mid-sentence.
pyramid-basis_lifetime_value = lifetime value
pyramid-basis_weighted = the weighted pyramid “{ $name }”
pyramid-basis_weighted_n = weighted pyramid { $n }
# What the pyramid ranks by, inserted into sentences; lower case mid-sentence.
pyramid-basis_scorecard = scorecard score
pyramid-unit_money_year = money a year
# Unit of a score: an amount of money (as opposed to points).
pyramid-unit_money = money
pyramid-unit_relationship_score = score from −1 to 1
pyramid-unit_composite = composite from 0 to 1
pyramid-unit_scorecard = score from 0 to 100

## Tiers

# Name of the top tier of the value pyramid.
pyramid-tier_large = Large potential
# Name of the middle tier of the value pyramid.
pyramid-tier_medium = Medium potential
# Name of the bottom tier of the value pyramid.
pyramid-tier_small = Small potential
# Heading of a section.
pyramid-scheme_title = Value pyramid
pyramid-scheme_intro = Three tiers: large, medium and small potential. Cut the ranking by shares of customers (default: top 20 %, next 30 %, last 50 %) or by values of the measure.
pyramid-cut_mode = Cut the pyramid by
pyramid-of_weighted = { $what } (weighted pyramid { $n })
pyramid-mode_shares = shares of customers
pyramid-mode_thresholds = thresholds (values of the measure)
pyramid-share_of = Share of customers in “{ $tier }”
pyramid-share_rest = { $tier }: the remaining { $share }.
pyramid-threshold_of = Lowest value in “{ $tier }”
pyramid-threshold_rest = { $tier }: everyone below the second threshold. Customers without a value are not rated.
pyramid-shares_too_big = Not saved: the two shares would add up to { $sum }; together they can be at most 100 %.
pyramid-shares_all_zero = Not saved: at least one rating needs a share above 0 %.
pyramid-threshold_below_next = Not saved: this threshold must be at least the one of the next tier ({ $next }).
pyramid-threshold_above_previous = Not saved: this threshold cannot be above the one of the tier before ({ $previous }).
pyramid-thresholds_reset = The measure has another unit, so the thresholds were replaced by the default shares.
pyramid-rule_in_force = Rule in force:
pyramid-rule_ranked = By { $basis }, ranked: { $parts }.
pyramid-rule_thresholds = By { $basis }, with thresholds: { $parts }.
pyramid-part_top = { $label } = top { $share }
pyramid-part_next = { $label } = next { $share }
pyramid-part_last = { $label } = last { $share }
pyramid-part_at_least = { $label } = { $value } or more
pyramid-part_between = { $label } = { $low } up to below { $high }
pyramid-part_below = { $label } = below { $value }
pyramid-part_everyone = { $label } = everyone
pyramid-chart_caption = The value pyramid: customers per tier (the table below gives the same numbers).
pyramid-tier_table_caption = Customers, revenue and profit per tier
pyramid-tier_table_note = Share of customers = customers in the tier ÷ all customers. Revenue share = revenue of the tier ÷ total revenue. Profit share = profit of the tier ÷ total profit (it can be negative, or above 100 % when some tiers lose money). Shares of customers are rounded cumulatively; customers with equal values always share a tier, so a tier can hold a little more than its share, and customers without a value are in no tier (listed below as not rated).
# Column header of a table in the Pyramid and ratings view.
pyramid-col_tier = Tier
# Column header of a table in the Pyramid and ratings view.
pyramid-col_rating = Rating
# Column header of a table in the Pyramid and ratings view.
pyramid-col_count = Customers
# Column header of a table in the Pyramid and ratings view.
pyramid-col_count_how = Customers in the band
# Column header of a table in the Pyramid and ratings view.
pyramid-col_customer_share = Share of customers
pyramid-col_customer_share_how = Customers in the band ÷ all customers
# Column header of a table in the Pyramid and ratings view.
pyramid-col_revenue_share = Revenue share
pyramid-col_revenue_share_how = Revenue a year of the band ÷ total revenue a year
# Column header of a table in the Pyramid and ratings view.
pyramid-col_profit_share = Profit share
pyramid-col_profit_share_how = Profit a year of the band's profitable customers ÷ profit a year of every profitable customer; losses count as 0 and are in the next column
# Column header of a table in the Pyramid and ratings view.
pyramid-col_losses = Losses
pyramid-col_losses_how = Sum of the profit a year of the band's customers who lose money, and how many they are
pyramid-count_share_losses = Losses: { $losses }.
pyramid-profile_losses = { $losing } of them { $losing ->
        [one] loses
       *[other] lose
    } money, { $losses } in total; they count as 0 in the profit share, which is a share of the profit of every profitable customer.
# Column header of a table in the Pyramid and ratings view.
pyramid-col_range = Values in the band
pyramid-col_range_how = Lowest and highest value of the ranked measure in the band
pyramid-range = { $low } to { $high }
# Shown when no customer has a value for the chosen indicator.
pyramid-no_scores = no values

## Ratings

# Heading of a section.
pyramid-rating_title = Ratings
pyramid-rating_intro = A rating per customer on a scale of A–D, 1–5 or 1–10 (the best first) from the measure you choose. By default A is the top 20 %, B the next 30 %, C the next 30 % and D the last 20 %; 1–5 and 1–10 use equal shares.
pyramid-rating_scale = Rating scale
pyramid-scale_a_d = A, B, C, D
pyramid-scale_1_5 = 5 (best) to 1
pyramid-scale_1_10 = 10 (best) to 1
pyramid-rating_basis = Rate customers by
pyramid-rating_mode = Cut the ratings by
pyramid-rating_mode_default = the scale's default shares
pyramid-rating_mode_shares = shares of customers I set
pyramid-rating_share_of = Share of customers rated { $rating }
pyramid-rating_threshold_of = Lowest value rated { $rating }
pyramid-rating_threshold_rest = Rated { $rating }: everyone below the last threshold. Customers without a value are not rated.
pyramid-rating_default_note = The scale's default shares are used; choose “shares of customers I set” or thresholds to change them.
pyramid-rating_cuts_reset = The scale has another number of ratings, so its default shares are used.
pyramid-rating_table_caption = Customers, revenue and profit per rating

## Profiles

# Heading of a section.
pyramid-profiles_title = Tier profiles
pyramid-profiles_intro = What the customers of each tier have in common: how often each attribute value occurs in the tier against the whole list. A lift above 1 means more common in the tier than in the list.
pyramid-profile_summary = { $count } { $count ->
        [one] customer
       *[other] customers
    }; { $revenue } of revenue, { $profit } of profit, { $service } of service cost.
pyramid-top_lifts_caption = { $tier }: attribute values with the highest lift
pyramid-rest_caption = { $tier }: the other attribute values
pyramid-all_attributes = Show { $count ->
        [one] the { $count } attribute value
       *[other] all { $count } attribute values
    } of “{ $tier }”
pyramid-more_attributes = { $count ->
        [one] { $count } more attribute value, with lower lift, is not listed.
       *[other] { $count } more attribute values, with lower lift, are not listed.
    }
pyramid-no_attributes = The customers of this tier carry no attributes (market type, channel, region, size, …).
pyramid-no_profiles = No profiles: the pyramid could not be built for this list.
# Column header of a table in the Pyramid and ratings view.
pyramid-col_attribute = Attribute
# Column header of a table in the Pyramid and ratings view.
pyramid-col_value = Value
# Column header of a table in the Pyramid and ratings view.
pyramid-col_in_tier = In the tier
pyramid-col_in_tier_how = Customers of the tier with the value ÷ customers of the tier
# Column header of a table in the Pyramid and ratings view.
pyramid-col_in_list = In the list
pyramid-col_in_list_how = Customers of the list with the value ÷ all customers
# Column header of a table in the Pyramid and ratings view.
pyramid-col_lift = Lift
pyramid-col_lift_how = Share in the tier ÷ share in the list; 1 = as common as in the whole list
pyramid-share_count = { $share } ({ $count })
pyramid-lift_value = { $lift } ×
# A customer attribute, inserted into sentences of the tier profiles; lower case mid-sentence.
pyramid-attr_market_type = market type
# A customer attribute, inserted into sentences of the tier profiles; lower case mid-sentence.
pyramid-attr_channel = channel
# A customer attribute, inserted into sentences of the tier profiles; lower case mid-sentence.
pyramid-attr_region = region
# A customer attribute, inserted into sentences of the tier profiles; lower case mid-sentence.
pyramid-attr_size_band = size band
# A customer attribute, inserted into sentences of the tier profiles; lower case mid-sentence.
pyramid-attr_age_band = age band
# A customer attribute, inserted into sentences of the tier profiles; lower case mid-sentence.
pyramid-attr_lifecycle_stage = lifecycle stage

## Bottom tier, negative profit, migration

# Heading of a section.
pyramid-bottom_title = Bottom-tier review
pyramid-bottom_summary = { $tier }: { $count } { $count ->
        [one] customer brings
       *[other] customers bring
    } { $revenue } of revenue and { $profit } of profit but { $count ->
        [one] takes
       *[other] take
    } { $service } of service cost; { $negative } of them { $negative ->
        [one] loses
       *[other] lose
    } money.
# Bold lead-in before a suggested action.
pyramid-suggestion = Suggestion:
pyramid-stop_spending = Stop spending outreach and extra service on this tier; look for fewer customers like them.
pyramid-bottom_lifts_caption = What the customers of “{ $tier }” have in common
# Heading of a section.
pyramid-negative_title = Customers with negative profit
pyramid-negative_count = { $count ->
        [one] { $count } customer costs more than it brings
       *[other] { $count } customers cost more than they bring
    } (revenue × margin − service cost − acquisition cost charged to the year).
pyramid-negative_caption = Customers with negative profit, most negative first
pyramid-negative_more = The { $shown } most negative of { $count } are listed.
pyramid-no_negative = No customer has a negative profit.
# Column header of a table in the Pyramid and ratings view.
pyramid-col_customer = Customer
# Column header of a table in the Pyramid and ratings view.
pyramid-col_id = Id
# Column header of a table in the Pyramid and ratings view.
pyramid-col_profit = Profit a year
pyramid-col_profit_how = Revenue × gross margin − service cost − acquisition cost charged to the year
# Heading of a section.
pyramid-migration_title = Migration plan
pyramid-migration_intro = The customers just below each cut point of the pyramid, and how much each must gain to move up a tier.
pyramid-migration_count = Customers listed below each cut point
pyramid-migration_caption = Customers close to the tier above
pyramid-migration_note = Must gain = value needed for the tier above − the customer's value. It is always above 0: a customer with the same value as the lowest in the tier above is already in it (equal values share a tier); it is shown rounded up to the last digit. Extra revenue = must gain for revenue; must gain ÷ gross margin for profit and relationship value; “—” for scores, which are not money.
pyramid-no_migration = Nobody to list: every tier above is empty or the pyramid could not be built.
# Column header of a table in the Pyramid and ratings view.
pyramid-col_move = From → to
pyramid-move_from_to = { $from } → { $to }
# Column header of a table in the Pyramid and ratings view.
pyramid-col_score = Value now
pyramid-col_cut_score = Needed for the tier above
pyramid-col_cut_score_how = The lowest value in the tier above, or its threshold
# Column header of a table in the Pyramid and ratings view.
pyramid-col_gap = Must gain
# Column header of a table in the Pyramid and ratings view.
pyramid-col_gap_how = Needed − value now
# Column header of a table in the Pyramid and ratings view.
pyramid-col_revenue_gap = Extra revenue a year
pyramid-col_revenue_gap_how = Must gain ÷ gross margin (revenue basis: must gain itself)
# Stands in a money cell for a figure that does not exist.
pyramid-not_money = —

## Weighted pyramids

# Heading of a section.
pyramid-seg_title = Single-indicator segmentation
pyramid-seg_intro = Each chosen indicator ranks the customers who have it on its own and is cut into top ({ $top }), middle (next { $middle }) and bottom (the rest), with the pyramid's rank shares; equal values share a level, and a customer without the value is “unknown” for that indicator. Customers are then grouped by their combination of levels. When lower is better, the lowest values are the top.
pyramid-seg_name = Segmentation
pyramid-seg_components_caption = Indicators of the segmentation (one to three; weights are not used)
pyramid-seg_level_top = { $indicator }: top
pyramid-seg_level_middle = { $indicator }: middle
pyramid-seg_level_bottom = { $indicator }: bottom
# Caption of a table in the Pyramid and ratings view (shown above it and read by screen readers).
pyramid-seg_caption = Segments, largest first
# Column header of a table in the Pyramid and ratings view.
pyramid-seg_col_segment = Segment
pyramid-seg_none = Choose at least one indicator to see the segments.
pyramid-weighted_title = Weighted pyramids side by side
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
pyramid-weighted_intro = Each weighted pyramid ranks customers by a composite: { $formula }, with w_i the weight of indicator i and x_i the indicator, scaled to 0–1 over the list (lowest 0, highest 1; turned round when lower is better). An unknown value is never scored: a customer is scored on the indicators it has, their weights scaled up to add up to 1, and is not rated when it has none. An indicator nobody has, or that does not vary, is left out and its weight shared among the others.
pyramid-side_caption = Customers per tier in each weighted pyramid (revenue share, profit share)
pyramid-side_note = Each cell: customers in the tier, then the tier's share of revenue and of profit.
pyramid-count_share = { $count } ({ $revenue } revenue, { $profit } profit)
# Stands in a table cell for a score that does not exist.
pyramid-not_available = —
pyramid-no_weighted = No weighted pyramid yet; add one below.
pyramid-weighted_rule = { $name }: { $rule }
pyramid-weighted_rule_shares = top { $top }, next { $middle }, the rest last.
pyramid-weighted_rule_thresholds = composite { $top } or more, then { $middle } or more, the rest last.
pyramid-weighted_error = { $name }: { $error }
pyramid-edit_pyramid = Edit the weighted pyramid “{ $name }”
pyramid-pyramid_name = Name of the pyramid
pyramid-remove_pyramid = Remove the weighted pyramid “{ $name }”
pyramid-pyramid_removed = Weighted pyramid removed.
# Button.
pyramid-add_pyramid = Add a weighted pyramid
pyramid-pyramid_added = Weighted pyramid added; open its editor to choose the indicators.
pyramid-new_pyramid_name = Pyramid { $n }
pyramid-components_caption = Weighted indicators of “{ $name }”
pyramid-component_n = indicator { $n } of “{ $name }”
pyramid-indicator_of = Measure of { $what }
pyramid-weight_of = Weight of { $what }
pyramid-lower_better = lower is better
pyramid-lower_better_of = Lower is better for { $what }
pyramid-remove_component = Remove indicator { $n } of “{ $name }”
pyramid-add_component = Add an indicator to “{ $name }”
# Button that removes an indicator from a weighted pyramid (verb).
pyramid-remove = Remove
# Column header of a table in the Pyramid and ratings view.
pyramid-col_indicator = Indicator
# Column header of a table in the Pyramid and ratings view.
pyramid-col_weight = Weight
pyramid-col_weight_how = Relative weight; the weights of one composite are scaled to add up to 1
# Column header of a table in the Pyramid and ratings view.
pyramid-col_lower = Direction
pyramid-col_lower_how = Ticked: less is better (collection days, service cost), so the 0–1 scale is turned round
# Column header of a table in the Pyramid and ratings view.
pyramid-col_actions = Actions
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_revenue = revenue
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_profit = profit
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_purchase_frequency = purchases a year
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_average_order_value = average order value
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_gross_margin = gross margin
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_service_cost = service cost
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_relationship_value = relationship value
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_lifetime_value = lifetime value
pyramid-ind_size_band = size (1 micro to 4 large)
# An indicator (a measure customers are ranked or described by), in a drop-down or a table.
pyramid-ind_age = age
pyramid-ind_share_of_wallet = share of wallet
pyramid-ind_named = { $name } (from the list)

## Scorecard

# Heading of a section.
pyramid-scorecard_title = Scorecard
pyramid-scorecard_intro = Four aspects, each a weighted set of indicators scored 0–100: actual value (financial, sales) and potential value (customer, service). The final score is the weighted average of the aspects.
pyramid-edit_aspect = Edit the aspect “{ $name }”
pyramid-aspect_name = Name of the aspect
pyramid-aspect_weight = Weight of the aspect
# Caption of a table in the Pyramid and ratings view (shown above it and read by screen readers).
pyramid-aspects_caption = Aspects and their weights
# Column header of a table in the Pyramid and ratings view.
pyramid-col_aspect = Aspect
# Column header of a table in the Pyramid and ratings view.
pyramid-col_aspect_weight = Weight
pyramid-col_aspect_weight_how = Aspect weight ÷ sum of the weights of the aspects kept (an aspect nobody has a score on is left out: 0 %)
# Caption of a table in the Pyramid and ratings view (shown above it and read by screen readers).
pyramid-distribution_caption = Customers per scorecard score
# Column header of a table in the Pyramid and ratings view.
pyramid-col_score_band = Score
pyramid-bin = { $from } to under { $to }
pyramid-bin_last = { $from } to { $to }
pyramid-top_caption = The { $n } customers with the highest scorecard scores
# Column header of a table in the Pyramid and ratings view.
pyramid-col_final = Final score
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
pyramid-col_final_how = { $formula }, with w_i the weight of aspect i and x_i its score, over the aspects the customer has a score on
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
pyramid-scorecard_note = Aspect score = { $formula }, with w_i the weight of indicator i and x_i the indicator scaled to 0–1 over the list, over the indicators the customer has (turned round when lower is better); the final score is the same weighted average of the aspects it has. An unknown value is never scored and never counts as 0; an indicator or aspect nobody has is left out and its weight shared, as said above.
pyramid-chart_band = { $tier }: { $count } { $count ->
        [one] customer
       *[other] customers
    }, { $revenue } of revenue, { $profit } of profit

## Ties, not rated, indicators left out

pyramid-ties_rule = Customers with equal values always share a tier or rating: where a cut would split a tie, the whole tie goes to the higher one.
pyramid-ties_moved = Customers moved up for this reason: { $count }.
pyramid-not_rated = Not rated ({ $count }): these customers have no value for { $basis }, so they are in no tier or rating and are listed here apart (the shares above are of the whole list).
# Caption of a table in the Pyramid and ratings view (shown above it and read by screen readers).
pyramid-not_rated_caption = Customers not rated
# In a table cell: the customer has no rank (not rated).
pyramid-not_rated_short = not rated
pyramid-not_rated_more = The first { $shown } of { $count } are listed.
pyramid-seg_level_unknown = { $indicator }: unknown
pyramid-dropped_no_values = { $name } — { $indicator }: no customer in the list has it; its weight { $weight } is shared among the other indicators.
pyramid-dropped_no_spread = { $name } — { $indicator }: every customer who has it has the same value, so it cannot tell them apart; its weight { $weight } is shared among the other indicators.
pyramid-partial_scored = { $name }: { $count } { $count ->
        [one] customer lacks
       *[other] customers lack
    } some of the indicators; each is scored on the ones it has, their weights scaled up to add up to 1.
pyramid-composite_not_rated = { $name }: { $count ->
        [one] { $count } customer has none of the indicators and is not rated
       *[other] { $count } customers have none of the indicators and are not rated
    } (in no tier).
pyramid-aspect_dropped = { $aspect }: no customer has a value for any of its indicators; its weight { $weight } is shared among the other aspects.
pyramid-scorecard_partial = { $count } { $count ->
        [one] customer lacks
       *[other] customers lack
    } some indicators or aspects; each is scored on the ones it has, their weights scaled up to add up to 1.
pyramid-scorecard_not_rated = { $count ->
        [one] { $count } customer has none of the indicators and gets
       *[other] { $count } customers have none of the indicators and get
    } no score (not rated).
pyramid-chart_ratings = Customers and profit by rating
pyramid-chart_ratings_caption = Each rating's share of the customers and of the profit; the table below has the figures.
pyramid-chart_share_axis = Share (%)
pyramid-chart_migration = Closest to the next tier
pyramid-chart_migration_caption = The customers of the migration plan closest to moving up (ten at most), each with the gap to the next tier in the pyramid's measure; the table below has them all.
pyramid-col_room = Room to grow
pyramid-col_room_how = The customer's total spending in the category − our revenue: what more it could buy from us (from its category spend, when given).
pyramid-no_wallet = no category spend
