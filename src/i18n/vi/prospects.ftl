### Vietnamese: Strings of the prospects view.

prospects-intro = Tìm những khách hàng tiếp theo: khách hàng tiềm năng giống các khách hàng tốt nhất của bạn, tiếp cận được qua kênh đã mang lại những khách hàng như thế, với chi phí đáng bỏ ra. Chỉ khách hàng tiềm năng có nhu cầu với thứ bạn bán và có khả năng chi trả mới đạt chuẩn.
prospects-empty = Danh sách này chưa có khách hàng tiềm năng. Hãy thêm các mục có trạng thái Khách hàng tiềm năng (kèm loại thị trường, kênh, khu vực, quy mô hoặc tuổi, và câu trả lời cho “có nhu cầu” và “có khả năng trả”) để xếp hạng.
prospects-summary = { $qualified } khách hàng tiềm năng đạt chuẩn; { $others } chưa đạt chuẩn, liệt kê riêng.
prospects-no_tiers = Điểm tương đồng cần các tầng của kim tự tháp giá trị; không có chúng, mọi khách hàng tiềm năng đều được 0 điểm và nhận giá trị vòng đời trung bình của danh sách.
prospects-no_tiers_because = Điểm tương đồng cần các tầng của kim tự tháp giá trị, nhưng không dựng được: { $reason }
prospects-qualified_title = Khách hàng tiềm năng đạt chuẩn, triển vọng nhất trước
prospects-qualified_caption = Khách hàng tiềm năng đạt chuẩn theo điểm tương đồng, rồi theo mức phù hợp ({ $count })
prospects-qualified_pages = Các trang khách hàng tiềm năng đạt chuẩn
prospects-none_qualified = Chưa có khách hàng tiềm năng nào đạt chuẩn: cả “có nhu cầu” và “có khả năng trả” đều phải là Có.
prospects-col_rank = Hạng
prospects-col_lookalike = Giống tầng đỉnh
prospects-col_lookalike_title = Lift kết hợp = trung bình nhân các hệ số lift của những giá trị thuộc tính đã biết của khách hàng tiềm năng trong tầng đỉnh = { $formula }, trong đó ℓ_i là n lift đó và s là điểm, trung bình logarit tự nhiên của chúng; 1× = giống toàn bộ danh sách. Đây là một mức lift điển hình, không phải xác suất hay tỷ lệ cược
prospects-lift_value = { $lift }× (điểm { $score })
prospects-col_fit = Phù hợp
prospects-col_fit_title = Mức phù hợp với chân dung khách hàng lý tưởng, 0–100; tiêu chí dựa trên số liệu mà khách hàng tiềm năng chưa có (lợi nhuận, chi phí phục vụ, giá trị quan hệ, giá trị vòng đời) không kiểm tra được và không đạt
prospects-fit_value = { $fit } ({ $count } chưa kiểm tra được)
prospects-col_why = Lý do
prospects-why_more = { $attribute } { $value } xuất hiện trong tầng đỉnh ({ $tier }) nhiều gấp { $lift }× so với mức chung
prospects-why_same = { $attribute } { $value } xuất hiện trong tầng đỉnh ({ $tier }) thường xuyên như trong toàn bộ danh sách
prospects-why_less = { $attribute } { $value } xuất hiện trong tầng đỉnh ({ $tier }) chỉ bằng { $lift }× mức chung
prospects-col_tier = Giống với
prospects-col_tier_title = Tầng mà điểm tương đồng của khách hàng tiềm năng cao nhất; không có tầng nào khi các thuộc tính đã biết không cho thông tin gì hoặc hai tầng có điểm bằng nhau
prospects-resembles_none = Không tầng nào: trung bình danh sách
prospects-col_expected = Giá trị kỳ vọng
prospects-col_expected_title = Giá trị vòng đời trung bình, trước chi phí thu hút, của khách hàng trong tầng mà khách hàng tiềm năng giống (của cả danh sách khi không giống tầng nào), số tiền một lần
prospects-col_channel = Kênh tiếp cận
prospects-col_channel_title = Kênh của chính khách hàng tiềm năng khi đã biết, nếu không thì kênh phổ biến nhất của tầng mà họ giống
prospects-channel_unknown = chưa biết
prospects-col_cac = Chi phí thu hút
prospects-col_cac_title = CAC của kênh đó (chi phí của kênh ÷ số khách hàng kênh giành được), nếu không thì CAC trung bình; — khi chưa nhập khoản chi nào
prospects-col_net = Giá trị kỳ vọng − CAC
prospects-col_net_title = Giá trị kỳ vọng − chi phí thu hút, cả hai đều một lần: giành được họ đáng giá bao nhiêu trong suốt mối quan hệ
prospects-score_note = Lift của một giá trị = (tỷ trọng của nó trong tầng đỉnh) ÷ (tỷ trọng của nó trong toàn bộ danh sách); giá trị không có trong tầng đỉnh được tính là nửa lần xuất hiện, giá trị chưa từng thấy trong danh sách bị bỏ qua. Ví dụ: 6 trên 10 khách hàng tầng đỉnh ở khu vực Miền Bắc so với 20 trên 100 trong danh sách → (6/10) ÷ (20/100) = 3,0.
prospects-lift_how = Lift kết hợp = trung bình nhân các lift = { $formula }, trong đó ℓ_i là n lift. Ví dụ: khu vực Miền Bắc có lift 3,0 và loại thị trường tiêu dùng có lift 1,0 → { $example }. Đó là mức lift điển hình của các giá trị của khách hàng tiềm năng; không phải tỷ lệ cược Bayes ngây thơ, vốn sẽ nhân các lift với nhau và so với các khách hàng ngoài tầng.
prospects-fit_note = Khách hàng tiềm năng chưa có lợi nhuận, chi phí phục vụ, giá trị quan hệ hay giá trị vòng đời: tiêu chí dựa trên chúng không kiểm tra được và được tính là không đạt, nên không khách hàng tiềm năng nào mặc nhiên đạt 100; số tiêu chí như vậy được ghi cạnh mức phù hợp.
prospects-value_note = Giá trị kỳ vọng là giá trị vòng đời trước chi phí thu hút, nên CAC của kênh (cũng là khoản một lần) chỉ bị trừ đúng một lần. Khách hàng tiềm năng có các thuộc tính đã biết không cho thông tin gì (mọi lift bằng 1), hoặc giống hai tầng như nhau, không giống tầng nào và nhận giá trị vòng đời trung bình của danh sách. Các khoản chi theo kênh (trang Chi phí và lợi nhuận) giúp CAC sát với từng kênh.
prospects-losing_title = Đạt chuẩn, nhưng dự kiến tốn nhiều hơn mang lại
prospects-losing_note = Dự kiến chi phí để giành được những khách hàng này (chi phí thu hút của kênh tiếp cận họ) cao hơn giá trị vòng đời của những khách hàng mà họ giống, nên họ không được xếp vào nhóm triển vọng nhất. Hãy tiếp cận họ qua một kênh rẻ hơn, hoặc bỏ qua.
prospects-losing_caption = Khách hàng tiềm năng đạt chuẩn có giá trị kỳ vọng thấp hơn chi phí thu hút, lỗ ít nhất trước ({ $count })
prospects-losing_pages = Các trang khách hàng tiềm năng đạt chuẩn nhưng sẽ gây lỗ
prospects-not_qualified_title = Chưa đạt chuẩn
prospects-not_qualified_caption = Khách hàng tiềm năng còn thiếu câu trả lời hoặc chưa có câu trả lời Có ({ $count })
prospects-not_qualified_pages = Các trang khách hàng tiềm năng chưa đạt chuẩn
prospects-all_qualified = Mọi khách hàng tiềm năng đều đạt chuẩn.
prospects-col_missing = Còn thiếu gì
prospects-missing_needs_no = Không có nhu cầu.
prospects-missing_needs_unknown = Hỏi xem họ có nhu cầu không.
prospects-missing_pay_no = Không có khả năng chi trả.
prospects-missing_pay_unknown = Hỏi xem họ có khả năng chi trả không.
prospects-qualify_note = Sửa “Có nhu cầu” và “Có khả năng trả” trong bảng khách hàng khi bạn biết câu trả lời; khách hàng tiềm năng có cả hai câu trả lời Có sẽ chuyển sang danh sách xếp hạng.
