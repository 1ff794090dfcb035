### Bulgarian: Strings of the history view.

history-intro = Жизнена стойност от дневник на покупките, изчислена във вашия браузър: моделите на покупки BG/NBD и Pareto/NBD и моделът на разходите Gamma-Gamma („купува, докато отпадне“). Дневникът никога не напуска тази страница.

## Step 1: import

history-import_title = 1. Дневник на покупките или обобщение по клиенти
history-import_intro = Дневникът на покупките има по един ред на покупка: ID на клиента, дата и сума (другите колони се пропускат). Обобщението по клиенти има по един ред на клиент: ID, честота, давност, T и средна стойност на повторните покупки — това, което едно хранилище за данни изчислява с един GROUP BY.
history-pick = Файл с дневник на покупките или обобщение по клиенти
history-drop = …или пуснете файла тук. Разделител: запетая, точка и запетая, табулация или интервал; заглавният ред не е задължителен.
history-read_failed = Файлът не можа да се прочете: { $reason }
history-mapping_title = Съпоставяне на колоните от { $file }
history-kind = Файлът съдържа
history-kind_purchases = Покупки (ID, дата, сума; количество, ако сумата е единична цена)
history-kind_summary = Обобщение по клиенти (ID, честота, давност, T, парична стойност)
history-suggestion_note = Файлът няма заглавен ред, затова колоните са отгатнати: първата колона с дати е датата, първата друга колона е ID на клиента, последната колона е сумата. Проверете предположението по-долу, преди да продължите.
history-mapping_caption = Какво съдържа всяка колона (предложение; променете го, ако е грешно)
history-holds = Съдържа
history-holds_for = Какво съдържа колона { $column }
history-field_id = ID на клиента
history-field_date = Дата на покупката
history-field_amount = Сума
history-field_quantity = Количество (тогава сумата е цената за брой)
history-field_frequency = Честота x (повторни покупки)
history-field_recency = Давност t_x
history-field_age = Възраст T
history-field_monetary = Средна стойност на повторна покупка (парична стойност)
history-mapping_missing = Изберете колоната, която съдържа: { $field }.
history-mapping_twice = Само една колона може да съдържа: { $field }.
history-check = Провери редовете
history-cancel = Отказ
history-checking = Проверка на редовете
history-cancel_check = Спри проверката
history-check_cancelled = Проверката е спряна; нищо не е използвано.
history-check_summary = Редове без грешки: { $good }; редове с проблеми: { $bad }
history-problems = Редове с проблеми (нищо не се отгатва: поправете ги във файла или използвайте само редовете без грешки)
history-use_good = Използвай редовете без грешки ({ $count })
history-use_nothing = Не използвай нищо
history-used =
    { $count ->
        [one] Използва се { $count } ред.
       *[other] Използват се { $count } реда.
    }
history-working_on_log = Работи се с „{ $name }“: { $count } { $count ->
        [one] покупка
       *[other] покупки
    } от { $first } до { $last }, { $count ->
        [one] пазена
       *[other] пазени
    } в този браузър между посещенията.
history-working_on_summary = Работи се с „{ $name }“: { $count } { $count ->
        [one] ред, пазен
       *[other] реда, пазени
    } в този браузър между посещенията.
history-used_nothing = Нищо не е използвано.
history-rule_id = ID на клиент до 1000 знака (не може да е празно)
history-rule_date = дата във вида 2024-03-31, 20240331 или 31/03/2024 в избрания ред на датата, със или без час
history-rule_amount = парична сума от 0 до 10^15, напр. 29,33
history-rule_quantity = число, по-голямо от 0, купеното количество (сума × количество до 10^15), напр. 2
history-rule_frequency = цял брой повторни покупки, 0 или повече
history-rule_recency = време от 0 до възрастта T на клиента
history-rule_age = време от 0 до 100 000 в избраната единица
history-rule_monetary = число, средната стойност на повторна покупка (може да е празно, когато честотата е 0; 0 или по-малко се оценява със средното за съвкупността)
history-rule_cal_end = дата от { $first } до { $last } (първата и последната покупка в дневника)

## Step 2: calibration

history-calibration_title = 2. Калибровъчен период и единица за време
history-cal_end = Край на калибровъчния период (последният ден е включен)
history-cal_end_note = Моделите се обучават върху покупките до този ден; по-късните покупки образуват контролния период, който ги проверява. Предложение: денят на две трети от дневника.
history-cal_end_note_summary = Обобщението няма контролен период; тази дата само задава датите на първа покупка (край − T) в списък, създаден от него.
history-unit = Единица за време
history-unit_of_file = Единица за време на давността и T във файла
history-unit_days = дни
history-unit_weeks = седмици
history-unit_months = месеци
history-customers = Клиенти в калибровъчния период
history-customers_how = Клиенти, чиято първа покупка е на или преди края на калибровъчния период; клиентите с по-късна първа покупка не участват в оценяването.
history-repeat = Повторни купувачи
history-repeat_value = { $buyers } { $buyers ->
        [one] клиент
       *[other] клиенти
    }, { $purchases } { $purchases ->
        [one] повторна покупка
       *[other] повторни покупки
    }
history-repeat_how = Клиенти с честота x ≥ 1 и сумата на x: дни с покупки след първата покупка на всеки клиент до края на калибровъчния период.
history-periods = Калибриране и контрол
history-periods_value = Калибриране: { $calibration } { $unit }, контрол: { $holdout } { $unit } (до { $end })
history-periods_how = Калибриране: от първата покупка в дневника до края на калибрирането, двата дни включително. Контрол: дните след това до последната покупка.
history-merged = Покупките на един клиент в един и същи ден се броят като една покупка, със сумирани суми: { $calibration } { $calibration ->
        [one] ред
       *[other] реда
    } от калибровъчния период и { $holdout } { $holdout ->
        [one] ред
       *[other] реда
    } от контролния са слети с друг ред на същия клиент и ден (прочетени редове: { $rows }).
history-after_calibration = { $count ->
        [one] { $count } клиент с първа покупка след края на калибрирането не е включен.
       *[other] { $count } клиенти с първа покупка след края на калибрирането не са включени.
    }

## Step 3: summary

history-summary_title = 3. Обобщение по клиенти
history-summary_intro = Честота x = дни с повторни покупки; давност t_x = от първата до последната покупка; възраст T = от първата покупка до края на калибрирането; времената са в { $unit }. Средната стойност на повторните покупки не включва първата покупка (конвенцията на модела Gamma-Gamma).
history-summary_caption = Обобщение по клиенти за калибровъчния период (времена в { $unit })
history-col_id = ID на клиента
history-col_first = Първа покупка
history-col_x = Честота x
history-col_x_how = Различни дни с покупки в калибровъчния период − 1
history-col_tx = Давност t_x ({ $unit })
history-col_tx_how = Дни от първата до последната покупка в калибрирането ÷ дни в единица
history-col_age = Възраст T ({ $unit })
history-col_age_how = Дни от първата покупка до края на калибрирането ÷ дни в единица
history-col_monetary = Средна повторна покупка (без първата)
history-col_monetary_how = Сума на дневните суми след деня на първата покупка ÷ x
history-col_holdout = Покупки в контролния период
history-col_holdout_how = Различни дни с покупки след края на калибрирането
history-no_repeat = — (няма повторни)
history-export_summary = Експорт на обобщението (CSV)
history-prev = Предишна
history-next = Следваща
history-prev_page = Предишна страница на { $table }
history-next_page = Следваща страница на { $table }
history-page_of = Страница { $page } от { $pages } ({ $rows } { $rows ->
        [one] клиент
       *[other] клиенти
    })
history-pages = Страници на { $table }
history-search_id = Търсене по ID на клиента
history-search_count = { $shown } от { $total } { $total ->
        [one] клиент
       *[other] клиенти
    }

## Step 4: models

history-models_title = 4. Модели, оценени по метода на максималното правдоподобие
history-models_intro = Клиентите с еднакви (x, t_x, T) се оценяват като един претеглен ред. Стандартните грешки се получават от кривината на правдоподобието в неговия максимум. Оценяване, което не се установи, се съобщава и никога не се показва като числа.
history-fit = Оцени моделите
history-fit_again = Оцени моделите отново
history-fitting_bgnbd = Оценяване на BG/NBD…
history-fitting_paretonbd = Оценяване на Pareto/NBD…
history-fitting_gammagamma = Оценяване на Gamma-Gamma…
history-fitted = Моделите са оценени.
history-cancel_fit = Отмени оценяването
history-fit_cancelled = Оценяването е отменено; предишните резултати, ако има такива, са запазени.
history-fit_evaluations =
    { $n ->
        [one] { $n } изчисление на правдоподобието досега
       *[other] { $n } изчисления на правдоподобието досега
    }
history-bgnbd = BG/NBD
history-paretonbd = Pareto/NBD
history-gammagamma = Gamma-Gamma (стойност на покупка)
history-params_caption = { $model }: оценки
history-param = Параметър
history-estimate = Оценка
history-se = Стандартна грешка
history-se_how = Квадратен корен от диагонала на обратната наблюдавана информационна матрица (числен хесиан на логаритмичната функция на правдоподобие)
history-meaning = Значение
history-param_r = форма на разпределението на честотата на покупки (без единица)
history-param_alpha = мащаб на разпределението на честотата на покупки, в { $unit }
history-param_a = отпадане след покупка: форма a на бета разпределението (без единица)
history-param_b = отпадане след покупка: форма b на бета разпределението (без единица)
history-param_s = форма на разпределението на честотата на отпадане (без единица)
history-param_beta = мащаб на разпределението на честотата на отпадане, в { $unit }
history-param_p = форма на стойността на покупка (без единица)
history-param_q = форма на нивото на разходи на клиента (без единица; средната стойност съществува само при q > 1)
history-param_gamma = мащаб на нивото на разходи на клиента, във валутата на дневника
history-no_se = Някои стандартни грешки не са налични: там правдоподобието е твърде плоско, за да се измерят.
history-ll = Логаритмично правдоподобие { $ll }
history-iterations = Итерации: { $n }
history-converged = сходимост достигната
history-not_converged = без сходимост
history-fit_time = оценено за { $ms } ms

## Step 5: predictions

history-predictions_title = 5. Прогнози по клиенти
history-model = Модел на покупките
history-t_label = Очаквани покупки през следващите t { $unit }: t
history-horizon_label = Хоризонт на CLV H (месеци)
history-discount_label = Месечен дисконтов процент d (%)
history-per_month = Един месец е { $month } дни = { $n } { $unit }. { $clv }, където H е броят месеци на хоризонта, m — очакваната стойност на покупка, а E[X(k)] — очакваните покупки през първите k месеца.
history-predictions_caption = Прогнози по клиенти ({ $model } с Gamma-Gamma)
history-col_p_alive = Вероятност да е активен
history-col_p_alive_how = Вероятност клиентът все още да е активен в края на калибрирането при дадени x, t_x и T
history-col_expected = Очаквани покупки през следващите { $t } { $unit }
history-col_expected_how = E[X(t) | x, t_x, T] според модела на покупките
history-col_spend = Очаквана стойност на покупка
history-col_spend_how = Gamma-Gamma: { $formula }; средното за съвкупността { $population_mean } при липса на повторни покупки
history-col_clv = CLV за { $h } { $h ->
        [one] месец
       *[other] месеца
    } по { $days } { $days ->
        [one] ден
       *[other] дни
    }
history-col_clv_how = { $formula }, където H е броят месеци на хоризонта, m е очакваната стойност на покупка, а E[X(k)] — очакваните покупки през първите k месеца
history-spend_left_out = Повторни купувачи със средна стойност на повторна покупка 0 или по-малко (връщания, безплатни артикули): { $count }. Те са изключени от оценката на Gamma-Gamma и се оценяват със средната стойност за съвкупността { $formula } = { $mean }.
history-predictions_note = Сумите са във валутата на дневника. Вероятността да е активен, очакваните покупки и CLV могат да се добавят към отворения списък (показатели p_alive, expected_purchases, predicted_clv), където се появяват в експорта на таблицата с клиенти, в претеглените пирамиди и в експорта на резултатите.
history-bgnbd_no_repeat = { $count } { $count ->
        [one] клиент е купил
       *[other] клиенти са купили
    } само веднъж в периода на калибриране (x = 0). BG/NBD дава на всеки от тях вероятност да е активен { $p }: моделът позволява на клиента да отпадне само веднага след повторна покупка, така че това е свойство на модела, а не извод за тези клиенти. Pareto/NBD позволява отпадане по всяко време и им дава по-ниска вероятност.
history-show_paretonbd = Покажи Pareto/NBD
history-export_predictions = Експорт на прогнозите (CSV)
history-add_to_open = Добави прогнозите към отворения списък
history-create_list = Създай списък от този дневник
history-added = Вероятността да е активен, очакваните покупки и прогнозният CLV (показатели p_alive, expected_purchases, predicted_clv) са добавени към { $matched } { $matched ->
        [one] клиент
       *[other] клиенти
    } от „{ $list }“, чието ID е в дневника; { $unmatched } { $unmatched ->
        [one] клиент от дневника няма
       *[other] клиенти от дневника нямат
    } съответствие там.
history-added_none = Никой клиент от „{ $list }“ няма ID от дневника, затова нищо не е добавено.
history-list_name = { $name } (история на покупките)
history-pyramid_name = Прогнозен CLV
history-created = Създаден и отворен е списъкът „{ $list }“ с { $count } { $count ->
        [one] клиент
       *[other] клиенти
    } (първа покупка, покупки годишно = покупки ÷ наблюдавани години (поне една година) и средна стойност на поръчка от калибровъчния период, плюс трите прогнози); нивата на пирамидата му се определят от претеглената пирамида „{ $pyramid }“, която класира по прогнозен CLV.

## Step 6: charts

history-charts_title = 6. Графики
history-table_alternative = Числата като таблица
history-heat_title = Вероятност да е активен ({ $model })
history-heat_x = Давност t_x ({ $unit })
history-heat_y = Честота x (повторни покупки)
history-heat_caption = Вероятност клиентът да е активен според честотата и давността, за клиенти с възраст T = { $age } { $unit } (най-старите в дневника).
history-heat_corner = Честота x \ давност
history-tracking_title = Натрупани повторни покупки: реални и BG/NBD
history-tracking_x = { $unit } от { $start }
history-tracking_y = Натрупани повторни покупки
history-tracking_caption = Повторните покупки на клиентите от калибрирането, реални спрямо BG/NBD, натрупани във времето; калибровъчният период завършва след { $cal } { $unit }, останалото е контролният период.
history-no_holdout = Няма контролен период: дневникът завършва с края на калибрирането (или е импортирано обобщение), затова графиката „калибриране спрямо контрол“ не може да се начертае.
history-actual = Реални
history-predicted_bgnbd = BG/NBD
history-hist_title = Клиенти по брой повторни покупки: реални и BG/NBD
history-hist_x = Повторни покупки в калибровъчния период
history-hist_y = Клиенти
history-hist_caption = Клиенти по брой повторни покупки в калибровъчния период, реални спрямо очакваните по BG/NBD (последният стълб: толкова или повече).
history-demo_log = Показан е дневникът на покупките на демонстрационния списък, измислен (покупките на клиентите му за 78 седмици от 2023–24) и оценен веднага щом се покаже. Идентификаторите му са тези на демонстрационния списък, така че прогнозите му могат да се добавят към този списък. Не се пази между посещенията; заредете горе свой дневник или обобщение, за да го замените.
history-predicting = Изчисляване на прогнозите
history-predicting_count = Прогнозирани { $done } от { $total } { $total ->
        [one] клиент
       *[other] клиента
    }
history-cancel_predictions = Спри прогнозите
history-predictions_cancelled = Прогнозите са спрени; не се показват.
history-predict_again = Изчисли прогнозите
