### Spanish: Strings of the prospects view.

prospects-intro = Encuentre a sus próximos clientes: clientes potenciales que se parecen a sus mejores clientes, alcanzables por el canal que le trajo clientes así y a un costo que valga la pena. Solo está calificado el cliente potencial que necesita lo que usted vende y puede pagarlo.
prospects-empty = Esta lista no tiene clientes potenciales. Añada entradas con el estado Cliente potencial (con su tipo de mercado, canal, región, tamaño o edad, y las respuestas a «lo necesita» y «puede pagar») para clasificarlos.
prospects-summary = { $qualified } { $qualified ->
        [one] cliente potencial calificado
       *[other] clientes potenciales calificados
    }; aún sin calificar: { $others } (en una lista aparte).
prospects-no_tiers = Las puntuaciones de similitud necesitan los niveles de la pirámide de valor; sin ellos, todos los clientes potenciales puntúan 0 y reciben el valor de vida medio de la lista.
prospects-no_tiers_because = Las puntuaciones de similitud necesitan los niveles de la pirámide de valor, que no se pudieron construir: { $reason }
prospects-qualified_title = Clientes potenciales calificados, los más prometedores primero
prospects-qualified_caption = Clientes potenciales calificados por puntuación de similitud y luego por ajuste ({ $count })
prospects-qualified_pages = Páginas de clientes potenciales calificados
prospects-none_qualified = Aún no hay ningún cliente potencial calificado: «lo necesita» y «puede pagar» deben ser Sí.
prospects-col_rank = Puesto
prospects-col_lookalike = Se parece al nivel superior
prospects-col_lookalike_title = Lift combinado = media geométrica de los lifts en el nivel superior de los valores de atributo conocidos del cliente potencial = { $formula }, donde ℓ_i son esos n lifts y s la puntuación, la media de sus logaritmos naturales; 1× = como la lista en conjunto. Un lift típico, no una probabilidad ni una razón de probabilidades
prospects-lift_value = { $lift }× (puntuación { $score })
prospects-col_fit = Ajuste
prospects-col_fit_title = Ajuste al perfil de cliente ideal, 0–100; los criterios sobre cifras que un cliente potencial aún no tiene (beneficio, costo de servicio, valor de la relación, valor de vida) no se pueden comprobar y no se cumplen
prospects-fit_value = { $fit } ({ $count } sin comprobar)
prospects-col_why = Por qué
prospects-why_more = { $attribute } { $value } aparece { $lift }× más a menudo en el nivel superior ({ $tier })
prospects-why_same = { $attribute } { $value } aparece con la misma frecuencia en el nivel superior ({ $tier }) que en toda la lista
prospects-why_less = { $attribute } { $value } aparece solo { $lift }× veces tan a menudo en el nivel superior ({ $tier })
prospects-col_tier = Se parece a
prospects-col_tier_title = El nivel respecto al cual la puntuación de similitud del cliente potencial es más alta; ninguno cuando sus atributos conocidos no dicen nada o dos niveles puntúan igual
prospects-resembles_none = Ningún nivel: media de la lista
prospects-col_expected = Valor esperado
prospects-col_expected_title = Valor de vida medio, antes del costo de adquisición, de los clientes del nivel al que se parece (de toda la lista si no se parece a ninguno), dinero una sola vez
prospects-col_channel = Canal para llegar a ellos
prospects-col_channel_title = El canal propio del cliente potencial si se conoce; si no, el canal más frecuente del nivel al que se parece
prospects-channel_unknown = desconocido
prospects-col_cac = Costo de adquisición
prospects-col_cac_title = CAC de ese canal (su gasto ÷ clientes que ganó); si no, el CAC medio; — si no se ha introducido ningún gasto
prospects-col_net = Valor esperado − CAC
prospects-col_net_title = Valor esperado − costo de adquisición, ambos una sola vez: lo que vale ganarlo durante toda la relación
prospects-score_note = Lift de un valor = (su proporción en el nivel superior) ÷ (su proporción en toda la lista); un valor ausente del nivel superior cuenta como media aparición y se omiten los valores que nunca aparecen en la lista. Ejemplo: 6 de 10 clientes del nivel superior en la región Norte frente a 20 de 100 en la lista → (6/10) ÷ (20/100) = 3,0.
prospects-lift_how = Lift combinado = media geométrica de los lifts = { $formula }, donde ℓ_i son los n lifts. Ejemplo: región Norte con lift 3,0 y tipo de mercado consumidor con lift 1,0 → { $example }. Es un lift típico de los valores del cliente potencial; no es la razón de probabilidades de un Bayes ingenuo, que multiplicaría los lifts y compararía con los clientes de fuera del nivel.
prospects-fit_note = Un cliente potencial aún no tiene beneficio, costo de servicio, valor de la relación ni valor de vida: los criterios sobre ellos no se pueden comprobar y cuentan como no cumplidos, así que ningún cliente potencial llega a 100 por defecto; el número de esos criterios se muestra junto a su ajuste.
prospects-value_note = El valor esperado es un valor de vida antes del costo de adquisición, así que el CAC del canal (también único) se descuenta exactamente una vez. Un cliente potencial cuyos atributos conocidos no dicen nada (todos los lifts valen 1), o que se parece igual a dos niveles, no se parece a ningún nivel y recibe el valor de vida medio de la lista. Las líneas de gasto por canal (Economía) hacen que el CAC sea específico del canal.
prospects-losing_title = Calificados, pero se espera que cuesten más de lo que aportan
prospects-losing_note = Ganar a uno de estos costaría más (el costo de adquisición del canal que los alcanzaría) que el valor de vida de los clientes a los que se parecen, por eso quedan fuera de los más prometedores. Alcáncelos por un canal más barato, o déjelos.
prospects-losing_caption = Clientes potenciales calificados cuyo valor esperado es menor que el costo de adquisición, la menor pérdida primero ({ $count })
prospects-losing_pages = Páginas de clientes potenciales calificados que darían pérdida
prospects-not_qualified_title = Aún sin calificar
prospects-not_qualified_caption = Clientes potenciales a los que les falta una respuesta o un sí ({ $count })
prospects-not_qualified_pages = Páginas de clientes potenciales sin calificar
prospects-all_qualified = Todos los clientes potenciales están calificados.
prospects-col_missing = Qué falta
prospects-missing_needs_no = No lo necesita.
prospects-missing_needs_unknown = Pregunte si lo necesita.
prospects-missing_pay_no = No puede pagarlo.
prospects-missing_pay_unknown = Pregunte si puede pagar.
prospects-qualify_note = Modifique «Lo necesita» y «Puede pagar» en la tabla de clientes a medida que conozca las respuestas; un cliente potencial con ambas en Sí pasa a la lista clasificada.
