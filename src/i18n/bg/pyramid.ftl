### Bulgarian: Strings of the pyramid view.

pyramid-intro = Клиентите, разделени на нива и рейтинги по избрания от вас показател: кой носи стойността, какво е общото между тях, кой е на загуба и кой е близо до по-горно ниво.
pyramid-empty = В този списък все още няма клиенти: импортирайте или добавете, за да видите нивата и рейтингите. Настройките по-долу вече могат да се редактират.

## Bases and units

pyramid-basis = Класиране на клиентите по
pyramid-basis_revenue = приходи
pyramid-basis_profit = печалба
pyramid-basis_relationship_value = стойност на отношенията
pyramid-basis_relationship_score = оценка на отношенията
pyramid-basis_lifetime_value = жизнена стойност
pyramid-basis_weighted = претеглената пирамида „{ $name }“
pyramid-basis_weighted_n = претеглена пирамида { $n }
pyramid-basis_scorecard = резултат от оценъчната карта
pyramid-unit_money_year = пари годишно
pyramid-unit_money = пари
pyramid-unit_relationship_score = оценка от −1 до 1
pyramid-unit_composite = композитен показател от 0 до 1
pyramid-unit_scorecard = резултат от 0 до 100

## Tiers

pyramid-tier_large = Голям потенциал
pyramid-tier_medium = Среден потенциал
pyramid-tier_small = Малък потенциал
pyramid-scheme_title = Пирамида на стойността
pyramid-scheme_intro = Три нива: голям, среден и малък потенциал. Разделете класирането по дялове клиенти (по подразбиране: първите 20 %, следващите 30 %, последните 50 %) или по стойности на показателя.
pyramid-cut_mode = Разделяне на пирамидата по
pyramid-of_weighted = { $what } (претеглена пирамида { $n })
pyramid-mode_shares = дялове клиенти
pyramid-mode_thresholds = прагове (стойности на показателя)
pyramid-share_of = Дял клиенти в „{ $tier }“
pyramid-share_rest = { $tier }: останалите { $share }.
pyramid-threshold_of = Най-ниска стойност в „{ $tier }“
pyramid-threshold_rest = { $tier }: всички под втория праг. Клиентите без стойност не се класират.
pyramid-shares_too_big = Не е запазено: двата дяла биха дали общо { $sum }; заедно могат да са най-много 100 %.
pyramid-shares_all_zero = Не е запазено: поне един рейтинг трябва да има дял над 0 %.
pyramid-threshold_below_next = Не е запазено: този праг трябва да е поне колкото прага на следващото ниво ({ $next }).
pyramid-threshold_above_previous = Не е запазено: този праг не може да е над прага на предходното ниво ({ $previous }).
pyramid-thresholds_reset = Показателят е в друга единица, затова праговете са заменени с дяловете по подразбиране.
pyramid-rule_in_force = Действащо правило:
pyramid-rule_ranked = По { $basis }, с класиране: { $parts }.
pyramid-rule_thresholds = По { $basis }, с прагове: { $parts }.
pyramid-part_top = { $label } = първите { $share }
pyramid-part_next = { $label } = следващите { $share }
pyramid-part_last = { $label } = последните { $share }
pyramid-part_at_least = { $label } = { $value } или повече
pyramid-part_between = { $label } = от { $low } до под { $high }
pyramid-part_below = { $label } = под { $value }
pyramid-part_everyone = { $label } = всички
pyramid-chart_caption = Пирамидата на стойността: клиенти по нива (таблицата по-долу дава същите числа).
pyramid-tier_table_caption = Клиенти, приходи и печалба по нива
pyramid-tier_table_note = Дял клиенти = клиенти в нивото ÷ всички клиенти. Дял от приходите = приходи на нивото ÷ общи приходи. Дял от печалбата = печалба на нивото ÷ обща печалба (може да е отрицателен или над 100 %, когато някои нива са на загуба). Дяловете клиенти се закръглят кумулативно; клиентите с равни стойности винаги са в едно ниво, затова едно ниво може да има малко повече от своя дял, а клиентите без стойност не са в никое ниво (изброени са по-долу като без рейтинг).
pyramid-col_tier = Ниво
pyramid-col_rating = Рейтинг
pyramid-col_count = Клиенти
pyramid-col_count_how = Клиенти в групата
pyramid-col_customer_share = Дял клиенти
pyramid-col_customer_share_how = Клиенти в групата ÷ всички клиенти
pyramid-col_revenue_share = Дял от приходите
pyramid-col_revenue_share_how = Годишни приходи на групата ÷ общи годишни приходи
pyramid-col_profit_share = Дял от печалбата
pyramid-col_profit_share_how = Годишна печалба на печелившите клиенти в групата ÷ годишна печалба на всички печеливши клиенти; загубите се броят като 0 и са в съседната колона
pyramid-col_losses = Загуби
pyramid-col_losses_how = Сума от годишната печалба на клиентите в групата, които са на загуба, и броят им
pyramid-count_share_losses = Загуби: { $losses }.
pyramid-profile_losses = { $losing } от тях { $losing ->
        [one] е
       *[other] са
    } на загуба, общо { $losses }; те се броят като 0 в дела от печалбата, който е дял от печалбата на всички печеливши клиенти.
pyramid-col_range = Стойности в групата
pyramid-col_range_how = Най-ниската и най-високата стойност на показателя за класиране в групата
pyramid-range = { $low } до { $high }
pyramid-no_scores = няма стойности

## Ratings

pyramid-rating_title = Рейтинги
pyramid-rating_intro = Рейтинг за всеки клиент по скала A–D, 1–5 или 1–10 (първо най-добрият) според избрания показател. По подразбиране A са първите 20 %, B — следващите 30 %, C — следващите 30 % и D — последните 20 %; при 1–5 и 1–10 дяловете са равни.
pyramid-rating_scale = Скала на рейтинга
pyramid-scale_a_d = A, B, C, D
pyramid-scale_1_5 = от 5 (най-добър) до 1
pyramid-scale_1_10 = от 10 (най-добър) до 1
pyramid-rating_basis = Рейтинг на клиентите по
pyramid-rating_mode = Разделяне на рейтингите по
pyramid-rating_mode_default = дяловете по подразбиране на скалата
pyramid-rating_mode_shares = дялове клиенти, зададени от мен
pyramid-rating_share_of = Дял клиенти с рейтинг { $rating }
pyramid-rating_threshold_of = Най-ниска стойност за рейтинг { $rating }
pyramid-rating_threshold_rest = Рейтинг { $rating }: всички под последния праг. Клиентите без стойност не се класират.
pyramid-rating_default_note = Използват се дяловете по подразбиране на скалата; изберете „дялове клиенти, зададени от мен“ или прагове, за да ги промените.
pyramid-rating_cuts_reset = Скалата има друг брой рейтинги, затова се използват дяловете ѝ по подразбиране.
pyramid-rating_table_caption = Клиенти, приходи и печалба по рейтинги

## Profiles

pyramid-profiles_title = Профили на нивата
pyramid-profiles_intro = Какво е общото между клиентите от всяко ниво: колко често се среща всяка стойност на атрибут в нивото спрямо целия списък. Повдигане (lift) над 1 означава, че стойността е по-често срещана в нивото, отколкото в списъка.
pyramid-profile_summary = { $count } { $count ->
        [one] клиент
       *[other] клиенти
    }; { $revenue } от приходите, { $profit } от печалбата, { $service } от разходите за обслужване.
pyramid-top_lifts_caption = { $tier }: стойности на атрибути с най-високо повдигане
pyramid-rest_caption = { $tier }: останалите стойности на атрибути
pyramid-all_attributes = Покажи { $count ->
        [one] { $count } стойност на атрибут
       *[other] всички { $count } стойности на атрибути
    } за „{ $tier }“
pyramid-more_attributes = { $count ->
        [one] Още { $count } стойност на атрибут с по-ниско повдигане не е изброена.
       *[other] Още { $count } стойности на атрибути с по-ниско повдигане не са изброени.
    }
pyramid-no_attributes = Клиентите от това ниво нямат атрибути (вид пазар, канал, регион, размер, …).
pyramid-no_profiles = Няма профили: пирамидата не можа да се изгради за този списък.
pyramid-col_attribute = Атрибут
pyramid-col_value = Стойност
pyramid-col_in_tier = В нивото
pyramid-col_in_tier_how = Клиенти от нивото с тази стойност ÷ клиенти в нивото
pyramid-col_in_list = В списъка
pyramid-col_in_list_how = Клиенти от списъка с тази стойност ÷ всички клиенти
pyramid-col_lift = Повдигане
pyramid-col_lift_how = Дял в нивото ÷ дял в списъка; 1 = толкова често, колкото в целия списък
pyramid-share_count = { $share } ({ $count })
pyramid-lift_value = { $lift } ×
pyramid-attr_market_type = вид пазар
pyramid-attr_channel = канал
pyramid-attr_region = регион
pyramid-attr_size_band = размер
pyramid-attr_age_band = възрастова група
pyramid-attr_lifecycle_stage = етап от жизнения цикъл

## Bottom tier, negative profit, migration

pyramid-bottom_title = Преглед на долното ниво
pyramid-bottom_summary = { $tier }: { $count } { $count ->
        [one] клиент носи
       *[other] клиенти носят
    } { $revenue } от приходите и { $profit } от печалбата, но { $count ->
        [one] поема
       *[other] поемат
    } { $service } от разходите за обслужване; { $negative } от тях { $negative ->
        [one] е
       *[other] са
    } на загуба.
pyramid-suggestion = Предложение:
pyramid-stop_spending = Спрете разходите за привличане и допълнителното обслужване за това ниво; търсете по-малко клиенти като тях.
pyramid-bottom_lifts_caption = Какво е общото между клиентите от „{ $tier }“
pyramid-negative_title = Клиенти с отрицателна печалба
pyramid-negative_count = { $count ->
        [one] { $count } клиент струва повече, отколкото носи
       *[other] { $count } клиенти струват повече, отколкото носят
    } (приходи × марж − разход за обслужване − разход за привличане, отнесен към годината).
pyramid-negative_caption = Клиенти с отрицателна печалба, първо най-губещите
pyramid-negative_more = Изброени са { $shown }-те най-губещи от { $count }.
pyramid-no_negative = Няма клиент с отрицателна печалба.
pyramid-col_customer = Клиент
pyramid-col_id = ID
pyramid-col_profit = Годишна печалба
pyramid-col_profit_how = Приходи × брутен марж − разход за обслужване − разход за привличане, отнесен към годината
pyramid-migration_title = План за придвижване
pyramid-migration_intro = Клиентите точно под всяка граница на пирамидата и колко трябва да наберат, за да се придвижат с едно ниво нагоре.
pyramid-migration_count = Клиенти, изброени под всяка граница
pyramid-migration_caption = Клиенти близо до по-горното ниво
pyramid-migration_note = Недостиг = стойност, нужна за по-горното ниво − стойността на клиента. Той винаги е над 0: клиент със същата стойност като най-ниската в по-горното ниво вече е в него (равните стойности са в едно ниво); показва се закръглен нагоре до последната показана цифра. Допълнителни приходи = недостигът при приходи; недостиг ÷ брутен марж при печалба и стойност на отношенията; „—“ при оценки, които не са пари.
pyramid-no_migration = Няма кого да изброим: всяко по-горно ниво е празно или пирамидата не можа да се изгради.
pyramid-col_move = От → към
pyramid-move_from_to = { $from } → { $to }
pyramid-col_score = Стойност сега
pyramid-col_cut_score = Нужно за по-горното ниво
pyramid-col_cut_score_how = Най-ниската стойност в по-горното ниво или неговият праг
pyramid-col_gap = Недостиг
pyramid-col_gap_how = Нужно − стойност сега
pyramid-col_revenue_gap = Допълнителни годишни приходи
pyramid-col_revenue_gap_how = Недостиг ÷ брутен марж (при класиране по приходи: самият недостиг)
pyramid-not_money = —

## Weighted pyramids

pyramid-seg_title = Сегментиране по отделни показатели
pyramid-seg_intro = Всеки избран показател подрежда самостоятелно клиентите, които го имат, и ги разделя на горна част ({ $top }), средна част (следващите { $middle }) и долна част (останалите) според дяловете по ранг на пирамидата; равните стойности са в една и съща част, а клиент без стойност е „неизвестно“ за този показател. След това клиентите се групират по комбинацията от нива. Когато по-ниското е по-добро, най-ниските стойности са в горната част.
pyramid-seg_name = Сегментиране
pyramid-seg_components_caption = Показатели на сегментирането (от един до три; тегла не се използват)
pyramid-seg_level_top = { $indicator }: горна част
pyramid-seg_level_middle = { $indicator }: средна част
pyramid-seg_level_bottom = { $indicator }: долна част
pyramid-seg_caption = Сегменти, от най-големия
pyramid-seg_col_segment = Сегмент
pyramid-seg_none = Изберете поне един показател, за да видите сегментите.
pyramid-weighted_title = Претеглени пирамиди една до друга
pyramid-weighted_intro = Всяка претеглена пирамида класира клиентите по композитен показател: { $formula }, където w_i е теглото на показател i, а x_i е показателят, мащабиран в 0–1 спрямо списъка (най-ниската стойност 0, най-високата 1; обърнат, когато по-ниското е по-добро). Неизвестна стойност никога не се оценява: клиентът се оценява по показателите, които има, с теглата им мащабирани до сума 1, и не се класира, ако няма нито един. Показател, който никой няма или който не се променя, се изключва и теглото му се разпределя между останалите.
pyramid-side_caption = Клиенти по нива във всяка претеглена пирамида (дял от приходите, дял от печалбата)
pyramid-side_note = Всяка клетка: клиенти в нивото, после делът на нивото в приходите и в печалбата.
pyramid-count_share = { $count } ({ $revenue } от приходите, { $profit } от печалбата)
pyramid-not_available = —
pyramid-no_weighted = Все още няма претеглена пирамида; добавете една по-долу.
pyramid-weighted_rule = { $name }: { $rule }
pyramid-weighted_rule_shares = първите { $top }, следващите { $middle }, останалите последни.
pyramid-weighted_rule_thresholds = композитен показател { $top } или повече, после { $middle } или повече, останалите последни.
pyramid-weighted_error = { $name }: { $error }
pyramid-edit_pyramid = Редактиране на претеглената пирамида „{ $name }“
pyramid-pyramid_name = Име на пирамидата
pyramid-remove_pyramid = Премахни претеглената пирамида „{ $name }“
pyramid-pyramid_removed = Претеглената пирамида е премахната.
pyramid-add_pyramid = Добави претеглена пирамида
pyramid-pyramid_added = Добавена е претеглена пирамида; отворете редактора ѝ, за да изберете показателите.
pyramid-new_pyramid_name = Пирамида { $n }
pyramid-components_caption = Претеглени показатели на „{ $name }“
pyramid-component_n = показател { $n } на „{ $name }“
pyramid-indicator_of = Мярка за { $what }
pyramid-weight_of = Тегло за { $what }
pyramid-lower_better = по-ниското е по-добро
pyramid-lower_better_of = По-ниското е по-добро за { $what }
pyramid-remove_component = Премахни показател { $n } на „{ $name }“
pyramid-add_component = Добави показател към „{ $name }“
pyramid-remove = Премахни
pyramid-col_indicator = Показател
pyramid-col_weight = Тегло
pyramid-col_weight_how = Относително тегло; теглата на един композитен показател се мащабират до сума 1
pyramid-col_lower = Посока
pyramid-col_lower_how = Отметнато: по-малкото е по-добро (дни за събиране на вземания, разход за обслужване), затова скалата 0–1 се обръща
pyramid-col_actions = Действия
pyramid-ind_revenue = приходи
pyramid-ind_profit = печалба
pyramid-ind_purchase_frequency = покупки годишно
pyramid-ind_average_order_value = средна стойност на поръчка
pyramid-ind_gross_margin = брутен марж
pyramid-ind_service_cost = разход за обслужване
pyramid-ind_relationship_value = стойност на отношенията
pyramid-ind_lifetime_value = жизнена стойност
pyramid-ind_size_band = размер (1 микро до 4 голяма)
pyramid-ind_age = възраст
pyramid-ind_share_of_wallet = дял от портфейла
pyramid-ind_named = { $name } (от списъка)

## Scorecard

pyramid-scorecard_title = Оценъчна карта
pyramid-scorecard_intro = Четири аспекта, всеки от които е претеглен набор от показатели с оценка 0–100: реална стойност (финансови показатели, продажби) и потенциална стойност (клиент, обслужване). Крайният резултат е претеглената средна на аспектите.
pyramid-edit_aspect = Редактиране на аспекта „{ $name }“
pyramid-aspect_name = Име на аспекта
pyramid-aspect_weight = Тегло на аспекта
pyramid-aspects_caption = Аспекти и техните тегла
pyramid-col_aspect = Аспект
pyramid-col_aspect_weight = Тегло
pyramid-col_aspect_weight_how = Тегло на аспекта ÷ сума от теглата на запазените аспекти (аспект, по който никой няма оценка, се изключва: 0 %)
pyramid-distribution_caption = Клиенти по резултат от оценъчната карта
pyramid-col_score_band = Резултат
pyramid-bin = от { $from } до под { $to }
pyramid-bin_last = от { $from } до { $to }
pyramid-top_caption = { $n }-те клиенти с най-висок резултат от оценъчната карта
pyramid-col_final = Краен резултат
pyramid-col_final_how = { $formula }, където w_i е теглото на аспект i, а x_i е оценката му, по аспектите, по които клиентът има оценка
pyramid-scorecard_note = Оценка на аспект = { $formula }, където w_i е теглото на показател i, а x_i е показателят, мащабиран в 0–1 спрямо списъка, по показателите, които клиентът има (обърнат, когато по-ниското е по-добро); крайната оценка е същата претеглена средна на аспектите, които има. Неизвестна стойност никога не се оценява и никога не се брои за 0; показател или аспект, който никой няма, се изключва и теглото му се разпределя, както е казано по-горе.
pyramid-chart_band = { $tier }: { $count } { $count ->
        [one] клиент
       *[other] клиенти
    }, { $revenue } от приходите, { $profit } от печалбата

## Ties, not rated, indicators left out

pyramid-ties_rule = Клиентите с равни стойности винаги са в едно и също ниво или рейтинг: когато граница би разделила равни стойности, цялата група отива в по-горното.
pyramid-ties_moved = Клиенти, преместени нагоре по тази причина: { $count }.
pyramid-not_rated = Без рейтинг ({ $count }): тези клиенти нямат стойност за { $basis }, затова не са в никое ниво или рейтинг и са изброени тук отделно (дяловете по-горе са от целия списък).
pyramid-not_rated_caption = Клиенти без рейтинг
pyramid-not_rated_short = без рейтинг
pyramid-not_rated_more = Изброени са първите { $shown } от { $count }.
pyramid-seg_level_unknown = { $indicator }: неизвестно
pyramid-dropped_no_values = { $name } — { $indicator }: никой клиент в списъка го няма; теглото му { $weight } се разпределя между останалите показатели.
pyramid-dropped_no_spread = { $name } — { $indicator }: всички клиенти, които го имат, са с една и съща стойност, така че той не ги различава; теглото му { $weight } се разпределя между останалите показатели.
pyramid-partial_scored = { $name }: на { $count } { $count ->
        [one] клиент
       *[other] клиенти
    } липсват някои показатели; всеки се оценява по тези, които има, с теглата им мащабирани до сума 1.
pyramid-composite_not_rated = { $name }: { $count ->
        [one] { $count } клиент няма нито един от показателите и не се класира (не е
       *[other] { $count } клиенти нямат нито един от показателите и не се класират (не са
    } в никое ниво).
pyramid-aspect_dropped = { $aspect }: никой клиент няма стойност за нито един от показателите му; теглото му { $weight } се разпределя между останалите аспекти.
pyramid-scorecard_partial = На { $count } { $count ->
        [one] клиент
       *[other] клиенти
    } липсват някои показатели или аспекти; всеки се оценява по тези, които има, с теглата мащабирани до сума 1.
pyramid-scorecard_not_rated = { $count ->
        [one] { $count } клиент няма нито един от показателите и не получава
       *[other] { $count } клиенти нямат нито един от показателите и не получават
    } оценка (без рейтинг).
pyramid-chart_ratings = Клиенти и печалба по рейтинг
pyramid-chart_ratings_caption = Делът на всеки рейтинг от клиентите и от печалбата; таблицата по-долу дава числата.
pyramid-chart_share_axis = Дял (%)
pyramid-chart_migration = Най-близо до следващото ниво
pyramid-chart_migration_caption = Клиентите от плана за преминаване, които са най-близо до по-горно ниво (най-много десет), всеки с разликата до следващото ниво в мярката на пирамидата; таблицата по-долу ги съдържа всички.
pyramid-col_room = Място за растеж
pyramid-col_room_how = Общите разходи на клиента в категорията − нашите приходи: колко още може да купува от нас (по разходите му в категорията, ако са дадени).
pyramid-no_wallet = няма разходи в категорията
