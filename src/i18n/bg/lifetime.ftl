### Bulgarian: Strings of the lifetime view.

lifetime-intro = Колко струва един клиент през годините: стойността на един клиент, цената на отлива, таблицата по кохорти, етапите от жизнения цикъл и къде да отидат парите за задържане. Калкулаторите пазят числата си само в тази страница; настройките за отлив, кохорта и бюджет се запазват със списъка.
lifetime-year_n = Година { $n }
lifetime-per_year_count = { $n } годишно

## Individual LTV

lifetime-individual_title = Жизнена стойност на един клиент
lifetime-individual_intro = Четири стъпки: срокът в години, нетната печалба за всяка година, дисконтиране на всяка година и сумиране.
lifetime-ind_profit = Печалба на покупка
lifetime-ind_purchases = Покупки
lifetime-ind_period = Покупките се броят
lifetime-per_month = месечно
lifetime-per_year = годишно
lifetime-ind_years = Години като клиент
lifetime-ind_yearly = Годишна печалба
lifetime-ind_yearly_how = Печалба на покупка × покупки годишно = { $profit } × { $purchases } = { $yearly }.
lifetime-ind_undiscounted = Жизнена стойност без дисконтиране
lifetime-ind_undiscounted_how = Годишна печалба × години = { $yearly } × { $years } (непълната година се брои с частта си).
lifetime-ind_discounted = Дисконтирана жизнена стойност
lifetime-ind_discounted_how = Σ за { $years } { $years ->
        [one] година
       *[other] години
    } от { $yearly } ÷ дисконтов фактор, при дисконтов процент d = { $rate }, { $convention }.

## By age

lifetime-age_title = Според възрастта: таванът и очакваните години
lifetime-age_intro = Таванът по продължителност на живота = (средна продължителност на живота − възраст) × годишна стойност: колко би донесъл клиентът, ако остане цял живот, без да се отчита лоялността. Очакваните оставащи години отчитат лоялността: { $formula }, където c е процентът на отлив, а L = средна продължителност на живота − възраст.
lifetime-age_person_a = Първи клиент
lifetime-age_person_b = Втори клиент
lifetime-age = Възраст
lifetime-age_value = Годишна стойност
lifetime-age_remaining = { $who }: оставащи години
lifetime-age_remaining_how = Средна продължителност на живота − възраст, никога под 0.
lifetime-age_total = { $who }: таван по продължителност на живота
lifetime-age_how = ({ $life } − { $age }) = { $remaining } { $remaining ->
        [one] година
       *[other] години
    } × { $yearly } годишно (без дисконтиране): таван, без да се отчита лоялността.
lifetime-age_expected = { $who }: очаквани оставащи години
lifetime-age_expected_how = { $formula }, с L = { $remaining } { $remaining ->
        [one] година
       *[other] години
    } и отлив { $churn }: { $years } { $years ->
        [one] година
       *[other] години
    }. Когато L не е цяло число, се сумират целите години, а частта f от последната година добавя { $part_year }, където c е отливът.
lifetime-age_expected_value = { $who }: очаквана стойност
lifetime-age_expected_value_how = { $years } { $years ->
        [one] година
       *[other] години
    } × { $yearly } годишно (без дисконтиране; LTV на списъка освен това дисконтира всяка година).
lifetime-age_rule = Всяка жизнена стойност в списъка (и класиранията, сегментите за задържане и LTV : CAC, които я ползват) използва очакваните оставащи години: за човек с посочена възраст — сумата по-горе с отлива за вида пазар на клиента (иначе отлива на списъка, вижте Настройки); за организация или неизвестна възраст няма продължителност на живота, която да спре сумата, затова тя е 1 ÷ отлив, неограничена при отлив 0 (тогава се използва най-дългият отчитан срок). Така хора и организации се оценяват по една скала; таванът е показан само за сравнение.
lifetime-age_churn = Годишен отлив на двамата клиенти
lifetime-age_times = По тавана първият клиент струва { $times } пъти повече от втория; с отчитане на лоялността — { $expected_times } пъти.

## Closed forms

lifetime-closed_title = Затворена формула при постоянно задържане
lifetime-closed_intro = При годишен марж m, постоянен коефициент на задържане r и дисконтов процент d годишната сума има затворена формула.
lifetime-closed_m = Годишен марж (m)
lifetime-closed_r = Годишно задържане (r)
lifetime-closed_d = Дисконтов процент (d)
lifetime-closed_first = С първата година: m(1 + d) ÷ (1 + d − r)
lifetime-closed_first_how = { $m } × (1 + { $d }) ÷ (1 + { $d } − { $r }): първата година без дисконт, всяка следваща задържана с r и дисконтирана с d.
lifetime-closed_variant = От първото подновяване: m·r ÷ (1 + d − r)
lifetime-closed_variant_how = { $m } × { $r } ÷ (1 + { $d } − { $r }): само годините, след като клиентът е останал веднъж.
lifetime-closed_every = Всяка година дисконтирана: m ÷ (1 + d − r)
lifetime-closed_every_how = { $m } ÷ (1 + { $d } − { $r }): същата сума, но и първата година е дисконтирана.

## Churn

lifetime-churn_title = Отлив и срок на отношенията за групата
lifetime-churn_intro = Отлив = загубени клиенти през годината ÷ клиенти в началото ѝ. Срок на отношенията за групата = 1 ÷ отлив; нови клиенти, нужни всяка година за запазване на нивото = отлив × клиенти. Отлив 0 означава неограничен срок.
lifetime-churn_lifetime_how = 1 ÷ годишен отлив; неограничен, когато отливът е 0.
lifetime-churn_need = Нови клиенти за запазване на нивото
lifetime-churn_need_value = { $n } годишно
lifetime-churn_need_how = Отлив × клиенти = { $churn } × { $base } = { $n } годишно.
lifetime-churn_no_benchmark = Въведете отлива на фирма за сравнение, за да видите колко струва разликата всяка година.
lifetime-churn_benchmark_result = При отлив { $ours } този списък трябва да печели { $our_need } { $our_need ->
        [one] клиент
       *[other] клиенти
    } годишно; сравняваната фирма губи { $theirs }, има нужда от { $their_need } годишно и задържа клиентите си { $their_lifetime }.
lifetime-churn_extra_spend = Разликата е { $extra } { $extra ->
        [one] клиент
       *[other] клиенти
    } годишно; при разход за привличане { $cac } на клиент това са { $spend } допълнителни разходи всяка година само за да останете на място.
lifetime-churn_extra_no_cac = Разликата е { $extra } { $extra ->
        [one] клиент
       *[other] клиенти
    } годишно; въведете разходите за привличане и новите клиенти (Икономика), за да я остойностите с разхода за привличане.
lifetime-firms_title = Сравнение на две фирми
lifetime-firm_a_base = Фирма A: клиенти в началото
lifetime-firm_a_lost = Фирма A: загубени клиенти за годината
lifetime-firm_b_base = Фирма B: клиенти в началото
lifetime-firm_b_lost = Фирма B: загубени клиенти за годината
lifetime-firm_cac = Разход за привличане на клиент
lifetime-firms_caption = Отлив, срок и нужда от заместване при фирми A и B
lifetime-firm_a = Фирма A
lifetime-firm_b = Фирма B
lifetime-firm_churn = Отлив
lifetime-firm_need = Нужни нови клиенти

## Cohort

lifetime-cohort_title = Таблица на жизнената стойност по кохорта
lifetime-cohort_intro = Кохорта от клиенти, спечелени през година 1, проследена година по година (по Хюз, Strategic Database Marketing). Редактирайте всяка входна клетка; добавете години, за да проследите кохортата по-дълго.
lifetime-cohort_size = Спечелени клиенти (размер на кохортата)
lifetime-cohort_interest = Лихвен процент (i)
lifetime-cohort_risk = Рисков фактор (rf)
lifetime-cohort_rounding = Дисконтов фактор
lifetime-cohort_exact = точен (1,3456)
lifetime-cohort_rounded = закръглен до два знака, както го дава Хюз (1,35)
lifetime-cohort_add_year = Добави година
lifetime-cohort_remove_year = Премахни последната година
lifetime-cohort_year_added = Добавена е година; таблицата вече има { $n } { $n ->
        [one] година
       *[other] години
    }.
lifetime-cohort_year_removed = Последната година е премахната; таблицата вече има { $n } { $n ->
        [one] година
       *[other] години
    }.
lifetime-cohort_caption = Таблица на жизнената стойност по кохорта (суми в { $currency })
lifetime-cohort_measure = Показател
lifetime-cohort_year = Година
lifetime-cohort_cell = { $row }, година { $year }
lifetime-cohort_retention = Коефициент на задържане
lifetime-cohort_orders = Поръчки на клиент
lifetime-cohort_order_value = Средна стойност на поръчка
lifetime-cohort_cost_rate = Дял на разходите
lifetime-cohort_marketing = Маркетингов разход на клиент
lifetime-cohort_customers = Клиенти
lifetime-cohort_customers_how = година 1 = размер на кохортата; после = клиенти от предходната година × задържане от предходната година
lifetime-cohort_revenue = Приходи
lifetime-cohort_revenue_how = клиенти × поръчки × средна стойност на поръчка
lifetime-cohort_cost_of_sales = Себестойност на продажбите
lifetime-cohort_cost_of_sales_how = приходи × дял на разходите
lifetime-cohort_marketing_costs = Маркетингови разходи
lifetime-cohort_marketing_costs_how = клиенти × маркетингов разход на клиент (привличане през година 1)
lifetime-cohort_total_costs = Общо разходи
lifetime-cohort_total_costs_how = себестойност на продажбите + маркетингови разходи
lifetime-cohort_profit = Печалба
lifetime-cohort_profit_how = приходи − общо разходи
lifetime-cohort_factor = Дисконтов фактор
lifetime-cohort_factor_how = { $formula }, точен или закръглен до два знака
lifetime-cohort_npv = Печалба по НСС
lifetime-cohort_npv_how = печалба ÷ D_t
lifetime-cohort_cumulative = Натрупана печалба по НСС
lifetime-cohort_cumulative_how = сума на печалбата по НСС до годината
lifetime-cohort_ltv = Жизнена стойност (LTV_t)
lifetime-cohort_ltv_how = натрупана печалба по НСС ÷ размер на кохортата
lifetime-cohort_lessons = Какво показва таблицата
lifetime-cohort_lesson_loss = Годината на привличане е на загуба: печалбата през година 1 е { $profit }.
lifetime-cohort_lesson_no_loss = Годината на привличане вече носи { $profit }.
lifetime-cohort_lesson_leaver = Клиент, който напусне след година 1, струва { $cost } (−LTV за година 1).
lifetime-cohort_lesson_final = Задържането прави кохортата печеливша: след { $years } { $years ->
        [one] година
       *[other] години
    } всеки спечелен клиент струва { $ltv }.
lifetime-gain_caption = Ръст на LTV при един пункт повече задържане
lifetime-gain_where = Един пункт повече задържане през
lifetime-gain_value = Ръст на LTV на спечелен клиент
lifetime-gain_all_years = Всяка година
lifetime-gain_how = Промяна на LTV за последната година, когато задържането за дадената година нарасне с един процентен пункт (най-много до 100 %). Задържането за последната година има значение само след като се добави година.
lifetime-chart_cumulative = Жизнена стойност на спечелен клиент, година по година
lifetime-chart_cumulative_table = LTV на спечелен клиент по години

## Stages

lifetime-stages_title = Етапи от жизнения цикъл и печалба за целия период
lifetime-stages_intro = Проучване (потенциален клиент, който задава въпроси), изграждане (нов клиент, бърз растеж), стабилност (утвърден, най-висока печалба), упадък. Печалбата по етапи би трябвало да образува обърнато U.
lifetime-chart_lifetime_profit = Печалба по етапи от жизнения цикъл
lifetime-stages_caption = Клиенти и печалба по етапи от жизнения цикъл
lifetime-stage = Етап
lifetime-stage_none = Без посочен етап
lifetime-stage_count = Клиенти
lifetime-stage_profit = Годишна печалба
lifetime-stage_profit_how = Сума на годишната печалба на клиентите в етапа.
lifetime-stage_average = Средна годишна печалба
lifetime-stage_average_how = Годишна печалба ÷ клиенти.
lifetime-stage_lifetime = Печалба за целия период
lifetime-stage_lifetime_how = Сума по клиентите в етапа на (базова + кръстосани продажби + спестявания + препоръки) − (привличане + отстъпки + вреди от негативни препоръки).
lifetime-stage_lifetime_average = Средна печалба за целия период
lifetime-stage_lifetime_average_how = Печалба за целия период ÷ клиенти.
lifetime-stages_note = Базова печалба от клиент = (брутна печалба − разход за обслужване) годишно × очаквани години (без дисконтиране); печалбата от кръстосани продажби, спестяванията на разходи, стойността на препоръките, ценовите отстъпки и вредите от негативни препоръки идват от едноименните показатели, 0 при липса.
lifetime-lp_title = Печалба от един клиент за целия период
lifetime-lp_intro = Печалба за целия период = обща печалба − обща инвестиция, всички суми за цялото времетраене на отношенията.
lifetime-lp_base = Базова печалба
lifetime-lp_cross = Свързана печалба (кръстосани продажби)
lifetime-lp_savings = Спестени разходи
lifetime-lp_referral = Стойност на препоръките
lifetime-lp_acquisition = Разход за привличане
lifetime-lp_discounts = Ценови отстъпки
lifetime-lp_damage = Вреди от негативни препоръки
lifetime-lp_total_profit = Обща печалба
lifetime-lp_total_profit_how = Базова + кръстосани продажби + спестявания + препоръки = { $base } + { $cross } + { $savings } + { $referral }.
lifetime-lp_investment = Обща инвестиция
lifetime-lp_investment_how = Привличане + отстъпки + вреди от негативни препоръки = { $acquisition } + { $discounts } + { $damage }.
lifetime-lp_lifetime = Печалба за целия период
lifetime-lp_lifetime_how = Обща печалба − обща инвестиция = { $profit } − { $investment }.

## Retention budget

lifetime-retention_title = Бюджет за задържане по сегменти на LTV
lifetime-retention_intro = Харчете парите за задържане за клиенти с висок LTV, насочвайте разходите за привличане към групи, чиито клиенти имат висок LTV, и не харчете за задържане на клиенти с отрицателен LTV.
lifetime-segments_caption = Сегменти по LTV и бюджет за задържане
lifetime-segment = Сегмент
lifetime-segment_how = Отрицателните LTV образуват отделен сегмент; останалите се класират по LTV: първите 20 % — висок, следващите 30 % — среден, останалите — нисък.
lifetime-segment_high = Висок LTV (първите 20 %)
lifetime-segment_medium = Среден LTV (следващите 30 %)
lifetime-segment_low = Нисък LTV (останалите)
lifetime-segment_negative = Отрицателен LTV
lifetime-segment_total = Общ LTV
lifetime-segment_total_how = Сума на индивидуалните LTV на клиентите (дисконтирани според настройките), всяка за очакваните оставащи години на клиента: { $formula }, където c е процентът на отлив, а L = средна продължителност на живота − възраст, или 1 ÷ отлив за организации и неизвестна възраст.
lifetime-segment_average = Среден LTV
lifetime-segment_budget = Бюджет за задържане
lifetime-segment_budget_how = Бюджетът се разпределя между високия и средния сегмент пропорционално на общия им LTV.
lifetime-segment_budget_each = Бюджет на клиент
lifetime-segment_action = Препоръчано действие
lifetime-segment_note = Бюджет на сегмент = бюджет за задържане × общ LTV на сегмента ÷ общ LTV на високия и средния сегмент; ниският и отрицателният сегмент не получават нищо.
lifetime-action_retain = Първо харчете за задържането им
lifetime-action_nurture = Харчете умерено за задържането им
lifetime-action_maintain = Обичайно обслужване, без допълнителни разходи
lifetime-action_do_not_retain = Не харчете за задържането им
lifetime-flag_negative = {" "}— отбелязан: отрицателен LTV
lifetime-negative_note = { $count } { $count ->
        [one] клиент има
       *[other] клиенти имат
    } отрицателна жизнена стойност (общо { $total }); не харчете пари за { $count ->
        [one] задържането му
       *[other] задържането им
    }.
lifetime-acquisition_title = Къде да насочите разходите за привличане
lifetime-acquisition_intro = Групите, чиито клиенти имат среден LTV над средния за списъка (и над нула), са онези, в които новите клиенти вероятно ще имат висок LTV. Среден LTV на списъка:
lifetime-acquisition_caption = Среден LTV по вид пазар и канал
lifetime-acquisition_group = Група
lifetime-acquisition_advice = Разходи за привличане
lifetime-acquire_more = Насочете разходите за привличане тук
lifetime-acquire_as_is = Без промяна
lifetime-acquire_avoid = Избягвайте: клиентите носят загуба
lifetime-chart_ltv_axis = LTV на клиент ({ $currency })
lifetime-chart_profit_axis = Средна годишна печалба ({ $currency })

## Which figures the calculators show (issue 12, point 9)

lifetime-shown_list = Показани са: числата на списъка „{ $list }“: { $how }.
lifetime-shown_example = Показан е: примерът: { $example }.
lifetime-shown_example_because = Показан е: примерът ({ $example }), защото { $reason }.
lifetime-shown_own = Показани са: вашите собствени числа, както са въведени в полетата.
lifetime-use_example = Използвай примера
lifetime-use_list = Използвай числата на този списък
lifetime-missing_customers = списъкът няма клиенти
lifetime-missing_revenue = нито един клиент от списъка няма приход
lifetime-missing_ages = по-малко от двама потребители с приход в списъка имат възраст
lifetime-individual_example = 30-годишен клиент, който купува два пъти месечно с печалба 100 на покупка в продължение на 20 години, дисконтирано с 8 %
lifetime-individual_from_list = средният му клиент с приход: годишната печалба преди разхода за привличане (брутна печалба − разход за обслужване), разпределена върху покупките му годишно (1, когато списъкът не ги дава), за срока на групата 1 ÷ отлив; дисконтов процент и конвенция от Настройки
lifetime-age_example = 20-годишен, който харчи 500 годишно, срещу 70-годишен, който харчи 1000 годишно, отлив 20 %
lifetime-age_from_list = по-младата и по-възрастната половина от потребителите му с възраст и приход (средна възраст в цели години, средна брутна печалба годишно); средна продължителност на живота и отлив от Настройки
lifetime-closed_example = m = 100, r = 80 %, d = 10 %
lifetime-closed_from_list = m = средната брутна печалба − разход за обслужване годишно на клиентите му с приход, r = 1 − отлив, d = дисконтовият процент от Настройки
lifetime-firms_example = фирма A има 100 клиенти и губи 20 годишно, фирма B има 100 и губи 10, разход за привличане 100
lifetime-firms_from_list = фирма A е този списък (клиентите му и отлив × клиенти загубени, закръглено до цели клиенти), фирма B има толкова клиенти при отлива за сравнение, и двете при разхода за привличане на списъка
lifetime-firms_no_benchmark = Не е зададен отлив за сравнение: фирма B взима { $churn } от примера.
lifetime-firms_no_cac = Разходът за привличане на списъка не е известен (въведете разходи за достигане и нови клиенти в Икономика): използва се { $cac } от примера.
lifetime-cohort_example = кохортата от 100 000 клиенти на Хюз
lifetime-cohort_from_list = кохорта колкото клиентите му, задържане 1 − отлив, поръчките и стойността на поръчка на средния му клиент с приход, разходен коефициент 1 − брутния му марж, разход за привличане + обслужване през година 1 и разход за обслужване след това, i = дисконтовият процент при rf = 1, за срока на групата (от 3 до 10 години); редактирайте клетка, за да направите таблицата своя
lifetime-lp_example = базова печалба 1000, кръстосани продажби 300, спестявания 100, препоръки 200; привличане 400, отстъпки 150, вреда от негативни препоръки 50
lifetime-lp_from_list = средното на всяка част за клиентите му с приход
lifetime-stages_none = Нито един клиент от този списък няма етап от жизнения цикъл, затова няма печалба по етапи за изчертаване. Задайте етап в колоната „Етап от жизнения цикъл“ на таблицата с клиенти или съпоставете колона lifecycle_stage при внос на CSV (проучване, формиране, стабилност или упадък).
lifetime-segments_not_rated =
    { $count ->
        [one] { $count } клиент без приход няма стойност за целия живот: той е без рейтинг, не е в сегмент и е извън всички суми и средни тук.
       *[other] { $count } клиенти без приход нямат стойност за целия живот: те са без рейтинг, не са в сегмент и са извън всички суми и средни тук.
    }
lifetime-chart_retention = Бюджет за задържане по сегмент
lifetime-chart_retention_caption = Накъде отива бюджетът за задържане, сегмент по сегмент; таблицата по-долу дава числата.
lifetime-chart_segment_axis = Сегмент по LTV
lifetime-chart_budget_axis = Бюджет годишно ({ $currency })
lifetime-ind_growth = Годишен растеж на печалбата
lifetime-ind_growth_how = Печалбата расте с { $growth } годишно: { $formula }.
lifetime-stage_growth = Годишен растеж на печалбата по етап от жизнения цикъл
lifetime-stage_growth_note = Всяка година от стойността на клиента за целия период печалбата расте с темпа на етапа му: печалба в година t = печалба × (1 + g)^(t−1). Оставете етап празен, ако няма растеж; собственият „Ръст на печалбата“ на клиента има предимство пред този на етапа.
