### English: Strings of the page frame and the views without a file of their own (overview, settings, lists, storage, customer table, import and export).
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

# Name of the application.
app-title = Value Pyramid
app-tagline = Which customers to win, keep, grow or let go — computed in your browser; your data never leaves it.
app-skip_to_content = Skip to content
# Name of the navigation between views, read by screen readers.
nav-views = Views
# Name of a view in the navigation and its heading.
view-customers = Customers
# Name of a view in the navigation and its heading.
view-import = Import and export
update-updated = Value Pyramid was updated since your last visit. Your lists are as you left them.
update-downloaded = A new version of Value Pyramid was downloaded; it opens on your next visit.
# Shown in a tab whose build is older than one just opened in another tab.
update-newer_tab_waits = A newer version of Value Pyramid was opened in another tab, and it is waiting for this one: reload or close this tab when you are done here. Your changes are saved as usual.
# Button.
update-dismiss = Dismiss
# Label of an input.
language-label = Language
chart-no_data = Nothing to draw yet: the table below shows what there is.
chart-failed = The chart could not be drawn ({ $reason }); the table below has the same numbers.
# Button.
report-print = Print report
# Label of the switch between light and dark colours.
theme-label = Colours
# Option of the colour switch: follow the system setting.
theme-system = As the system
# Option of the colour switch: light colours.
theme-light = Light
# Option of the colour switch: dark colours.
theme-dark = Dark

## Views

# Name of a view in the navigation and its heading.
view-overview = Overview
# Name of a view in the navigation and its heading.
view-economics = Economics
# Name of a view in the navigation and its heading.
view-pyramid = Pyramid and ratings
# Name of a view in the navigation and its heading.
view-pareto = Pareto and concentration
# Name of a view in the navigation and its heading.
view-lifetime = Lifetime
# Name of a view in the navigation and its heading.
view-keeping = Keeping customers
# Name of a view in the navigation and its heading.
view-targets = Targets
# Name of a view in the navigation and its heading.
view-prospects = Prospects
# Name of a view in the navigation and its heading.
view-settings = Settings
# Name of a view in the navigation and its heading.
view-history = Purchase history

## Explanations

# Link that opens the explanation of how a figure is computed.
how-short = How?
how-summary = How is “{ $what }” computed?
rule-range = a number from { $min } to { $max }
# Unit written after a value or beside its input.
unit-n_years = { $n } { $n ->
        [one] year
       *[other] years
    }
unit-money_per_hour = { $currency } an hour
# Unit written after a value or beside its input.
unit-customers = customers
unit-money_per_year_plain = { $currency } a year
churn-unbounded = unbounded (no churn)

## Overview

overview-count = Customers and prospects
overview-count_value =
    { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    }, { $prospects ->
        [one] { $prospects } prospect
       *[other] { $prospects } prospects
    }
overview-count_how = Entries with status customer are analysed; prospects are ranked in the Prospects view.
overview-revenue = Revenue a year
overview-revenue_how = Sum over customers of revenue per year (given, or purchases a year × average order value).
overview-profit = Profit a year
overview-profit_how = Sum over customers of revenue × gross margin − service cost − acquisition cost charged to the year (margin 100 % when unknown).
overview-relationship = Relationship value a year
overview-relationship_how = Sum of (explicit value + implicit value in money) − (explicit cost + hours × hourly rate) over customers.
overview-ltv = Lifetime value of the list
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
overview-ltv_how = Sum of each customer's profit a year over their expected remaining years, each year discounted at the discount rate. Expected remaining years = { $formula }, with c the churn rate and L = life expectancy − age for a person (a part year adds its fraction × the chance of still being there); 1 ÷ churn for organisations and unknown ages; the churn of the customer's market type when set, else the list's; capped at the longest lifetime counted.
overview-top_share = Revenue from the top 20 %
overview-top_share_how = Revenue of the { $top } largest of { $count } { $count ->
        [one] customer
       *[other] customers
    } (the top { $share }) ÷ total revenue.
overview-gini = Gini coefficient of revenue
overview-gini_how = 0 when every customer buys the same, close to 1 when one customer brings everything; from the Lorenz curve of revenue.
overview-targets = Target customers
overview-targets_value = { $targets } of capacity { $capacity }
overview-targets_how = The customers with the highest positive relationship value, as many as the capacity allows (Settings).
overview-lifetime = Group lifetime
overview-lifetime_how = 1 ÷ yearly churn rate (Settings).
overview-negative = Customers with negative profit
overview-negative_how = Customers whose revenue × margin does not cover their service and acquisition cost; listed in the Pyramid view.
# Heading of a section.
overview-warnings = Warnings
overview-no_warnings = Nothing to warn about.
overview-warn_setting_replaced = The setting “{ $setting }” cannot be { $given }; { $used } was used instead.
overview-warn_revenue_missing =
    { $count ->
        [one] { $count } customer has no revenue: they are not rated by revenue or profit (no rank, tier or Pareto place, and not counted as losing money); only their costs count in the totals.
       *[other] { $count } customers have no revenue: they are not rated by revenue or profit (no rank, tier or Pareto place, and not counted as losing money); only their costs count in the totals.
    }
overview-warn_revenue_disagrees =
    For { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    } the revenue does not equal purchases × order value; the revenue given is used.
overview-warn_spend_below_revenue =
    For { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    } the revenue is above the whole spend in the category; the share of wallet is shown above 100 % and flagged.
overview-warn_margin_assumed =
    { $count ->
        [one] { $count } customer has no gross margin; 100 % is assumed for them.
       *[other] { $count } customers have no gross margin; 100 % is assumed for them.
    }
overview-warn_duplicate_ids =
    { $count ->
        [one] { $count } entry repeats an id already used; give every entry its own id.
       *[other] { $count } entries repeat an id already used; give every entry its own id.
    }
overview-concentration_flag = Concentration risk: { $name } brings { $share } of revenue.
overview-negative_profit =
    { $count ->
        [one] { $count } customer loses money; see the Pyramid view.
       *[other] { $count } customers lose money; see the Pyramid view.
    }
overview-big_eat_margin = Big customers take { $service } of service cost but bring { $profit } of profit.
# Stands for a share or coefficient that cannot be computed (no customer with a value).
share-none = no share
# Stands for the losses when no customer loses money.
share-no_losses = none
share-losses = { $sum } ({ $count } losing money)
overview-big_lose_money = The biggest customers by revenue lose money taken together: { $net } of profit a year.
# Button.
overview-go_import = Import a customer list

## Settings

settings-intro = Every calculation reads these settings; they are saved with the list.
# Title of a group of inputs.
settings-money = Money
# Label of an input.
settings-currency = Currency (ISO code)
settings-currency_invalid = Not saved: expected a three-letter currency code such as EUR, USD or VND.
settings-hourly_rate = Price of an hour of effort
settings-acquisition_charge = Acquisition cost is charged
settings-charge_year_won = in the year the customer was won
settings-charge_spread = spread over the customer's expected lifetime
settings-analysis_year = Year analysed (empty: the latest year of first purchase in the list)
# Title of a group of inputs.
settings-relationship = Relationship value
settings-company_stage = Company stage
settings-stage_startup = Start-up: explicit value first
settings-stage_growth = Growth: market share first
settings-stage_mature = Mature: brand first
settings-weight_explicit = Weight of explicit value
settings-weight_share = Weight of market-share value
settings-weight_brand = Weight of brand value
settings-life_expectancy = Life expectancy
settings-target_ranking = Rank targets by
settings-ranking_money = relationship value in money
settings-ranking_score = relationship score (stage weights)
settings-capacity = Capacity: customers you can serve well
# Title of a group of inputs.
settings-lifetime = Lifetime
settings-discount_rate = Discount rate a year
# Label of an input.
settings-discount_convention = Discounting
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
settings-convention_first = first year undiscounted: { $formula }
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
settings-convention_end = every year discounted: { $formula }
settings-churn_rate = Churn a year
settings-benchmark_churn = Churn of a firm to compare with
settings-max_lifetime = Longest lifetime counted
settings-retention_budget = Retention budget
# Title of a group of inputs.
settings-pareto = Pareto and concentration
settings-pareto_top = Top share of customers checked
settings-pareto_value = Share of value to reach
settings-concentration = Concentration threshold (share of revenue)
settings-migration_candidates = Customers listed below each cut point

## Lists

lists-region = Customer lists
# Label of an input.
lists-open = Open list
# Label of an input.
lists-name = List name
# Button that creates a new, empty list.
lists-new = New list
# Name given to a newly created list until the user renames it.
lists-new_name = New list
# Button.
lists-duplicate = Duplicate list
# Added after a list's name to name its duplicate ("Demo customers (copy)").
lists-copy_suffix = (copy)
# Button.
lists-delete = Delete list
lists-confirm_delete =
    Delete the list “{ $name }” with its { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }? This cannot be undone; export it first to keep a copy.
lists-confirm_delete_yes = Yes, delete this list
# Button.
lists-confirm_delete_no = Keep the list
lists-created = List “{ $name }” created and opened.
lists-renamed = List renamed to “{ $name }”.
lists-deleted = List “{ $name }” deleted.
lists-rename_invalid = A list needs a name that no other list has.
lists-counts =
    { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    }, { $prospects ->
        [one] { $prospects } prospect
       *[other] { $prospects } prospects
    }
demo-name = Demo customers
# Badge beside the counts of a list that is the demo list.
demo-badge = Demo data
# Button.
demo-restore = Restore demo list
demo-restored = The demo list is back as it was first delivered.

## Storage

# Bold start of the banner shown when the browser could not save.
storage-banner_title = Not saved.
storage-not_saved = { $reason } Your changes are kept in this page until you close it; export the list to keep a copy. Everything saved earlier is untouched.
storage-quota = The browser's storage for this page is full.
storage-persistent = Storage: kept. The browser agreed not to clear these lists when space runs low.
storage-best_effort = Storage: best effort. The browser did not agree to keep these lists when space runs low (browsers grant it to sites you use often or install); keep backups.
storage-persistence_unknown = Storage: this browser does not say whether it keeps these lists when space runs low; keep backups.
storage-in_indexeddb = The lists are kept in this browser’s IndexedDB database, on this computer only.
storage-in_localstorage = This browser offers no IndexedDB here: the lists are kept in localStorage, which holds about 5 MB (some tens of thousands of customers).
storage-nothing_kept = Nothing of it is stored any more.
storage-removed = Removed for good.
storage-the_index = The index of lists
storage-the_list = The list stored as { $id }
storage-download_as_found = Download it as found
# Button that removes a stored list the page could not read; a confirmation follows.
storage-remove = Remove it…
storage-remove_for_good = Yes, remove it for good
# Button.
storage-keep_it = Keep it
storage-conflict = This list was changed in another window or tab since this one opened it, so saving here would overwrite newer work.
storage-reload = Reload to see the newer version
# Shown alone, before the page is drawn, while a tab of an older build holds the stored lists.
storage-older_tab_open = Value Pyramid is open in another tab with an older version, which holds the stored lists. Reload or close the other tabs of Value Pyramid and this one opens at once; nothing stored is lost.
# Shown alone, instead of the page, when a newer build has upgraded the stored lists since this page was loaded.
storage-newer_version_stored = A newer version of Value Pyramid was opened in this browser after this page was loaded, and it keeps the lists in a newer form. Reload this page to use it; nothing stored is lost.
storage-unavailable = The browser does not allow this page to store data (private mode or a setting).
storage-unreadable_title = Some stored lists could not be opened. They are kept as they are and will not be overwritten:

## Table

# Heading of a section.
table-title = Customers and prospects
# Label of an input.
table-search = Search customers
# Label of a drop-down filtering the customer table by status (customer or prospect).
table-filter_status = Show
# Label of an input.
table-filter_market = Market type
# Option of the table's filter drop-downs: no filter.
table-all = All
# Button.
table-add = Add customer
table-added = A new customer was added at the end of the list; type its name.
# Name given to a newly added customer until the user types one.
table-new_customer = New customer
# Title of a section that opens and closes.
table-columns = Columns
table-columns_legend = Columns shown in the table
table-indicators_legend = Indicators shown in the table
indicator-p_alive = Probability alive
indicator-expected_purchases = Expected purchases
indicator-predicted_clv = Predicted CLV
# Column header of a table.
table-actions = Actions
# Button that deletes a customer from the list (verb); undo is offered.
table-delete = Delete
table-delete_named = Delete { $name }
table-deleted = Deleted { $name }.
# Button.
table-undo = Undo delete
table-restored = { $name } is back in the list.
table-more_reasons =
    { $count ->
        [one] { $count } more reason
       *[other] { $count } more reasons
    }
table-showing =
    Showing { $shown } of { $total ->
        [one] { $total } entry
       *[other] { $total } entries
    }.
table-sort_by = Sort by { $field }
table-cell_label = { $field } of { $name }
table-invalid = Not saved: expected { $rule }; found “{ $found }”.
# Name of the pager of the customer table, read by screen readers.
table-pages = Pages
table-previous_page = Previous page
table-next_page = Next page
table-page_of = Page { $page } of { $pages }
# Label of an input.
table-rows_per_page = Rows per page
table-all_rows = All, scrolling

## Fields

# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-id = Id
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-name = Name
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-status = Status
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-needs_it = Needs it
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-can_pay = Can pay
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-market_type = Market type
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-channel = Acquisition channel
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-region = Region
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-age = Age
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-size_band = Size band
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-first_purchase = First purchase
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-lost_on = Lost on
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-revenue_per_year = Revenue
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-purchases_per_year = Purchases
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-average_order_value = Average order value
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-gross_margin = Gross margin
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-acquisition_cost = Acquisition cost
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-service_cost = Service cost
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-market_share_value = Market-share value
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-market_share_score = Market-share score
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-brand_value = Brand value
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-brand_score = Brand score
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-implicit_cost_hours = Time and effort
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-lifecycle_stage = Lifecycle stage
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-delivered_product = Product value
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-delivered_service = Service value
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-delivered_people = People value
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-delivered_image = Image value
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-customer_cost_price = Price to the customer
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-customer_cost_time = Time cost to the customer
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-customer_cost_effort = Effort cost to the customer
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-customer_cost_risk = Risk to the customer
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-category_spend = Category spend
# Name of a customer field: column header and input label in the customer table, also named in import mappings and messages.
field-profit_growth = Profit growth

## Units

unit-money_per_year = { $currency } a year
unit-money_per_order = { $currency } an order
# Unit written after a value or beside its input.
unit-money_once = { $currency }, once
# Unit written after a value or beside its input.
unit-per_year = a year
# Unit written after a value or beside its input.
unit-percent = %
# Unit written after a value or beside its input.
unit-score_0_10 = 0–10
# Unit written after a value or beside its input.
unit-hours_per_year = hours a year
# Unit written after a value or beside its input.
unit-years = years
# Unit written after a value or beside its input.
unit-date = date

## Rules

rule-text = text of up to 1,000 characters
rule-text_required = a name of up to 1,000 characters (it cannot be empty)
rule-custom_text = text of up to 1,000 characters
rule-choice = one of the listed choices
rule-money = an amount of money from 0 to 10¹⁵, like 1234.50
rule-per_year = a number of times a year from 0 to 10¹⁵, like 12 or 0.5
rule-fraction = a percentage from −100 % to 100 % (like 35 %) or a fraction from −1 to 1 (like 0.35)
rule-score = a score from 0 to 10
rule-growth = a growth from above −100 % to 100 % a year (like 10 %) or a fraction above −1 up to 1 (like 0.1)
rule-category_spend = a spend in the category at least the revenue from the customer (our revenue is part of it)
rule-hours = a number of hours from 0 to 10¹⁵
rule-years = whole years from 0 to 120
rule-date = a date like 2024-03-31 or 31.03.2024, with or without a time of day
rule-unique_id = an id no other entry has
rule-indicator = a number from −10¹⁵ to 10¹⁵

## Choices

# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-none = —
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-market_not_given = Not given
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-customer = Customer
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-prospect = Prospect
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-former = Former customer
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-yes = Yes
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-no = No
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-unknown = Unknown
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-consumer = Consumer
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-producer = Producer
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-intermediary = Intermediary (reseller)
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-government = Government
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-international = International
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-referral = Referral, word of mouth
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-customer_introduction = Introduced by a customer
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-trade_show = Trade show or conference
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-social_media = Social media
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-search = Search (SEO or paid)
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-email = E-mail
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-direct_mail = Direct mail
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-telephone = Telephone
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-door_to_door = Door to door
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-advertising = Advertising (press, TV, radio)
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-partners = Partners
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-directories = Directories, public records
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-consulting = Consulting or information services
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-personal_network = Clubs and personal network
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-community_events = Community and charity events
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-micro = Micro (under 10 people)
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-small = Small (10–49)
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-medium = Medium (50–249)
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-large = Large (250 or more)
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-exploration = Exploration
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-formation = Formation
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-stability = Stability
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-decline = Decline
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-age_under_25 = under 25
# A value a customer field can take, in its drop-down. Imported files in any language are read back through these names: keep it distinct from the other values of the same field.
choice-age_65_over = 65 and over

## Import

# Heading of a section.
import-title = Import
import-intro = Bring in a customer list from your CRM or spreadsheet (CSV separated by commas, semicolons, tabs or spaces), or a list exported from this page as JSON. Nothing is imported until you have seen the mapping and the check of every row.
import-pick = Import a CSV or JSON file
import-drop = …or drop a file here.
import-read_failed = The file could not be read: { $reason }
import-json_failed = This JSON file was not imported: { $reason }. Nothing was changed.
import-json_done =
    Imported the list “{ $name }” with { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }.
import-mapping_title = Map the columns of { $file }
# Label of an input.
import-delimiter = Columns separated by
# Option of the drop-down "Columns separated by" of an imported file.
import-delimiter_comma = Comma ,
# Option of the drop-down "Columns separated by" of an imported file.
import-delimiter_semicolon = Semicolon ;
# Option of the drop-down "Columns separated by" of an imported file.
import-delimiter_tab = Tab
# Option of the drop-down "Columns separated by" of an imported file.
import-delimiter_whitespace = Spaces
# Label of an input.
import-decimal = Decimal separator
# Option of the drop-down "Decimal separator" of an imported file.
import-decimal_point = Point (1,234.5)
# Option of the drop-down "Decimal separator" of an imported file.
import-decimal_comma = Comma (1.234,5)
import-has_header = First row holds column names
import-into_current = Add to the open list instead of creating a new list
import-unreadable = The file cannot be read this way: { $reason }
# Label of an input.
import-encoding = Text encoding
import-encoding_detected = { $encoding } — detected
import-encoding_replaced = { $count } { $count ->
        [one] character
       *[other] characters
    } could not be read as { $encoding } and { $count ->
        [one] shows
       *[other] show
    } as �. Check the preview; if names look wrong, choose another text encoding.
import-encoding_check = The file was read as { $encoding }. Check that names look right in the preview; if not, choose another text encoding.
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-utf_8 = UTF-8 (Unicode)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-utf_16le = UTF-16 LE (Unicode)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-utf_16be = UTF-16 BE (Unicode)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-windows_1252 = Windows-1252 (Western European)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-windows_1250 = Windows-1250 (Central European)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-windows_1251 = Windows-1251 (Cyrillic)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-windows_1258 = Windows-1258 (Vietnamese)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-gbk = GBK (Simplified Chinese)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-big5 = Big5 (Traditional Chinese)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-shift_jis = Shift_JIS (Japanese)
# A text encoding, an option of the import's "Text encoding" drop-down.
encoding-euc_kr = EUC-KR (Korean)
import-date_order_for = Date order of { $column }
# Option of the drop-down of the date order of an imported date column.
import-date_order_is_ymd = year-month-day
# Option of the drop-down of the date order of an imported date column.
import-date_order_is_dmy = day-month-year
# Option of the drop-down of the date order of an imported date column.
import-date_order_is_mdy = month-day-year
import-date_order_ambiguous = No date in { $column } has a day above 12, so its values do not tell day-month-year from month-day-year. Check the order: 05/03/2024 is 5 March in day-month-year and 3 May in month-day-year.
import-large_file = { $name } is { $size } MB. Reading it may take a minute and needs about { $memory } MB of memory; the page may not respond meanwhile, and a browser short of memory may close the tab.
# Button.
import-large_file_read = Read the file
# Button.
import-large_file_cancel = Do not read it
import-rows_found =
    { $count ->
        [one] { $count } data row found.
       *[other] { $count } data rows found.
    }
import-mapping_caption = Where each column of the file goes
# Column header of a table.
import-column = Column
# Column header of a table.
import-examples = First values
# Column header of a table.
import-maps_to = Goes to
import-target_for = Field for column { $column }
# Option of a drop-down.
import-target_ignore = Ignore this column
import-target_indicator = Scorecard indicator
import-target_custom = Custom attribute
import-preview = Preview of the first rows
# Column header: line number in the imported file.
import-line = Line
import-need_name = Map one column to Name before checking the rows.
import-check = Check rows
# Button.
import-cancel = Cancel import
# Label of an input.
import-checking = Checking rows
import-progress = { $done } of { $total } { $total ->
        [one] row
       *[other] rows
    } checked
# Button.
import-cancel_check = Stop checking
import-cancelled = Checking stopped; nothing was imported.
import-analysing = Analysing the new list
import-analysis_progress = { $done } of { $total } { $total ->
        [one] stage
       *[other] stages
    }
import-cancel_analysis = Stop analysing
import-analysis_cancelled = Analysis stopped; nothing was imported. Pick the file again to import it.
import-summary =
    { $good ->
        [one] { $good } good row
       *[other] { $good } good rows
    }, { $bad ->
        [one] { $bad } bad row
       *[other] { $bad } bad rows
    }.
import-revenue_disagrees = Revenue differs from purchases × average order value on lines { $lines }; these rows are imported and flagged.
import-spend_below_revenue = Revenue is above the customer's whole spend in the category on lines { $lines }; these rows are imported and flagged.
import-totals_held =
    { $count ->
        [one] { $count } row looks like a total line, not a customer, and is left out unless you keep it.
       *[other] { $count } rows look like a total line, not a customer, and are left out unless you keep them.
    }
import-totals_caption = Rows left out as totals
# Column header: why a row was taken for a total line.
import-total_reason = Why
import-total_reason_word = The name is a word for a total
import-total_reason_sum = The revenue equals the sum of the other rows
# Column header: a checkbox per row to keep a row that looks like a total.
import-keep_row_column = Keep
import-keep_row = Keep line { $line } as a customer
import-problems = Problems found, by line
# Column header of the import problems: what the cell should hold.
import-expected = Expected
# Column header of the import problems: what the cell holds.
import-found = Found
# Shown in place of an empty cell of the imported file.
import-empty_cell = (empty)
import-more_problems = …and { $count } { $count ->
        [one] more problem
       *[other] more problems
    } not listed.
import-fixed_cells =
    You corrected { $count ->
        [one] { $count } cell
       *[other] { $count } cells
    }. Check the rows again to see the result.
# Button.
import-check_again = Check again
import-fix_cell = Correct line { $line }, column { $column }
import-readings_title = How values will be read
# After an imported value and an arrow: the value will not be imported.
import-refused = refused
import-scale_legend = Column “{ $column }” → { $field }: numbers without a % sign are
import-scale_is_percent = percentages (39 means 39 %)
import-scale_is_fraction = fractions (0.39 means 39 %)
import-scale_preview = First values as they will be read: { $values }
import-choices_caption = Values of column “{ $column }” → { $field }
# Column header of a table.
import-value_in_file = Value in the file
# Column header: how many rows hold the value.
import-value_rows = Rows
# Column header of a table.
import-read_as = Read as
import-read_value_as = Read “{ $value }” as
import-not_recognised = — not recognised: choose —
# Option of a drop-down: import the value as an empty cell.
import-leave_empty = (leave empty)
import-allowed_values = Allowed values: { $values }. The page’s names in any of its languages and the keys of an export are recognised; your choices are kept with the list for the next import.
import-values_unrecognised =
    { $count ->
        [one] { $count } value not recognised: choose what it stands for, or the rows holding it will be reported as bad.
       *[other] { $count } values not recognised: choose what each stands for, or the rows holding them will be reported as bad.
    }
import-more_values = …and { $count } { $count ->
        [one] more distinct value
       *[other] more distinct values
    } not listed (is this really a column of choices?).
import-import_good =
    { $count ->
        [one] Import the { $count } good row
       *[other] Import the { $count } good rows
    }
# Button.
import-import_nothing = Import nothing
import-nothing = Nothing was imported.
import-done =
    { $count ->
        [one] { $count } entry imported.
       *[other] { $count } entries imported.
    }

## Export

# Heading of a section.
export-title = Export
export-intro = CSV opens in any spreadsheet (UTF-8; cells that could run as formulas are protected). JSON keeps everything, settings included, and imports back identically. Results: one row per customer with revenue, profit, relationship value, lifetime value, tier, rating, score, fit and target flag, and the inputs they came from. The Excel workbook keeps numbers as numbers and every name as text.
export-csv = Export CSV ({ $convention })
# Button.
export-json = Export JSON
export-done = The file was offered for download.
backup-reminder = Your lists live only in this browser, and no backup of them was made this week. Some browsers (Safari) remove a site's data after seven days without a visit.
# Button.
backup-not_now = Not now
export-convention_comma = comma-separated, decimal point
export-convention_semicolon = semicolon-separated, decimal comma
panic-title = Something went wrong and the page stopped working.
panic-what_now = Your lists are kept as they were at the last save. Download them all in one file to be safe, then reload the page.
panic-detail = Technical detail: { $detail }
panic-download = Download every list
panic-reload = Reload the page
export-refused = The browser did not offer “{ $file }” for download. Nothing was saved to a file; try again, or allow downloads for this page.
export-backup = Back up every list (one file)
export-backup_hint = The backup holds every list with its settings, and the purchase log; importing it here or in another browser brings them all back.
import-backup_done =
    { $count ->
        [one] Restored { $count } list from the backup.
       *[other] Restored { $count } lists from the backup.
    }
import-backup_done_with_log =
    { $count ->
        [one] Restored { $count } list and the purchase log from the backup.
       *[other] Restored { $count } lists and the purchase log from the backup.
    }
export-results = Export results (CSV, { $convention })
# Button.
export-xlsx = Export Excel workbook
# Button.
export-results_xlsx = Export results (Excel)
export-xlsx_failed = “{ $file }” could not be made ({ $error }); nothing was downloaded.
export-xlsx_making = Making “{ $file }”; it is offered for download as soon as it is ready.
overview-chart_pyramid = The value pyramid
overview-chart_lorenz = The 80/20 curve of revenue
overview-chart_profit_tiers = Profit a year by tier
overview-chart_ltv_cac = LTV : CAC by channel
overview-axis_tier = Tier
overview-axis_profit = Profit a year ({ $currency })
overview-axis_ratio = LTV : CAC (dashed line: 1)
overview-see_pyramid = See the pyramid
overview-see_pareto = See the 80/20 analysis
overview-see_profiles = See the tier profiles
overview-see_economics = See acquisition economics
overview-next_title = What to do next
overview-next_grow_title = Customers to grow
overview-next_grow =
    { $count ->
        [one] { $count } customer is close to the next tier; the migration plan says what it must gain.
       *[other] { $count } customers are close to the next tier; the migration plan says what each must gain.
    }
overview-next_grow_none = No customer is close to the next tier.
overview-next_losing_title = Customers losing money
overview-next_losing =
    { $count ->
        [one] { $count } customer loses money: { $loss } a year. Serve it for less, charge more, or let it go.
       *[other] { $count } customers lose money: { $loss } a year together. Serve them for less, charge more, or let them go.
    }
overview-next_losing_none = No customer loses money.
overview-next_concentration_title = Concentration risk
overview-next_concentrated =
    { $count ->
        [one] { $count } customer brings { $threshold } of revenue or more: { $name }, { $share }. Losing it would hurt; spread the risk.
       *[other] { $count } customers each bring { $threshold } of revenue or more; the largest, { $name }, brings { $share }. Losing one would hurt; spread the risk.
    }
overview-next_not_concentrated = No customer brings { $threshold } of revenue or more; the top { $top } bring { $share }.
overview-see_migration = See the migration plan
overview-see_losing = See who loses money
overview-see_concentration = See concentration risk
overview-next_keep_title = Customers to keep
overview-see_keeping = See keeping customers
overview-next_keep = Keeping a customer costs { $keep }; winning one, { $cac } ({ $times }×).
overview-next_keep_replacing = Winning a customer ({ $cac }) costs less than keeping one ({ $keep }).
overview-next_keep_missing = Enter the retention spend to compare keeping a customer with replacing one.
overview-next_keep_risks =
    { $count ->
        [one] { $count } churn risk.
       *[other] { $count } churn risks.
    }
overview-more_figures = More figures
overview-as_table = As a table
overview-col_customers = Customers
overview-col_ratio = LTV : CAC
app-menu = Menu
report-back = Back to the page
report-title = Customer value report
report-date = Date
report-currency = Currency
names-financial = Financial
names-sales = Sales
names-customer = Customer
names-service = Service
names-profitable = Serving them is profitable
names-profit_value = Profit value
names-potential_value = Potential value
# Label of the progress bar while a picked file is being read, before its columns are shown.
import-reading = Reading the file…
# Beside the bar: rows of the file read so far.
import-reading_rows = { $count ->
        [one] { $count } row read
       *[other] { $count } rows read
    }
# Button shown while a file is being read: stops reading it.
import-cancel_reading = Stop reading
import-reading_cancelled = Reading stopped; the file was not opened.
