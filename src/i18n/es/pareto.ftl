### Spanish: Strings of the pareto view.

pareto-intro = Cuánto del negocio depende de unos pocos clientes: la comprobación 80/20 de ingresos y de beneficio, la curva acumulada (de Lorenz) y los clientes cuya pérdida más dolería.
pareto-not_rated =
    { $count ->
        [one] { $count } cliente no tiene ingresos: no se califica por ingresos ni por beneficio, así que las cifras y curvas de abajo son de los otros { $rated }.
       *[other] { $count } clientes no tienen ingresos: no se califican por ingresos ni por beneficio, así que las cifras y curvas de abajo son de los otros { $rated }.
    }
pareto-empty = Esta lista aún no tiene clientes; importe o añada algunos para ver la comprobación 80/20.
pareto-revenue_word = ingresos
pareto-profit_word = beneficio
pareto-shares_title = La comprobación 80/20
pareto-by_revenue = Por ingresos
pareto-by_profit = Por beneficio
pareto-top_share_label = Proporción de { $measure } del { $share } superior de clientes
pareto-top_share_how = Clientes ordenados por { $measure }, de mayor a menor; el { $share } superior son { $top } de { $count } { $count ->
        [one] cliente
       *[other] clientes
    }. Proporción = su { $measure } ÷ el { $measure } de todos los clientes por encima de cero ({ $positive }); los clientes por debajo de cero cuentan como 0 (sus pérdidas se indican abajo).
pareto-target_label = Menor proporción de clientes que reúne el { $target } de { $measure }
pareto-target_how = Los clientes, ordenados por { $measure } de mayor a menor, se suman hasta alcanzar el { $target } del total: { $k } de { $count } { $count ->
        [one] cliente
       *[other] clientes
    }. Aquí los clientes con pérdidas cuentan como 0.
pareto-gini_label = Coeficiente de Gini de { $measure }
pareto-gini_how = { $formula }, con { $count ->
        [one] el { $count } valor x de { $measure } ordenado
       *[other] los { $count } valores x de { $measure } ordenados
    } de menor (i = 1) a mayor y las pérdidas contadas como 0: { $gini }. 0 significa que todos los clientes aportan lo mismo; cerca de 1, que un solo cliente lo aporta todo.
pareto-settings_note = La proporción superior (20 %) y la proporción del valor a alcanzar (80 %) se ajustan en Configuración → Pareto y concentración.
pareto-lorenz_title = Curva acumulada (de Lorenz)
pareto-lorenz_caption = Proporción de ingresos y de beneficio que reúnen los clientes principales, ordenados de mayor a menor. Cuanto más se aleja la curva por encima de la diagonal, más concentrado está el negocio.
pareto-lorenz_table_caption = Proporción acumulada de ingresos y beneficio por proporción de clientes, cada 10 %
pareto-col_customers = Proporción superior de clientes
pareto-col_customers_title = Clientes ordenados por la medida, de mayor a menor
pareto-col_revenue = Proporción de ingresos
pareto-col_revenue_title = Ingresos de esos clientes ÷ ingresos totales (pérdidas contadas como 0)
pareto-col_profit = Proporción de beneficio
pareto-col_profit_title = Beneficio de esos clientes ÷ beneficio total de los clientes rentables (pérdidas contadas como 0)
pareto-lorenz_note = Cada columna ordena a los clientes según su propia medida, así que el 10 % superior por ingresos no tiene por qué ser el 10 % superior por beneficio. Entre dos clientes, la curva se lee sobre la recta que los une.
pareto-concentration_title = Riesgo de concentración
pareto-threshold_text = Se marca a todo cliente que aporte el { $threshold } de los ingresos o más: perderlo supone perder esa parte del negocio.
pareto-flags_label = Clientes en el umbral o por encima
pareto-flag = { $name } aporta el { $share } de los ingresos ({ $revenue }).
pareto-no_flags = Ningún cliente alcanza el umbral.
pareto-hhi_label = Índice de Herfindahl-Hirschman de los ingresos
pareto-hhi_value = { $fraction } ({ $points } puntos)
pareto-hhi_how = { $formula }, donde s_i es la proporción de ingresos de cada cliente, sumada sobre { $count ->
        [one] el { $count } cliente
       *[other] los { $count } clientes
    }: { $fraction }, es decir, { $points } puntos de 10.000. 1 (10.000 puntos) significa que un solo cliente aporta todos los ingresos; cuanto más se repartan por igual entre los clientes, más cerca de 0.
pareto-big_service_label = Proporción del costo de servicio de los grandes clientes
pareto-big_service_how = Los grandes clientes son el { $share } superior por ingresos ({ $big } { $big ->
        [one] cliente
       *[other] clientes
    }). Proporción = su costo de servicio ÷ el costo de servicio de todos los clientes (su propia cifra o, si no, la media de la lista).
pareto-big_profit_label = Proporción del beneficio de los grandes clientes
pareto-big_profit_how = Los grandes clientes son el { $share } superior por ingresos ({ $big } { $big ->
        [one] cliente
       *[other] clientes
    }). Proporción = el beneficio de los que obtienen beneficio entre ellos ÷ el beneficio de todos los clientes rentables; las pérdidas cuentan como 0 y se indican abajo.
pareto-eat_margin = { $big ->
        [one] El { $big } cliente más grande consume
       *[other] Los { $big } clientes más grandes consumen
    } el { $service } del costo de servicio pero solo { $big ->
        [one] aporta
       *[other] aportan
    } el { $profit } del beneficio: los grandes compradores se comen tiempo y margen. Revise cuánto cuesta atenderlos.
pareto-no_eat_margin = { $big ->
        [one] El { $big } cliente más grande aporta
       *[other] Los { $big } clientes más grandes aportan
    } el { $profit } del beneficio por el { $service } del costo de servicio: { $big ->
        [one] paga el tiempo que consume
       *[other] pagan el tiempo que consumen
    }.
pareto-no_share = Ningún cliente tiene { $measure } por encima de cero, así que no hay nada que repartir: no hay proporción 80/20, curva ni coeficiente de Gini de { $measure }.
pareto-losses = { $losing } de { $count } { $count ->
        [one] cliente
       *[other] clientes
    } { $losing ->
        [one] tiene
       *[other] tienen
    } { $measure } por debajo de cero: { $losses } en total. Cuentan como 0 en estas proporciones, que son proporciones de { $positive }, el { $measure } de los clientes por encima de cero; el { $measure } neto de la lista es { $net }.
pareto-no_losses = Ningún cliente tiene { $measure } por debajo de cero: estas proporciones son del total de { $positive }.
pareto-big_lose_money = { $big ->
        [one] El { $big } cliente más grande pierde dinero
       *[other] Los { $big } clientes más grandes, en conjunto, pierden dinero
    } ({ $net } al año) mientras { $big ->
        [one] consume
       *[other] consumen
    } el { $service } del costo de servicio: los grandes compradores se comen tiempo y margen. Revise cuánto cuesta atenderlos y cuánto pagan.
pareto-big_no_profit = Ningún cliente obtiene beneficio, así que no hay proporción de beneficio que comparar con la proporción del costo de servicio de los grandes clientes.
pareto-big_no_service_cost = Ningún cliente tiene costo de servicio, así que no hay proporción del costo de servicio que comparar con la proporción de beneficio de los grandes clientes.
pareto-big_losses = { $losing } de { $big ->
        [one] el { $big } cliente más grande
       *[other] los { $big } clientes más grandes
    } { $losing ->
        [one] pierde
       *[other] pierden
    } dinero: { $losses } en total, contados como 0 en su proporción de beneficio.
pareto-chart_marker = El { $customers } superior de clientes aporta el { $value } de los ingresos
pareto-chart_x = Clientes, de mayor a menor (% acumulado)
pareto-chart_y = Ingresos (% acumulado)
pareto-chart_concentration = La parte de los ingresos de los mayores clientes
pareto-chart_concentration_caption = La parte de los ingresos de los diez mayores clientes, con el umbral de concentración como línea discontinua.
pareto-chart_share_axis = Parte de los ingresos (%)
pareto-col_customer = Cliente
