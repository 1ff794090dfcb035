### Spanish: Strings of the keeping-customers view.

keeping-intro = Lo que cuesta conservar un cliente frente a perderlo y ganar otro: la tasa de abandono medida con los antiguos clientes de la lista, el gasto de retención por nivel, el lado del cliente en la relación, la cuota de gasto y las comprobaciones de los artículos de origen.
keeping-churn_in_force = Tasa de abandono en vigor
keeping-in_force_measured = Medida con la lista: clientes perdidos durante { $year } ÷ clientes al inicio del año = { $lost } ÷ { $start } = { $churn }. Todas las duraciones la usan (o la de su segmento, ver abajo).
keeping-in_force_typed = Introducida en Configuración ({ $churn }): la lista no tiene ningún antiguo cliente perdido en el año medido, así que no se mide nada. Marque los antiguos clientes con la fecha en que se perdieron (estado «Antiguo cliente», «Perdido el») para medir el abandono.
keeping-per_kept = Conservar un cliente cuesta
keeping-per_kept_how = Gasto de retención ÷ clientes conservados = { $spend } ÷ { $kept } = { $per } por cliente conservado. { $from }
keeping-kept_measured = Clientes conservados = clientes al inicio del año − los perdidos en él, medidos con la lista.
keeping-kept_typed = Clientes conservados = clientes actuales × (1 − abandono), con la tasa introducida.
keeping-bad_line = La línea de retención «{ $name }» no es un importe válido: corríjala para ver el coste por cliente conservado.
keeping-no_spend = Aún no hay gasto de retención: añada abajo las líneas de retención del año (financiera, social, estructural).
keeping-nobody_kept = No se conservó a nadie en el año, así que no hay coste por cliente conservado.
keeping-cac = Ganar un cliente cuesta
keeping-cac_how = El coste medio de adquisición de la lista (Economía): gasto de captación ÷ el denominador en vigor.
keeping-churn_cost = Coste del abandono
keeping-churn_cost_how = Clientes perdidos × su valor de vida medio antes del coste de adquisición = { $lost } × { $ltv } = { $cost }.
keeping-churn_cost_missing = Necesita clientes perdidos y un valor de vida: introduzca los ingresos de los clientes y una tasa de abandono.
keeping-replacing = Coste de reemplazarlos
keeping-replacing_how = Clientes perdidos × CAC = { $lost } × { $cac } = { $cost }.
keeping-replacing_missing = Necesita un coste de adquisición: introduzca el gasto de captación en Economía.
keeping-verdict_keeping = Conservar sale más barato: conservar un cliente cuesta { $keep }, ganar uno nuevo { $cac }, { $times } veces más.
keeping-verdict_replacing = Reemplazar sale más barato: conservar un cliente cuesta { $keep }, { $times } veces los { $cac } que cuesta uno nuevo. Revise qué compra el gasto de retención.
keeping-verdict_same = Conservar un cliente y ganar uno cuestan lo mismo: { $keep }.
keeping-verdict_missing = Introduzca el gasto de retención y el de captación para ver si es más barato conservar o reemplazar un cliente.
keeping-chart_title = Conservar frente a reemplazar, al año
keeping-chart_caption = El gasto de retención del año frente a lo que costaron los clientes perdidos: reemplazarlos al coste de adquisición y el valor de vida que se fue con ellos. Las cifras de arriba dan los números.
keeping-chart_axis = Dinero ({ $currency })
keeping-bar_spend = Gasto de retención
keeping-bar_replacing = Reemplazar a los perdidos
keeping-bar_churn = Valor perdido (abandono)
keeping-spend_title = Gasto de retención por nivel
keeping-spend_intro = Introduzca el gasto de retención del año en líneas, cada una en uno de los tres niveles de retención: financiero (incentivos de precio, premios a la compra frecuente o constante, garantías), social (servicio personal, clubes de clientes) y estructural (vínculos que hacen costoso irse: sistemas compartidos, integración).
keeping-levels_caption = Gasto de retención y coste por cliente conservado, por nivel
keeping-col_means = Con qué trabaja
keeping-col_spend = Gasto
keeping-col_per_kept = Por cliente conservado
keeping-means_financial = Incentivos de precio, premios a la compra frecuente o constante, garantías de satisfacción
keeping-means_social = Servicio personal e individual; clubes de clientes
keeping-means_structural = Vínculos que hacen costoso irse: sistemas compartidos, integración, beneficios añadidos
keeping-source_measured_segment = medida en su segmento
keeping-source_measured_overall = medida en toda la lista
keeping-source_typed_segment = introducida para su tipo de mercado
keeping-source_typed = introducida
keeping-churn_title = Abandono medido con la lista
keeping-churn_intro = Clientes al inicio de un año = clientes y antiguos clientes ganados antes y no perdidos antes; abandono = los perdidos durante el año ÷ los clientes al inicio; duración del grupo = 1 ÷ abandono.
keeping-churn_year = Año medido
keeping-churn_by = Segmentos por
keeping-churn_min = Clientes al inicio que necesita un segmento
keeping-dimension_market_type = Tipo de mercado
keeping-dimension_channel = Canal
keeping-dimension_size_band = Tamaño
keeping-year_entered = Abandono de { $year }, el año elegido.
keeping-year_latest = Abandono de { $year }, el último año en que se perdió un antiguo cliente (elija otro año arriba).
keeping-no_former = La lista no tiene ningún antiguo cliente con fecha de pérdida: el abandono no se puede medir y se usa la tasa introducida en Configuración.
keeping-undated =
    { $count ->
        [one] { $count } cliente sin fecha de primera compra se cuenta como presente al inicio.
       *[other] { $count } clientes sin fecha de primera compra se cuentan como presentes al inicio.
    }
keeping-former_undated =
    { $count ->
        [one] { $count } antiguo cliente no tiene fecha de pérdida y queda fuera: no se sabe cuándo se fue.
       *[other] { $count } antiguos clientes no tienen fecha de pérdida y quedan fuera: no se sabe cuándo se fueron.
    }
keeping-churn_caption = Abandono por { $by } y el abandono que usan las duraciones de cada segmento
keeping-col_segment = Segmento
keeping-col_at_start = Al inicio
keeping-col_lost = Perdidos
keeping-col_churn = Abandono
keeping-col_lifetime = Duración del grupo
keeping-col_used = Abandono usado para sus clientes
keeping-segment_unknown = Sin indicar
keeping-segment_all = Toda la lista
keeping-no_rate = nadie al inicio
keeping-rule = La duración de un cliente usa el abandono medido de su segmento si este tenía al menos { $min } clientes al inicio; si no, el abandono medido de la lista; si no, el introducido para su tipo de mercado; si no, el introducido para la lista.
keeping-churn_chart_title = Abandono por { $by }
keeping-churn_chart_axis = Abandono al año (%)
keeping-churn_chart_caption = El abandono medido de cada segmento; la línea es el de toda la lista. La tabla de abajo da las cifras.
keeping-delivered_title = Valor entregado: el lado del cliente
keeping-delivered_intro = Lo que el cliente recibe de nosotros (producto, servicio, personas, imagen) frente a lo que da (precio, tiempo, esfuerzo, riesgo). Un cliente que recibe poco más de lo que da es un riesgo de abandono, gane lo que gane para nosotros: introduzca las ocho partes por cliente en la tabla Clientes, en dinero o como puntuaciones de 0 a 10.
keeping-delivered_scale = Partes introducidas como
keeping-scale_money = Dinero al año
keeping-scale_score = Puntuaciones de 0 a 10
keeping-delivered_low = Riesgo de abandono por debajo de esta parte del valor
keeping-delivered_how = Valor entregado = (producto + servicio + personas + imagen) − (precio + tiempo + esfuerzo + riesgo). Por ejemplo 500 + 200 + 100 + 50 = 850 de valor frente a 600 + 80 + 40 + 30 = 750 de coste: 100 entregado. Un cliente es un riesgo de abandono cuando su valor entregado es 0 o menos, o está por debajo de la parte de su valor total fijada arriba. Una parte vacía cuenta como 0 cuando hay al menos una parte de valor y una de coste.
keeping-delivered_none = Ningún cliente tiene aún valor entregado: introduzca al menos una parte de valor y una de coste para un cliente (tabla Clientes, columnas «Valor del producto» … «Riesgo para el cliente»).
keeping-delivered_summary =
    Clientes con valor entregado: { $count }. { $risks ->
        [one] { $risks } de ellos es un riesgo de abandono; nos aporta { $profit } al año.
       *[other] { $risks } de ellos son riesgos de abandono; juntos nos aportan { $profit } al año.
    }
keeping-delivered_high_profit =
    { $high ->
        [one] { $high } de ellos está en el cuarto más rentable (beneficio de { $top } al año o más): { $profit } al año descansan en un cliente que recibe poco de nosotros.
       *[other] { $high } de ellos están en el cuarto más rentable (beneficio de { $top } al año o más): { $profit } al año descansan en clientes que reciben poco de nosotros.
    }
keeping-points = { $n } puntos
keeping-out_of_scale =
    { $count ->
        [one] { $count } cliente tiene una parte fuera de 0–10 mientras las partes son puntuaciones; queda fuera de las sumas.
       *[other] { $count } clientes tienen una parte fuera de 0–10 mientras las partes son puntuaciones; esas partes quedan fuera de las sumas.
    }
keeping-at_risk_caption = Riesgos de abandono, menor valor entregado primero ({ $count })
keeping-at_risk_pages = Páginas de riesgos de abandono
keeping-col_customer = Cliente
keeping-col_value = Valor para ellos
keeping-col_cost = Coste para ellos
keeping-col_delivered = Valor entregado
keeping-col_delivered_how = Valor para el cliente − coste para el cliente
keeping-col_profit = Beneficio anual para nosotros
keeping-col_flag = ¿Beneficio alto?
keeping-flag_high_profit = Cuarto superior por beneficio
keeping-by_market_caption = Valor entregado por tipo de mercado (medias por cliente)
keeping-col_customers = Clientes
keeping-col_at_risk = Riesgos de abandono
keeping-wallet_title = Cuota de gasto
keeping-wallet_intro = Nuestros ingresos de un cliente ÷ su gasto total en la categoría al año: junto con la tasa de retención, la medida de éxito que nombran los artículos de origen. Introduzca el gasto en la categoría por cliente en la tabla Clientes («Gasto en la categoría»).
keeping-wallet_none = Ningún cliente tiene aún gasto en la categoría: introdúzcalo en la tabla Clientes para ver la cuota de gasto y el margen para crecer.
keeping-wallet_share = Cuota de gasto
keeping-wallet_share_how =
    { $count ->
        [one] Nuestros ingresos ÷ el gasto en la categoría, sobre el { $count } cliente con ambos (ponderado por gasto: Σ ingresos ÷ Σ gasto en la categoría).
       *[other] Nuestros ingresos ÷ el gasto en la categoría, sobre los { $count } clientes con ambos (ponderado por gasto: Σ ingresos ÷ Σ gasto en la categoría).
    }
keeping-wallet_room = Margen para crecer
keeping-wallet_room_how = Σ (gasto en la categoría − nuestros ingresos): lo que estos clientes gastan en la categoría en otra parte. Por ejemplo, 3.000 de 12.000 es una cuota del 25 % y 9.000 de margen.
keeping-wallet_above =
    { $count ->
        [one] { $count } cliente aporta más ingresos que su gasto en la categoría: revise las cifras (queda fuera del margen para crecer).
       *[other] { $count } clientes aportan más ingresos que su gasto en la categoría: revise las cifras (quedan fuera del margen para crecer).
    }
keeping-wallet_caption = Cuota de gasto y margen para crecer por cliente, más margen primero ({ $count })
keeping-col_revenue = Nuestros ingresos
keeping-col_share = Cuota de gasto
keeping-checks_title = Las comprobaciones de los artículos de origen
keeping-shape_inverted_u = El beneficio por cliente por etapa del ciclo de vida forma la U invertida que esperan los artículos, con el máximo en { $peak }.
keeping-shape_breaks = El beneficio por cliente por etapa del ciclo de vida no forma la U invertida que esperan los artículos: { $stage } la rompe (ver Duración, etapas del ciclo de vida).
keeping-shape_too_few = Menos de tres etapas del ciclo de vida tienen clientes: aún no se puede comprobar la U invertida que esperan los artículos.
keeping-what_size = por tamaño
keeping-what_revenue = por cuarto de ingresos
keeping-peak_biggest = El beneficio por cliente { $what } es mayor entre los clientes más grandes.
keeping-peak_middle = El beneficio por cliente { $what } es mayor en un grupo intermedio, { $group }, no entre los más grandes: como advierten los artículos, los clientes más rentables suelen ser medianos.
keeping-peak_smallest = El beneficio por cliente { $what } es mayor entre los clientes más pequeños.
keeping-peak_too_few = Menos de dos grupos tienen clientes, así que no se puede comparar el beneficio por cliente { $what }.
keeping-quartile_top = Cuarto superior por ingresos
keeping-quartile_second = Segundo cuarto por ingresos
keeping-quartile_third = Tercer cuarto por ingresos
keeping-quartile_bottom = Cuarto inferior por ingresos
keeping-groups_caption = Beneficio anual por cliente por tamaño y por cuarto de ingresos
keeping-col_group = Grupo
keeping-col_profit_per = Beneficio anual por cliente
keeping-by_market_type = tipo de mercado
keeping-by_channel = canal
keeping-by_size_band = tamaño
keeping-churn_other_caption = Abandono por { $by } (medido, no usado para las duraciones: elíjalo en «Segmentos por» para usarlo)
keeping-segment_delivered = Valor entregado por tipo de mercado, para los clientes sin el suyo
keeping-segment_delivered_note = Si sabe lo que recibe y da un tipo de mercado entero y no cada cliente, introdúzcalo aquí: todo cliente de ese tipo sin valor entregado propio lo toma.
keeping-segment_cell = { $part } para { $market }
keeping-wallet_pages = Páginas de cuota de gasto
