### Spanish: Strings of the pyramid view.

pyramid-intro = Clientes divididos en niveles y calificaciones según la medida que elija: quién aporta el valor, qué tienen en común, quién genera pérdidas y quién está a punto de subir de nivel.
pyramid-empty = Esta lista aún no tiene clientes: importe o añada algunos para ver los niveles y las calificaciones. La configuración de abajo ya se puede modificar.

## Bases and units

pyramid-basis = Clasificar clientes por
pyramid-basis_revenue = ingresos
pyramid-basis_profit = beneficio
pyramid-basis_relationship_value = valor de la relación
pyramid-basis_relationship_score = puntuación de la relación
pyramid-basis_lifetime_value = valor de vida
pyramid-basis_weighted = la pirámide ponderada «{ $name }»
pyramid-basis_weighted_n = pirámide ponderada { $n }
pyramid-basis_scorecard = puntuación del cuadro de mando
pyramid-unit_money_year = dinero al año
pyramid-unit_money = dinero
pyramid-unit_relationship_score = puntuación de −1 a 1
pyramid-unit_composite = índice compuesto de 0 a 1
pyramid-unit_scorecard = puntuación de 0 a 100

## Tiers

pyramid-tier_large = Gran potencial
pyramid-tier_medium = Potencial medio
pyramid-tier_small = Potencial pequeño
pyramid-scheme_title = Pirámide de valor
pyramid-scheme_intro = Tres niveles: gran potencial, potencial medio y potencial pequeño. Divida la clasificación por proporciones de clientes (por defecto: 20 % superior, 30 % siguiente, 50 % final) o por valores de la medida.
pyramid-cut_mode = Dividir la pirámide por
pyramid-of_weighted = { $what } (pirámide ponderada { $n })
pyramid-mode_shares = proporciones de clientes
pyramid-mode_thresholds = umbrales (valores de la medida)
pyramid-share_of = Proporción de clientes en «{ $tier }»
pyramid-share_rest = { $tier }: el { $share } restante.
pyramid-threshold_of = Valor mínimo en «{ $tier }»
pyramid-threshold_rest = { $tier }: todos los que quedan bajo el segundo umbral. Los clientes sin valor no se califican.
pyramid-shares_too_big = No se guardó: las dos proporciones sumarían { $sum }; juntas pueden ser como máximo 100 %.
pyramid-shares_all_zero = No se guardó: al menos una calificación necesita una proporción mayor que 0 %.
pyramid-threshold_below_next = No se guardó: este umbral debe ser al menos igual al del nivel siguiente ({ $next }).
pyramid-threshold_above_previous = No se guardó: este umbral no puede superar al del nivel anterior ({ $previous }).
pyramid-thresholds_reset = La medida tiene otra unidad, así que los umbrales se sustituyeron por las proporciones por defecto.
pyramid-rule_in_force = Regla vigente:
pyramid-rule_ranked = Por { $basis }, según la clasificación: { $parts }.
pyramid-rule_thresholds = Por { $basis }, con umbrales: { $parts }.
pyramid-part_top = { $label } = { $share } superior
pyramid-part_next = { $label } = { $share } siguiente
pyramid-part_last = { $label } = { $share } final
pyramid-part_at_least = { $label } = { $value } o más
pyramid-part_between = { $label } = de { $low } a menos de { $high }
pyramid-part_below = { $label } = menos de { $value }
pyramid-part_everyone = { $label } = todos
pyramid-chart_caption = La pirámide de valor: clientes por nivel (la tabla de abajo da las mismas cifras).
pyramid-tier_table_caption = Clientes, ingresos y beneficio por nivel
pyramid-tier_table_note = Proporción de clientes = clientes del nivel ÷ todos los clientes. Proporción de ingresos = ingresos del nivel ÷ ingresos totales. Proporción de beneficio = beneficio del nivel ÷ beneficio total (puede ser negativa, o superar el 100 % si algunos niveles generan pérdidas). Las proporciones de clientes se redondean de forma acumulada; los clientes con valores iguales siempre comparten nivel, así que un nivel puede tener algo más que su proporción, y los clientes sin valor no están en ningún nivel (se listan abajo como sin calificar).
pyramid-col_tier = Nivel
pyramid-col_rating = Calificación
pyramid-col_count = Clientes
pyramid-col_count_how = Clientes en la franja
pyramid-col_customer_share = Proporción de clientes
pyramid-col_customer_share_how = Clientes en la franja ÷ todos los clientes
pyramid-col_revenue_share = Proporción de ingresos
pyramid-col_revenue_share_how = Ingresos anuales de la franja ÷ ingresos anuales totales
pyramid-col_profit_share = Proporción de beneficio
pyramid-col_profit_share_how = Beneficio anual de los clientes rentables de la franja ÷ beneficio anual de todos los clientes rentables; las pérdidas cuentan como 0 y están en la columna siguiente
pyramid-col_losses = Pérdidas
pyramid-col_losses_how = Suma del beneficio anual de los clientes de la franja que pierden dinero, y cuántos son
pyramid-count_share_losses = Pérdidas: { $losses }.
pyramid-profile_losses = { $losing } de ellos { $losing ->
        [one] pierde
       *[other] pierden
    } dinero, { $losses } en total; cuentan como 0 en la proporción de beneficio, que es una proporción del beneficio de todos los clientes rentables.
pyramid-col_range = Valores en la franja
pyramid-col_range_how = Valor mínimo y máximo de la medida de clasificación en la franja
pyramid-range = { $low } a { $high }
pyramid-no_scores = sin valores

## Ratings

pyramid-rating_title = Calificaciones
pyramid-rating_intro = Una calificación por cliente en una escala A–D, 1–5 o 1–10 (la mejor primero) según la medida que elija. Por defecto, A es el 20 % superior, B el 30 % siguiente, C el 30 % siguiente y D el 20 % final; 1–5 y 1–10 usan proporciones iguales.
pyramid-rating_scale = Escala de calificación
pyramid-scale_a_d = A, B, C, D
pyramid-scale_1_5 = 5 (mejor) a 1
pyramid-scale_1_10 = 10 (mejor) a 1
pyramid-rating_basis = Calificar clientes por
pyramid-rating_mode = Dividir las calificaciones por
pyramid-rating_mode_default = las proporciones por defecto de la escala
pyramid-rating_mode_shares = proporciones de clientes que yo fijo
pyramid-rating_share_of = Proporción de clientes con calificación { $rating }
pyramid-rating_threshold_of = Valor mínimo con calificación { $rating }
pyramid-rating_threshold_rest = Calificación { $rating }: todos los que quedan bajo el último umbral. Los clientes sin valor no se califican.
pyramid-rating_default_note = Se usan las proporciones por defecto de la escala; elija «proporciones de clientes que yo fijo» o umbrales para cambiarlas.
pyramid-rating_cuts_reset = La escala tiene otro número de calificaciones, así que se usan sus proporciones por defecto.
pyramid-rating_table_caption = Clientes, ingresos y beneficio por calificación

## Profiles

pyramid-profiles_title = Perfiles de los niveles
pyramid-profiles_intro = Qué tienen en común los clientes de cada nivel: con qué frecuencia aparece cada valor de atributo en el nivel frente a toda la lista. Un lift mayor que 1 significa que es más frecuente en el nivel que en la lista.
pyramid-profile_summary = { $count } { $count ->
        [one] cliente
       *[other] clientes
    }; { $revenue } de los ingresos, { $profit } del beneficio, { $service } del costo de servicio.
pyramid-top_lifts_caption = { $tier }: valores de atributo con mayor lift
pyramid-rest_caption = { $tier }: los demás valores de atributo
pyramid-all_attributes = Mostrar { $count ->
        [one] el { $count } valor de atributo
       *[other] los { $count } valores de atributo
    } de «{ $tier }»
pyramid-more_attributes = { $count ->
        [one] No se lista { $count } valor de atributo más
       *[other] No se listan { $count } valores de atributo más
    }, con menor lift.
pyramid-no_attributes = Los clientes de este nivel no tienen atributos (tipo de mercado, canal, región, tamaño…).
pyramid-no_profiles = Sin perfiles: no se pudo construir la pirámide para esta lista.
pyramid-col_attribute = Atributo
pyramid-col_value = Valor
pyramid-col_in_tier = En el nivel
pyramid-col_in_tier_how = Clientes del nivel con el valor ÷ clientes del nivel
pyramid-col_in_list = En la lista
pyramid-col_in_list_how = Clientes de la lista con el valor ÷ todos los clientes
pyramid-col_lift = Lift
pyramid-col_lift_how = Proporción en el nivel ÷ proporción en la lista; 1 = tan frecuente como en toda la lista
pyramid-share_count = { $share } ({ $count })
pyramid-lift_value = { $lift } ×
pyramid-attr_market_type = tipo de mercado
pyramid-attr_channel = canal
pyramid-attr_region = región
pyramid-attr_size_band = tamaño
pyramid-attr_age_band = franja de edad
pyramid-attr_lifecycle_stage = etapa del ciclo de vida

## Bottom tier, negative profit, migration

pyramid-bottom_title = Revisión del nivel inferior
pyramid-bottom_summary = { $tier }: { $count } { $count ->
        [one] cliente aporta
       *[other] clientes aportan
    } el { $revenue } de los ingresos y el { $profit } del beneficio, pero { $count ->
        [one] consume
       *[other] consumen
    } el { $service } del costo de servicio; { $negative } de ellos { $negative ->
        [one] genera
       *[other] generan
    } pérdidas.
pyramid-suggestion = Sugerencia:
pyramid-stop_spending = Deje de gastar en captación y en servicio adicional en este nivel; busque menos clientes como estos.
pyramid-bottom_lifts_caption = Qué tienen en común los clientes de «{ $tier }»
pyramid-negative_title = Clientes con beneficio negativo
pyramid-negative_count = { $count } { $count ->
        [one] cliente cuesta
       *[other] clientes cuestan
    } más de lo que aportan (ingresos × margen − costo de servicio − costo de adquisición imputado al año).
pyramid-negative_caption = Clientes con beneficio negativo, los más negativos primero
pyramid-negative_more = Se listan los { $shown } más negativos de { $count }.
pyramid-no_negative = Ningún cliente tiene beneficio negativo.
pyramid-col_customer = Cliente
pyramid-col_id = Id
pyramid-col_profit = Beneficio al año
pyramid-col_profit_how = Ingresos × margen bruto − costo de servicio − costo de adquisición imputado al año
pyramid-migration_title = Plan de migración
pyramid-migration_intro = Los clientes situados justo por debajo de cada punto de corte de la pirámide, y cuánto debe ganar cada uno para subir de nivel.
pyramid-migration_count = Clientes listados bajo cada punto de corte
pyramid-migration_caption = Clientes cerca del nivel superior
pyramid-migration_note = Debe ganar = valor necesario para el nivel superior − valor del cliente. Siempre es mayor que 0: un cliente con el mismo valor que el más bajo del nivel superior ya está en él (los valores iguales comparten nivel); se muestra redondeado hacia arriba en la última cifra. Ingresos adicionales = lo que debe ganar, si se clasifica por ingresos; lo que debe ganar ÷ margen bruto, para beneficio y valor de la relación; «—» para las puntuaciones, que no son dinero.
pyramid-no_migration = No hay nadie que listar: todos los niveles superiores están vacíos o no se pudo construir la pirámide.
pyramid-col_move = De → a
pyramid-move_from_to = { $from } → { $to }
pyramid-col_score = Valor actual
pyramid-col_cut_score = Necesario para el nivel superior
pyramid-col_cut_score_how = El valor mínimo del nivel superior, o su umbral
pyramid-col_gap = Debe ganar
pyramid-col_gap_how = Necesario − valor actual
pyramid-col_revenue_gap = Ingresos adicionales al año
pyramid-col_revenue_gap_how = Debe ganar ÷ margen bruto (si se clasifica por ingresos: lo que debe ganar)
pyramid-not_money = —

## Weighted pyramids

pyramid-seg_title = Segmentación por indicador
pyramid-seg_intro = Cada indicador elegido ordena por sí solo a los clientes que lo tienen y se divide en tramo alto ({ $top }), medio (el siguiente { $middle }) y bajo (el resto), según las proporciones de rango de la pirámide; los valores iguales comparten tramo y un cliente sin el valor figura como «desconocido» en ese indicador. Después se agrupan los clientes por su combinación de tramos. Cuando menos es mejor, los valores más bajos forman el tramo alto.
pyramid-seg_name = Segmentación
pyramid-seg_components_caption = Indicadores de la segmentación (de uno a tres; no se usan ponderaciones)
pyramid-seg_level_top = { $indicator }: tramo alto
pyramid-seg_level_middle = { $indicator }: tramo medio
pyramid-seg_level_bottom = { $indicator }: tramo bajo
pyramid-seg_caption = Segmentos, del más grande al más pequeño
pyramid-seg_col_segment = Segmento
pyramid-seg_none = Elija al menos un indicador para ver los segmentos.
pyramid-weighted_title = Pirámides ponderadas lado a lado
pyramid-weighted_intro = Cada pirámide ponderada clasifica a los clientes por un índice compuesto: { $formula }, donde w_i es el peso del indicador i y x_i el indicador, escalado de 0 a 1 sobre la lista (el menor 0, el mayor 1; invertido cuando menos es mejor). Un valor desconocido nunca se puntúa: cada cliente se puntúa con los indicadores que tiene, con sus pesos escalados para sumar 1, y no se califica si no tiene ninguno. Un indicador que nadie tiene, o que no varía, se deja fuera y su peso se reparte entre los demás.
pyramid-side_caption = Clientes por nivel en cada pirámide ponderada (proporción de ingresos, proporción de beneficio)
pyramid-side_note = Cada celda: clientes del nivel y, a continuación, la proporción de ingresos y de beneficio del nivel.
pyramid-count_share = { $count } ({ $revenue } de ingresos, { $profit } de beneficio)
pyramid-not_available = —
pyramid-no_weighted = Aún no hay pirámides ponderadas; añada una abajo.
pyramid-weighted_rule = { $name }: { $rule }
pyramid-weighted_rule_shares = { $top } superior, { $middle } siguiente, el resto al final.
pyramid-weighted_rule_thresholds = índice compuesto de { $top } o más, luego de { $middle } o más, el resto al final.
pyramid-weighted_error = { $name }: { $error }
pyramid-edit_pyramid = Modificar la pirámide ponderada «{ $name }»
pyramid-pyramid_name = Nombre de la pirámide
pyramid-remove_pyramid = Quitar la pirámide ponderada «{ $name }»
pyramid-pyramid_removed = Se quitó la pirámide ponderada.
pyramid-add_pyramid = Añadir una pirámide ponderada
pyramid-pyramid_added = Se añadió una pirámide ponderada; abra su editor para elegir los indicadores.
pyramid-new_pyramid_name = Pirámide { $n }
pyramid-components_caption = Indicadores ponderados de «{ $name }»
pyramid-component_n = indicador { $n } de «{ $name }»
pyramid-indicator_of = Medida de { $what }
pyramid-weight_of = Peso de { $what }
pyramid-lower_better = menos es mejor
pyramid-lower_better_of = Menos es mejor para { $what }
pyramid-remove_component = Quitar el indicador { $n } de «{ $name }»
pyramid-add_component = Añadir un indicador a «{ $name }»
pyramid-remove = Quitar
pyramid-col_indicator = Indicador
pyramid-col_weight = Peso
pyramid-col_weight_how = Peso relativo; los pesos de un índice compuesto se escalan para sumar 1
pyramid-col_lower = Sentido
pyramid-col_lower_how = Marcado: menos es mejor (días de cobro, costo de servicio), así que la escala 0–1 se invierte
pyramid-col_actions = Acciones
pyramid-ind_revenue = ingresos
pyramid-ind_profit = beneficio
pyramid-ind_purchase_frequency = compras al año
pyramid-ind_average_order_value = valor medio del pedido
pyramid-ind_gross_margin = margen bruto
pyramid-ind_service_cost = costo de servicio
pyramid-ind_relationship_value = valor de la relación
pyramid-ind_lifetime_value = valor de vida
pyramid-ind_size_band = tamaño (de 1 micro a 4 grande)
pyramid-ind_age = edad
pyramid-ind_share_of_wallet = cuota del gasto del cliente
pyramid-ind_named = { $name } (de la lista)

## Scorecard

pyramid-scorecard_title = Cuadro de mando
pyramid-scorecard_intro = Cuatro aspectos, cada uno un conjunto ponderado de indicadores puntuados de 0 a 100: valor actual (financiero, ventas) y valor potencial (cliente, servicio). La puntuación final es la media ponderada de los aspectos.
pyramid-edit_aspect = Modificar el aspecto «{ $name }»
pyramid-aspect_name = Nombre del aspecto
pyramid-aspect_weight = Peso del aspecto
pyramid-aspects_caption = Aspectos y sus pesos
pyramid-col_aspect = Aspecto
pyramid-col_aspect_weight = Peso
pyramid-col_aspect_weight_how = Peso del aspecto ÷ suma de los pesos de los aspectos que se mantienen (un aspecto en que nadie tiene puntuación se deja fuera: 0 %)
pyramid-distribution_caption = Clientes por puntuación del cuadro de mando
pyramid-col_score_band = Puntuación
pyramid-bin = { $from } a menos de { $to }
pyramid-bin_last = { $from } a { $to }
pyramid-top_caption = Los { $n } clientes con mayor puntuación en el cuadro de mando
pyramid-col_final = Puntuación final
pyramid-col_final_how = { $formula }, donde w_i es el peso del aspecto i y x_i su puntuación, sobre los aspectos en que el cliente tiene puntuación
pyramid-scorecard_note = Puntuación del aspecto = { $formula }, donde w_i es el peso del indicador i y x_i el indicador escalado de 0 a 1 sobre la lista, sobre los indicadores que tiene el cliente (invertido cuando menos es mejor); la puntuación final es la misma media ponderada de los aspectos que tiene. Un valor desconocido nunca se puntúa ni cuenta como 0; un indicador o aspecto que nadie tiene se deja fuera y su peso se reparte, como se indica arriba.
pyramid-chart_band = { $tier }: { $count } { $count ->
        [one] cliente
       *[other] clientes
    }, { $revenue } de los ingresos, { $profit } del beneficio

## Ties, not rated, indicators left out

pyramid-ties_rule = Los clientes con valores iguales siempre comparten nivel o calificación: cuando un corte separaría un empate, todo el empate pasa al nivel superior.
pyramid-ties_moved = Clientes que subieron por este motivo: { $count }.
pyramid-not_rated = Sin calificar ({ $count }): estos clientes no tienen valor de { $basis }, así que no están en ningún nivel ni calificación y se listan aquí aparte (las proporciones de arriba son de toda la lista).
pyramid-not_rated_caption = Clientes sin calificar
pyramid-not_rated_short = sin calificar
pyramid-not_rated_more = Se listan los primeros { $shown } de { $count }.
pyramid-seg_level_unknown = { $indicator }: desconocido
pyramid-dropped_no_values = { $name } — { $indicator }: ningún cliente de la lista lo tiene; su peso { $weight } se reparte entre los demás indicadores.
pyramid-dropped_no_spread = { $name } — { $indicator }: todos los clientes que lo tienen tienen el mismo valor, así que no los distingue; su peso { $weight } se reparte entre los demás indicadores.
pyramid-partial_scored = { $name }: { $count ->
        [one] a { $count } cliente le faltan
       *[other] a { $count } clientes les faltan
    } algunos indicadores; cada uno se puntúa con los que tiene, con sus pesos escalados para sumar 1.
pyramid-composite_not_rated = { $name }: { $count ->
        [one] { $count } cliente no tiene ninguno de los indicadores y queda
       *[other] { $count } clientes no tienen ninguno de los indicadores y quedan
    } sin calificar (en ningún nivel).
pyramid-aspect_dropped = { $aspect }: ningún cliente tiene valor en ninguno de sus indicadores; su peso { $weight } se reparte entre los demás aspectos.
pyramid-scorecard_partial = { $count ->
        [one] A { $count } cliente le faltan
       *[other] A { $count } clientes les faltan
    } algunos indicadores o aspectos; cada uno se puntúa con los que tiene, con los pesos escalados para sumar 1.
pyramid-scorecard_not_rated = { $count ->
        [one] { $count } cliente no tiene ninguno de los indicadores y no recibe
       *[other] { $count } clientes no tienen ninguno de los indicadores y no reciben
    } puntuación (sin calificar).
pyramid-chart_ratings = Clientes y beneficio por calificación
pyramid-chart_ratings_caption = La parte de los clientes y del beneficio de cada calificación; la tabla siguiente tiene las cifras.
pyramid-chart_share_axis = Parte (%)
pyramid-chart_migration = Los más cerca del nivel siguiente
pyramid-chart_migration_caption = Los clientes del plan de migración más cerca de subir (diez como máximo), cada uno con lo que le falta para el nivel siguiente en la medida de la pirámide; la tabla siguiente los tiene todos.
pyramid-col_room = Margen para crecer
pyramid-col_room_how = El gasto total del cliente en la categoría − nuestros ingresos: lo que más podría comprarnos (con su gasto en la categoría, si se indica).
pyramid-no_wallet = sin gasto en la categoría
