### Vietnamese: Strings of the economics view.

economics-intro = Chi phí để giành và phục vụ khách hàng, và mỗi khách hàng đem lại bao nhiêu sau khi đã trừ các chi phí đó.

## Line editors

economics-col_name = Tên
economics-col_kind = Loại
economics-col_amount = Số tiền
economics-col_channel = Kênh
economics-col_actions = Thao tác
economics-remove = Xóa
economics-no_channel = Không riêng kênh nào
economics-kind_sales_staff = Nhân viên bán hàng
economics-kind_direct_mail = Thư trực tiếp
economics-kind_web_online = Web và trực tuyến
economics-kind_advertising = Quảng cáo (báo chí, TV, radio)
economics-kind_trade_shows = Hội chợ và hội nghị
economics-kind_contract_staff = Lương nhân viên hợp đồng
economics-kind_project_managers = Quản lý dự án
economics-kind_delivery = Giao sản phẩm hoặc dịch vụ
economics-kind_other = Khác
economics-spend_caption = Chi phí tiếp cận trong kỳ
economics-add_spend = Thêm khoản chi
economics-new_spend = Khoản chi mới
economics-no_spend = Chưa có khoản chi nào.
economics-spend_added = Đã thêm một khoản chi; hãy nhập tên và số tiền.
economics-spend_removed = Đã xóa khoản chi “{ $name }”.
economics-spend_name_label = Tên khoản chi { $n }
economics-spend_kind_label = Loại khoản chi { $n }
economics-spend_amount_label = Số tiền khoản chi { $n }
economics-spend_channel_label = Kênh của khoản chi { $n }
economics-spend_remove_label = Xóa khoản chi { $n }
economics-service_caption = Chi phí phục vụ trong năm
economics-add_service = Thêm khoản chi phí phục vụ
economics-new_service = Khoản chi phí mới
economics-no_service = Chưa có khoản chi phí phục vụ nào.
economics-service_added = Đã thêm một khoản chi phí phục vụ; hãy nhập tên và số tiền.
economics-service_removed = Đã xóa khoản chi phí phục vụ “{ $name }”.
economics-service_name_label = Tên khoản chi phí phục vụ { $n }
economics-service_kind_label = Loại khoản chi phí phục vụ { $n }
economics-service_amount_label = Số tiền khoản chi phí phục vụ { $n }
economics-service_remove_label = Xóa khoản chi phí phục vụ { $n }

## Acquisition

economics-acquisition = Chi phí thu hút khách hàng
economics-spend_intro = Nhập số tiền đã chi để giành khách hàng trong kỳ — nhân viên bán hàng, thư trực tiếp, web và trực tuyến, quảng cáo, hội chợ, khác — mỗi khoản một dòng có tên. Ghi kênh mà khoản chi phục vụ để xem chi phí trên mỗi khách hàng giành được của kênh đó.
economics-total_spend = Tổng chi phí tiếp cận
economics-total_spend_how = Tổng các khoản chi, theo loại: { $parts }.
economics-total_spend_how_empty = Tổng các khoản chi; hiện chưa nhập khoản nào.
economics-part = { $what } { $amount }
economics-new_customers = Khách hàng mới giành được trong kỳ (để trống: đếm từ danh sách)
economics-source_entered = Dùng { $n } khách hàng mới bạn đã nhập.
economics-source_won_in_year = Đếm từ danh sách: { $n } khách hàng có lần mua đầu tiên trong năm { $year }, năm phân tích đặt trong Cài đặt.
economics-source_whole_list = Đếm từ danh sách: toàn bộ { $n } khách hàng, vì không khách hàng nào có ngày mua đầu tiên và chưa nhập số lượng. Đây là ước tính thô nhất; hãy nhập số lượng ở trên, hoặc ghi ngày mua đầu tiên cho khách hàng.
economics-cac = Chi phí thu hút trung bình (CAC)
economics-cac_how = Tổng chi phí tiếp cận ÷ số khách hàng mới giành được = { $spend } ÷ { $count } = { $cac } cho mỗi khách hàng mới.
economics-cac_how_error = Tổng chi phí tiếp cận ÷ số khách hàng mới giành được. Hiện chưa tính được: { $reason }
economics-not_available = Không có
economics-rough = CAC trung bình chỉ là đánh giá sơ bộ ban đầu. Khi đã biết chi phí trên mỗi khách hàng của một kênh hoặc chi phí thu hút riêng của một khách hàng, lợi nhuận của khách hàng đó sẽ dùng con số ấy.
economics-chart_cac_ltv = Chi phí trên mỗi khách hàng giành được và giá trị vòng đời trung bình trước chi phí thu hút, theo kênh
economics-channels = Chi phí thu hút và giá trị vòng đời theo kênh
economics-col_spend = Chi phí
economics-col_won = Khách hàng giành được
economics-col_cac = CAC
economics-col_avg_ltv = LTV trung bình trước chi phí thu hút
economics-col_ltv_cac = LTV : CAC
economics-title_spend = Tổng các khoản chi ghi kênh này
economics-title_won = Khách hàng đến qua kênh này, giành được trong kỳ
economics-title_cac = CAC của kênh = chi phí của kênh ÷ số khách hàng giành được
economics-title_avg_ltv = Giá trị vòng đời trung bình của khách hàng thuộc kênh, trước chi phí thu hút
economics-title_ltv_cac = LTV trung bình trước chi phí thu hút ÷ CAC của kênh
economics-ratio = { $x } : 1
economics-channels_note = CAC của kênh = chi phí của kênh ÷ số khách hàng kênh đó giành được. LTV : CAC = giá trị vòng đời trung bình của khách hàng thuộc kênh trước chi phí thu hút ÷ CAC của kênh; nếu lớn hơn 1, một khách hàng từ kênh này mang về đủ số tiền đã bỏ ra để giành họ. Dấu gạch ngang nghĩa là không tính được: không khoản chi nào ghi kênh này, hoặc kênh chưa giành được khách hàng nào.
economics-no_channels = Chưa có kênh nào: hãy ghi cho khách hàng kênh mà họ đến, hoặc ghi kênh cho một khoản chi.

## Cost to serve

economics-service = Chi phí phục vụ
economics-service_intro = Nhập chi phí hằng năm để phục vụ khách hàng — lương nhân viên hợp đồng, quản lý dự án, giao sản phẩm hoặc dịch vụ, khác — mỗi khoản một dòng có tên.
economics-customers_served = Khách hàng được phục vụ trong năm (để trống: đếm từ danh sách)
economics-served_counted = Đếm từ danh sách: { $n } khách hàng.
economics-served_entered = Dùng { $n } khách hàng được phục vụ bạn đã nhập.
economics-average_service = Chi phí phục vụ trung bình
economics-service_how = Tổng chi phí phục vụ trong năm ÷ số khách hàng được phục vụ = { $total } ÷ { $count } = { $average } cho mỗi khách hàng mỗi năm.
economics-service_how_error = Tổng chi phí phục vụ trong năm ÷ số khách hàng được phục vụ. Hiện chưa tính được: { $reason }
economics-own_note = Khi đã biết chi phí phục vụ riêng của một khách hàng, con số đó thay cho mức trung bình: { $own } trên { $count } khách hàng có chi phí riêng, { $average } chia nhau phần còn lại của tổng, { $unknown } không có cả hai và được tính là 0.

## Profit ranking

economics-ranking = Xếp hạng lợi nhuận
economics-ranking_intro = Khách hàng xếp theo lợi nhuận hằng năm = doanh thu × biên lợi nhuận gộp − chi phí phục vụ − chi phí thu hút tính vào kỳ, kèm thứ hạng doanh thu bên cạnh.
economics-ranking_why = Lợi nhuận không đi theo doanh thu: một khách mua nhiều nhưng tốn kém chi phí giao hàng và phục vụ có thể đem lại ít lợi nhuận hơn một khách nhỏ. Các dòng được đánh dấu khi hai thứ hạng cách nhau từ { $threshold } bậc trở lên: { $less } khách hàng đem lại ít hơn nhiều so với doanh thu của họ, { $more } khách hàng đem lại nhiều hơn hẳn. Trước khi tìm thêm khách hàng giống nhóm thứ nhất, hãy xem chi phí phục vụ họ.
economics-ranking_caption = Khách hàng theo lợi nhuận hằng năm
economics-col_rank = Hạng lợi nhuận
economics-col_customer = Khách hàng
economics-col_revenue = Doanh thu
economics-col_revenue_rank = Hạng doanh thu
economics-col_profit = Lợi nhuận
economics-col_margin = Biên lợi nhuận dùng
economics-col_service = Chi phí phục vụ dùng
economics-col_acquisition = Chi phí thu hút tính vào
economics-col_gap = So sánh thứ hạng
economics-title_rank = 1 = lợi nhuận hằng năm cao nhất
economics-title_revenue = Doanh thu mỗi năm (số lần mua mỗi năm × giá trị đơn hàng trung bình khi không nhập sẵn)
economics-title_revenue_rank = 1 = doanh thu cao nhất
economics-title_profit = Lợi nhuận hằng năm = doanh thu × biên lợi nhuận − chi phí phục vụ − chi phí thu hút tính vào
economics-title_margin = Biên lợi nhuận gộp của khách hàng; 100 % khi chưa biết
economics-title_service = Chi phí phục vụ riêng của khách hàng, nếu không thì phần chia của phần còn lại trong tổng, nếu không nữa thì 0
economics-title_acquisition = Chi phí thu hút (riêng, nếu không thì CAC của kênh, nếu không nữa thì CAC chia chung) tính vào kỳ này: toàn bộ cho khách hàng giành được trong năm phân tích, hoặc chia đều theo vòng đời (xem Cài đặt)
economics-title_gap = Được đánh dấu khi thứ hạng doanh thu và thứ hạng lợi nhuận chênh nhau nhiều
economics-gap_less = Lợi nhuận thấp hơn nhiều so với doanh thu
economics-gap_more = Lợi nhuận cao hơn nhiều so với doanh thu
economics-revenue_unknown = chưa biết (tính là 0)
economics-margin_assumed = { $margin } (giả định)
economics-with_source = { $value } ({ $source })
economics-source_own = riêng
economics-source_average = phần chia của phần còn lại
economics-source_average_cac = CAC chia chung
economics-source_channel = CAC của kênh
economics-source_unknown = chưa biết, 0
economics-ranking_note = Lợi nhuận = doanh thu × biên lợi nhuận − chi phí phục vụ − chi phí thu hút tính vào, bằng tiền mỗi năm. Thứ hạng: 1 = lớn nhất. Nguồn của mỗi chi phí ghi trong ngoặc.
economics-ranking_pages = Các trang của bảng xếp hạng lợi nhuận
economics-no_customers = Danh sách này chưa có khách hàng nào.
economics-chart_axis_money = { $currency }
economics-source_won_latest_year = Đếm từ danh sách: { $n } khách hàng có lần mua đầu tiên trong năm { $year }, năm mua đầu tiên gần nhất trong danh sách (đặt năm phân tích khác trong Cài đặt).
economics-allocation = Phân bổ cho khách hàng mới: khách hàng đến qua một kênh có khoản chi riêng mang CAC của kênh đó; { $n } khách hàng còn lại chia nhau phần còn lại { $spend }, mỗi người { $cac }. Cộng lại đúng bằng chi phí đã nhập.
economics-not_allocated = { $amount } chi phí chưa được phân bổ: mọi khách hàng mới đều đến qua kênh có khoản chi riêng, nên không còn ai chia phần còn lại.
economics-ltv_cac = LTV : CAC
economics-ltv_cac_how = Giá trị vòng đời trung bình trước chi phí thu hút ÷ CAC trung bình = { $ltv } ÷ { $cac } = { $ratio }. Giá trị vòng đời được lấy trước chi phí thu hút, nên chi phí này không bị tính hai lần.
economics-ltv_cac_how_missing = Giá trị vòng đời trung bình trước chi phí thu hút ÷ CAC trung bình. Chưa tính được khi chưa biết cả hai.
economics-year_note_spread = Lợi nhuận năm mang chi phí thu hút của mỗi khách hàng chia đều theo vòng đời dự kiến (xem Cài đặt); giá trị vòng đời trừ chi phí này một lần.
economics-year_note_no_dates = Không ai trong { $n } khách hàng có ngày mua đầu tiên, nên không có chi phí thu hút nào được tính vào lợi nhuận năm; giá trị vòng đời trừ chi phí này một lần.
economics-year_note_entered = Lợi nhuận năm mang chi phí thu hút của các khách hàng giành được trong năm { $year }, năm phân tích đặt trong Cài đặt; giá trị vòng đời của mọi khách hàng trừ chi phí này một lần.
economics-year_note_latest = Lợi nhuận năm mang chi phí thu hút của các khách hàng giành được trong năm { $year }, năm mua đầu tiên gần nhất trong danh sách; giá trị vòng đời của mọi khách hàng trừ chi phí này một lần.
economics-unknown_year = { $n } khách hàng không có ngày mua đầu tiên: chi phí thu hút của họ không được tính vào lợi nhuận năm.
economics-share_service = Chi phí phục vụ mỗi khách hàng không có chi phí riêng
economics-share_how = (Tổng chi phí phục vụ − chi phí riêng) ÷ số khách hàng không có chi phí riêng = ({ $total } − { $own }) ÷ { $count } = { $share } mỗi người một năm. Cộng với chi phí riêng, số phân bổ đúng bằng tổng đã nhập.
economics-share_how_missing = (Tổng chi phí phục vụ − chi phí riêng) ÷ số khách hàng không có chi phí riêng. Hiện chưa tính được: không có tổng dùng được, hoặc mọi khách hàng được phục vụ đều có chi phí riêng.
economics-own_exceeds = Chi phí phục vụ riêng của khách hàng ({ $own }) lớn hơn tổng đã nhập ({ $total }) một khoản { $excess }: khách hàng không có chi phí riêng mang 0, và tổng chi phí được dùng vượt quá tổng đã nhập. Hãy kiểm tra các dòng chi phí và chi phí riêng.
economics-service_not_allocated = { $amount } trong tổng chi phí phục vụ chưa được phân bổ: mọi khách hàng được phục vụ đều có chi phí riêng.
economics-not_charged_year_unknown = { $value } (không rõ năm mua đầu tiên: không tính)
economics-kind_financial = Tài chính
economics-kind_social = Xã hội
economics-kind_structural = Cấu trúc
economics-col_level = Cấp độ
economics-retention_caption = Chi giữ chân của năm
economics-add_retention = Thêm dòng giữ chân
economics-new_retention = Dòng giữ chân mới
economics-no_retention = Chưa có dòng giữ chân nào.
economics-retention_added = Đã thêm một dòng giữ chân; nhập tên, cấp độ và số tiền.
economics-retention_removed = Đã xóa dòng giữ chân “{ $name }”.
economics-retention_name_label = Tên dòng giữ chân { $n }
economics-retention_level_label = Cấp độ dòng giữ chân { $n }
economics-retention_amount_label = Số tiền dòng giữ chân { $n }
economics-retention_remove_label = Xóa dòng giữ chân { $n }
economics-cac_how_sales = Tổng chi tiếp cận ÷ số giao dịch chốt trong năm = { $spend } ÷ { $count } = { $cac } cho mỗi giao dịch chốt.
economics-cac_denominator = Chia chi phí cho
economics-denominator_new_customers = Số khách hàng mới giành được
economics-denominator_sales_closed = Số giao dịch chốt trong năm
economics-sales_closed = Số giao dịch chốt trong năm
economics-denominator_sales = CAC trung bình chia chi phí cho số giao dịch chốt trong năm, như bài viết gốc; chi phí thu hút riêng của từng khách vẫn chia chi phí cho các khách hàng mới.
economics-denominator_no_sales = Đã chọn số giao dịch chốt nhưng chưa nhập: CAC trung bình chia chi phí cho số khách hàng mới cho đến khi bạn nhập số giao dịch chốt.
economics-service_benchmark = Chi phí phục vụ của ngành (số liệu của kế toán)
economics-benchmark_none = Nhập chi phí phục vụ một khách hàng của ngành (hỏi kế toán) để so sánh với mức trung bình của danh sách.
economics-benchmark_above = Chi phí phục vụ trung bình của danh sách, { $average }, cao hơn mức của ngành { $benchmark } là { $difference } (gấp { $ratio } lần): phục vụ khách hàng ở đây tốn hơn thường lệ.
economics-benchmark_below = Chi phí phục vụ trung bình của danh sách, { $average }, thấp hơn mức của ngành { $benchmark } là { $difference } (bằng { $ratio } lần).
economics-benchmark_equal = Chi phí phục vụ trung bình của danh sách bằng mức của ngành, { $benchmark }.
