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
