### Vietnamese: Strings of the pareto view.

pareto-intro = Hoạt động kinh doanh dựa vào một số ít khách hàng đến mức nào: kiểm tra 80/20 cho doanh thu và lợi nhuận, đường cong lũy kế (Lorenz), và những khách hàng mà mất đi sẽ gây thiệt hại lớn nhất.
pareto-not_rated = { $count } khách hàng chưa có doanh thu: họ không được xếp hạng theo doanh thu hay lợi nhuận, nên các số liệu và đường cong dưới đây là của { $rated } khách hàng còn lại.
pareto-empty = Danh sách này chưa có khách hàng; hãy nhập hoặc thêm khách hàng để xem kiểm tra 80/20.
pareto-revenue_word = doanh thu
pareto-profit_word = lợi nhuận
pareto-shares_title = Kiểm tra 80/20
pareto-by_revenue = Theo doanh thu
pareto-by_profit = Theo lợi nhuận
pareto-top_share_label = Tỷ trọng { $measure } từ nhóm { $share } khách hàng đứng đầu
pareto-top_share_how = Khách hàng xếp theo { $measure }, lớn nhất trước; nhóm { $share } đứng đầu gồm { $top } trên { $count } khách hàng. Tỷ trọng = { $measure } của họ ÷ { $measure } của mọi khách hàng trên 0 ({ $positive }); khách hàng dưới 0 tính là 0 (khoản lỗ của họ được nêu bên dưới).
pareto-target_label = Tỷ lệ khách hàng nhỏ nhất tạo ra { $target } { $measure }
pareto-target_how = Khách hàng xếp theo { $measure }, lớn nhất trước, được cộng dồn cho đến khi đạt { $target }: { $k } trên { $count } khách hàng. Khách hàng gây lỗ được tính là 0 ở đây.
pareto-gini_label = Hệ số Gini của { $measure }
pareto-gini_how = { $formula } với { $count } giá trị x của { $measure } sắp xếp từ nhỏ nhất (i = 1) đến lớn nhất, khoản lỗ tính là 0: { $gini }. 0 nghĩa là mọi khách hàng đem lại như nhau; gần 1 nghĩa là một khách hàng đem lại tất cả.
pareto-settings_note = Tỷ lệ khách hàng đứng đầu (20 %) và tỷ lệ giá trị cần đạt (80 %) là các cài đặt, trong Cài đặt → Pareto và mức độ tập trung.
pareto-lorenz_title = Đường cong lũy kế (Lorenz)
pareto-lorenz_caption = Tỷ trọng doanh thu và lợi nhuận nằm trong tay các khách hàng đứng đầu, khách hàng xếp từ lớn nhất. Đường cong càng võng cao trên đường chéo, hoạt động kinh doanh càng tập trung.
pareto-lorenz_table_caption = Tỷ trọng lũy kế của doanh thu và lợi nhuận theo tỷ lệ khách hàng, mỗi bậc 10 %
pareto-col_customers = Tỷ lệ khách hàng đứng đầu
pareto-col_customers_title = Khách hàng xếp theo chỉ tiêu, lớn nhất trước
pareto-col_revenue = Tỷ trọng doanh thu
pareto-col_revenue_title = Doanh thu của các khách hàng đó ÷ tổng doanh thu (khoản lỗ tính là 0)
pareto-col_profit = Tỷ trọng lợi nhuận
pareto-col_profit_title = Lợi nhuận của các khách hàng đó ÷ tổng lợi nhuận của các khách hàng có lãi (khoản lỗ tính là 0)
pareto-lorenz_note = Mỗi cột xếp khách hàng theo chỉ tiêu riêng của nó, nên 10 % đứng đầu theo doanh thu không nhất thiết là 10 % đứng đầu theo lợi nhuận. Giữa hai khách hàng, đường cong được đọc trên đoạn thẳng nối họ.
pareto-concentration_title = Rủi ro tập trung
pareto-threshold_text = Khách hàng mang lại từ { $threshold } doanh thu trở lên sẽ được đánh dấu: mất họ là mất chừng ấy phần kinh doanh.
pareto-flags_label = Khách hàng đạt hoặc vượt ngưỡng
pareto-flag = { $name } mang lại { $share } doanh thu ({ $revenue }).
pareto-no_flags = Không khách hàng nào đạt ngưỡng.
pareto-hhi_label = Chỉ số Herfindahl–Hirschman của doanh thu
pareto-hhi_value = { $fraction } ({ $points } điểm)
pareto-hhi_how = { $formula }, trong đó s_i là tỷ trọng doanh thu của từng khách hàng, cộng trên { $count } khách hàng: { $fraction }, tức { $points } điểm trên 10.000. 1 (10.000 điểm) nghĩa là một khách hàng mang lại toàn bộ doanh thu; doanh thu càng chia đều cho nhiều khách hàng, chỉ số càng gần 0.
pareto-big_service_label = Tỷ trọng chi phí phục vụ của khách hàng lớn
pareto-big_service_how = Khách hàng lớn là nhóm { $share } đứng đầu theo doanh thu ({ $big } khách hàng). Tỷ trọng = chi phí phục vụ của họ ÷ chi phí phục vụ của mọi khách hàng (số liệu riêng, nếu không thì mức trung bình của danh sách).
pareto-big_profit_label = Tỷ trọng lợi nhuận của khách hàng lớn
pareto-big_profit_how = Khách hàng lớn là nhóm { $share } đứng đầu theo doanh thu ({ $big } khách hàng). Tỷ trọng = lợi nhuận của những người có lãi trong số họ ÷ lợi nhuận của mọi khách hàng có lãi; khoản lỗ tính là 0 và được nêu bên dưới.
pareto-eat_margin = { $big } khách hàng lớn nhất chiếm { $service } chi phí phục vụ nhưng chỉ mang lại { $profit } lợi nhuận: khách mua nhiều đang ngốn thời gian và biên lợi nhuận. Hãy xem chi phí phục vụ họ.
pareto-no_eat_margin = { $big } khách hàng lớn nhất mang lại { $profit } lợi nhuận với { $service } chi phí phục vụ: họ trả đủ cho thời gian họ chiếm.
pareto-no_share = Không khách hàng nào có { $measure } trên 0, nên không có gì để chia tỷ trọng: không có tỷ trọng 80/20, đường cong hay hệ số Gini của { $measure }.
pareto-losses = { $losing } trên { $count } khách hàng có { $measure } dưới 0, tổng cộng { $losses }. Họ được tính là 0 trong các tỷ trọng này, vốn là tỷ trọng của { $positive }, tức { $measure } của các khách hàng trên 0; { $measure } ròng của cả danh sách là { $net }.
pareto-no_losses = Không khách hàng nào có { $measure } dưới 0: các tỷ trọng này là tỷ trọng của toàn bộ { $positive }.
pareto-big_lose_money = { $big } khách hàng lớn nhất gộp lại đang lỗ ({ $net } mỗi năm) trong khi chiếm { $service } chi phí phục vụ: khách mua nhiều đang ngốn thời gian và biên lợi nhuận. Hãy xem chi phí phục vụ họ và số tiền họ trả.
pareto-big_no_profit = Không khách hàng nào có lãi, nên không có tỷ trọng lợi nhuận để so với tỷ trọng chi phí phục vụ của khách hàng lớn.
pareto-big_no_service_cost = Không khách hàng nào có chi phí phục vụ, nên không có tỷ trọng chi phí phục vụ để so với tỷ trọng lợi nhuận của khách hàng lớn.
pareto-big_losses = { $losing } trong số { $big } khách hàng lớn nhất đang lỗ: tổng cộng { $losses }, được tính là 0 trong tỷ trọng lợi nhuận của họ.
pareto-chart_marker = Nhóm { $customers } khách hàng đứng đầu mang lại { $value } doanh thu
pareto-chart_x = Khách hàng, lớn nhất trước (% lũy kế)
pareto-chart_y = Doanh thu (% lũy kế)
pareto-chart_concentration = Tỷ phần doanh thu của các khách hàng lớn nhất
pareto-chart_concentration_caption = Tỷ phần doanh thu của mười khách hàng lớn nhất, với ngưỡng tập trung là đường nét đứt.
pareto-chart_share_axis = Tỷ phần doanh thu (%)
pareto-col_customer = Khách hàng
