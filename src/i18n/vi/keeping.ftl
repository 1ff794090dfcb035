### Vietnamese: Strings of the keeping-customers view.

keeping-intro = Chi phí giữ một khách hàng so với mất khách đó và giành khách khác: tỷ lệ rời bỏ đo từ các khách hàng cũ trong danh sách, chi giữ chân theo cấp độ, phía khách hàng trong mối quan hệ, tỷ trọng chi tiêu và các phép kiểm tra của chính các bài viết gốc.
keeping-churn_in_force = Tỷ lệ rời bỏ đang dùng
keeping-in_force_measured = Đo từ danh sách: số khách mất trong năm { $year } ÷ số khách đầu năm = { $lost } ÷ { $start } = { $churn }. Mọi vòng đời đều dùng tỷ lệ này (hoặc tỷ lệ riêng của phân khúc, xem bên dưới).
keeping-in_force_typed = Nhập trong Cài đặt ({ $churn }): danh sách không có khách hàng cũ nào mất trong năm được đo, nên không đo được gì. Đánh dấu khách hàng cũ kèm ngày mất khách (trạng thái “Khách hàng cũ”, “Mất ngày”) để đo tỷ lệ rời bỏ.
keeping-per_kept = Giữ một khách hàng tốn
keeping-per_kept_how = Chi giữ chân ÷ số khách giữ được = { $spend } ÷ { $kept } = { $per } cho mỗi khách giữ được. { $from }
keeping-kept_measured = Khách giữ được = khách hàng đầu năm − số khách mất trong năm, đo từ danh sách.
keeping-kept_typed = Khách giữ được = khách hàng hiện tại × (1 − tỷ lệ rời bỏ), theo tỷ lệ đã nhập.
keeping-bad_line = Dòng giữ chân “{ $name }” không phải số tiền hợp lệ: hãy sửa để xem chi phí cho mỗi khách giữ được.
keeping-no_spend = Chưa nhập chi giữ chân: thêm các dòng giữ chân của năm bên dưới (tài chính, xã hội, cấu trúc).
keeping-nobody_kept = Không giữ được khách nào trong năm, nên không có chi phí cho mỗi khách giữ được.
keeping-cac = Giành một khách hàng tốn
keeping-cac_how = Chi phí thu hút khách hàng trung bình của danh sách (Kinh tế): chi tiếp cận ÷ mẫu số đang dùng.
keeping-churn_cost = Chi phí rời bỏ
keeping-churn_cost_how = Số khách mất × giá trị vòng đời trung bình trước chi phí thu hút = { $lost } × { $ltv } = { $cost }.
keeping-churn_cost_missing = Cần số khách mất và giá trị vòng đời: nhập doanh thu của khách hàng và một tỷ lệ rời bỏ.
keeping-replacing = Chi phí thay thế họ
keeping-replacing_how = Số khách mất × CAC = { $lost } × { $cac } = { $cost }.
keeping-replacing_missing = Cần chi phí thu hút: nhập chi tiếp cận trong Kinh tế.
keeping-verdict_keeping = Giữ khách rẻ hơn: giữ một khách hàng tốn { $keep }, giành khách mới tốn { $cac }, gấp { $times } lần.
keeping-verdict_replacing = Thay thế rẻ hơn: giữ một khách hàng tốn { $keep }, gấp { $times } lần { $cac } để giành khách mới. Hãy xem chi giữ chân đang mua được gì.
keeping-verdict_same = Giữ một khách hàng và giành một khách hàng đều tốn { $keep }.
keeping-verdict_missing = Nhập chi giữ chân và chi tiếp cận để xem giữ hay thay thế khách hàng rẻ hơn.
keeping-chart_title = Giữ chân so với thay thế, mỗi năm
keeping-chart_caption = Chi giữ chân của năm so với cái giá của những khách đã mất: thay thế họ theo chi phí thu hút, và giá trị vòng đời ra đi cùng họ. Các chỉ số phía trên có số liệu.
keeping-chart_axis = Tiền ({ $currency })
keeping-bar_spend = Chi giữ chân
keeping-bar_replacing = Thay thế khách đã mất
keeping-bar_churn = Giá trị mất (rời bỏ)
keeping-spend_title = Chi giữ chân theo cấp độ
keeping-spend_intro = Nhập chi giữ chân của năm thành các dòng, mỗi dòng thuộc một trong ba cấp độ giữ chân: tài chính (ưu đãi giá, thưởng cho mua thường xuyên hoặc đều đặn, bảo đảm), xã hội (phục vụ cá nhân, câu lạc bộ khách hàng) và cấu trúc (ràng buộc khiến việc rời đi tốn kém: hệ thống dùng chung, tích hợp).
keeping-levels_caption = Chi giữ chân và chi phí cho mỗi khách giữ được, theo cấp độ
keeping-col_means = Dựa vào đâu
keeping-col_spend = Chi
keeping-col_per_kept = Mỗi khách giữ được
keeping-means_financial = Ưu đãi giá, thưởng cho mua thường xuyên hoặc đều đặn, bảo đảm hài lòng
keeping-means_social = Phục vụ riêng từng người; câu lạc bộ khách hàng
keeping-means_structural = Ràng buộc khiến rời đi tốn kém: hệ thống dùng chung, tích hợp, lợi ích bổ sung
keeping-source_measured_segment = đo trong phân khúc
keeping-source_measured_overall = đo trên cả danh sách
keeping-source_typed_segment = nhập cho loại thị trường
keeping-source_typed = đã nhập
keeping-churn_title = Tỷ lệ rời bỏ đo từ danh sách
keeping-churn_intro = Khách hàng đầu năm = khách hàng và khách hàng cũ đã giành được trước năm đó và chưa mất trước năm đó; tỷ lệ rời bỏ = số mất trong năm ÷ khách hàng đầu năm; vòng đời nhóm = 1 ÷ tỷ lệ rời bỏ.
keeping-churn_year = Năm được đo
keeping-churn_by = Phân khúc theo
keeping-churn_min = Số khách đầu năm một phân khúc cần có
keeping-dimension_market_type = Loại thị trường
keeping-dimension_channel = Kênh
keeping-dimension_size_band = Quy mô
keeping-year_entered = Tỷ lệ rời bỏ năm { $year }, năm đã chọn.
keeping-year_latest = Tỷ lệ rời bỏ năm { $year }, năm gần nhất có khách hàng cũ rời đi (chọn năm khác ở trên).
keeping-no_former = Danh sách không có khách hàng cũ nào có ngày mất khách: không đo được tỷ lệ rời bỏ, và tỷ lệ nhập trong Cài đặt được dùng.
keeping-undated = { $count } khách hàng không có ngày mua đầu tiên được tính là có mặt đầu năm.
keeping-former_undated = { $count } khách hàng cũ không có ngày mất khách và bị bỏ qua: không rõ họ rời đi khi nào.
keeping-churn_caption = Tỷ lệ rời bỏ theo { $by }, và tỷ lệ mà vòng đời của từng phân khúc sử dụng
keeping-col_segment = Phân khúc
keeping-col_at_start = Đầu năm
keeping-col_lost = Mất
keeping-col_churn = Tỷ lệ rời bỏ
keeping-col_lifetime = Vòng đời nhóm
keeping-col_used = Tỷ lệ dùng cho khách hàng của phân khúc
keeping-segment_unknown = Không rõ
keeping-segment_all = Cả danh sách
keeping-no_rate = không có ai đầu năm
keeping-rule = Vòng đời của một khách hàng dùng tỷ lệ rời bỏ đo được của phân khúc nếu phân khúc có ít nhất { $min } khách hàng đầu năm; nếu không thì tỷ lệ đo được của cả danh sách; nếu không thì tỷ lệ nhập cho loại thị trường; nếu không thì tỷ lệ nhập cho danh sách.
keeping-churn_chart_title = Tỷ lệ rời bỏ theo { $by }
keeping-churn_chart_axis = Tỷ lệ rời bỏ mỗi năm (%)
keeping-churn_chart_caption = Tỷ lệ rời bỏ đo được của từng phân khúc; đường kẻ là của cả danh sách. Bảng bên dưới có số liệu.
