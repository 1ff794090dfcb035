### Bulgarian: Strings of the errors view.

error-acquisition-no_spend = Въведете похарченото за спечелване на клиенти, за да видите разхода за привличане.
error-acquisition-no_new_customers = През периода не са спечелени нови клиенти, затова няма разход на нов клиент.
error-acquisition-bad_line = Сумата на разхода „{ $name }“ трябва да е число, нула или повече.
error-service-no_cost = Въведете годишните разходи за обслужване на клиенти, за да видите средния разход за обслужване.
error-service-no_customers = Няма обслужени клиенти, затова няма среден разход за обслужване.
error-service-bad_line = Сумата на разхода за обслужване „{ $name }“ трябва да е число, нула или повече.
error-ltv-never_ends = Когато всички клиенти се задържат и няма дисконтов процент, жизнената стойност няма край; задайте дисконтов процент над нула или задържане под 100 %.
error-ltv-margin = Годишният марж не е число.
error-churn-no_base = За отлива е нужен броят клиенти в началото на периода, а той е нула.
error-churn-lost_exceeds_base = Загубените клиенти ({ $lost }) са повече от клиентите в началото на периода ({ $base }).
error-cohort-no_years = Таблицата по кохорти трябва да има поне една година.
error-cohort-no_customers = Кохортата трябва да има брой клиенти над нула.
error-cohort-bad_discount = Лихвеният процент и рисковият фактор трябва да са нула или повече.
error-cohort-bad_cell = Година { $year }: стойността на „{ $column }“ не може да се използва (трябва да е число, нула или повече; коефициентите и дяловете — най-много 1).
error-cohort-column_retention = коефициент на задържане
error-cohort-column_orders = поръчки на клиент
error-cohort-column_order_value = средна стойност на поръчка
error-cohort-column_cost_rate = дял на разходите
error-cohort-column_marketing = маркетингов разход на клиент
error-tier-no_such_pyramid = Претеглена пирамида с номер { $n } не съществува; изберете друг критерий за класиране.
error-tier-bad_shares = Дяловете на нивата трябва да са нула или повече, по един за всяко ниво, а сборът им — над нула.
error-tier-bad_thresholds = Праговете трябва да са числа, подредени от най-високия към най-ниския, с един по-малко от броя на нивата.
error-tier-no_weights = Задайте тегло над нула на поне един показател.
error-tier-no_data = Нито един клиент няма стойност, която да различава клиентите, по някой от претеглените показатели ({ $indicators }): няма данни за класиране, затова не се показват нива. Въведете тези данни в таблицата с клиенти или претеглете показатели, които списъкът има.
error-tier-no_data_none = { $indicator }: нито един клиент няма стойност
error-tier-no_data_same = { $indicator }: всички клиенти, които имат стойност, имат една и съща
error-icp-no_criteria = Задайте поне един критерий за идеалния клиент, за да видите оценките на съответствието.
error-icp-no_weights = Задайте тегло над нула на поне един критерий за идеалния клиент.
error-market-too_small = Само около { $addressable } { $addressable ->
        [one] клиент отговаря
       *[other] клиенти отговарят
    } на профила (по-малко от { $minimum }); смекчете критериите на профила.
error-market-too_contested = На всяка фирма, която се бори за тях, се падат около { $per_firm } { $per_firm ->
        [one] клиент, отговарящ
       *[other] клиенти, отговарящи
    } на профила (по-малко от { $minimum }); конкуренцията за този профил е твърде силна, смекчете критериите му.
error-log-empty = Дневникът на покупките няма редове.
error-log-invalid_amount = Ред { $row } има сума { $value }; сумите трябва да са числа от 0 до 10^15.
error-log-empty_id = Ред { $row } няма ID на клиента.
error-log-holdout_before_calibration = Краят на контролния период е преди края на калибровъчния период.
error-log-no_calibration_customers = Никой клиент не е направил първа покупка на или преди края на калибровъчния период.
error-rule-not_finite = някоя стойност не е крайно число
error-rule-negative_weight = теглото е отрицателно
error-rule-negative_times = давността и възрастта не могат да са отрицателни
error-rule-recency_above_age = давността е по-голяма от възрастта
error-rule-recency_without_repeats = давността трябва да е 0 за клиент без повторни покупки
error-rule-repeats_without_recency = клиент с повторни покупки трябва да има давност над 0
error-rule-spend_needs_repeat = моделът на разходите изисква поне една повторна покупка
error-rule-mean_spend_missing = клиент с повторни покупки трябва да има средна стойност на повторна покупка
error-rule-mean_spend_not_positive = средната стойност на повторна покупка е 0 или по-малко при всички повторни купувачи
error-rule-no_repeat_purchases = никой клиент не е направил повторна покупка
error-rule-all_first_on_last_day = всички клиенти са направили първата си покупка в последния ден на калибровъчния период
error-rule-time_not_usable = времената трябва да са числа, нула или повече
error-rule-parameter_not_positive = параметрите на модела трябва да са положителни числа
error-rule-horizon_out_of_range = хоризонтът трябва да е между 1 и 1200 месеца
error-rule-negative_discount = дисконтовият процент трябва да е нула или положителен
error-rule-negative_spend = стойността на покупка трябва да е нула или положителна
error-quantity-log_likelihood = логаритмичното правдоподобие
error-quantity-expected_purchases = очаквания брой покупки
error-quantity-cumulative_expected = натрупаните очаквани повторни покупки
error-quantity-discounted_expected = дисконтираните очаквани покупки
error-quantity-probability_alive = вероятността клиентът да е активен
error-quantity-purchase_probability = вероятността за покупка
error-quantity-mean_spend = средната стойност на покупка
error-quantity-expected_spend = очакваната стойност на покупка
error-quantity-lifetime_value = жизнената стойност
error-special-non_finite = Специална функция получи число, което не е крайно.
error-special-outside_domain = Специалната функция { $function } е извикана за стойност извън дефиниционната ѝ област.
error-special-not_converged = Специалната функция { $function } не можа да достигне пълна точност при тези аргументи.
error-special-overflow = При тези аргументи стойността на специалната функция { $function } е твърде голяма, за да бъде представена.
error-model-empty = Няма клиенти, по които да се оцени моделът.
error-model-invalid_row = Клиентският ред { $row } не може да се използва: { $reason }.
error-model-not_identifiable = Моделът не може да се оцени по тези данни: { $reason }.
error-model-not_converged = Оценяването на модела не се установи след { $iterations } { $iterations ->
        [one] итерация
       *[other] итерации
    } (логаритмично правдоподобие { $ll }); параметрите му не са надеждни. Опитайте друга единица за време или повече данни.
error-model-no_finite_mean_spend = Моделът на разходите получи q = { $q }, т.е. най-много 1: тогава средната стойност на покупка е неограничена, затова не може да се даде нито очаквана стойност на покупка, нито жизнена стойност.
error-model-invalid_argument = Стойността, зададена за { $name }, не е валидна: { $reason }.
error-model-invalid_value = Зададена стойност не е валидна: { $reason }.
error-model-non_finite = Изчисляването на { $what } не е възможно при тези стойности (получава се числово препълване).
error-store-other = Браузърът отказа записването ({ $why }).
error-doc-invalid = не е списък, запазен от тази страница ({ $detail })
error-doc-newer = запазен е от по-нова версия на тази страница (формат { $version }); отворете го там
error-doc-not_ours = това е JSON от друга програма, а не списък, запазен от тази страница
error-read-empty = файлът няма редове
error-read-malformed = ред { $line }: { $detail }
error-read-unclosed_quote = ред { $line }: кавичка, отворена тук, никога не се затваря, така че останалата част от файла би се прочела като една клетка. Затворете или премахнете кавичката и изберете файла отново
error-mapping-twice = Две колони са съпоставени с „{ $field }“; съпоставете всяко поле само веднъж.
error-chart-drawing = грешка при чертането: { $detail }
error-setting-segment_churn = Отлив на сегмент
error-setting-churn_year = Година, за която се измерва отливът
error-setting-sales_closed = Сключени продажби
error-setting-service_cost_benchmark = Разход за обслужване в отрасъла
error-setting-churn_min_at_start = Клиенти в началото, нужни на сегмент
