### Vietnamese: Strings of the history view.

history-intro = Giá trị vòng đời tính từ nhật ký mua hàng, ước lượng ngay trong trình duyệt: các mô hình mua hàng BG/NBD và Pareto/NBD cùng mô hình chi tiêu Gamma-Gamma (“mua cho đến khi rời bỏ”). Nhật ký không bao giờ rời khỏi trang này.

## Step 1: import

history-import_title = 1. Nhật ký mua hàng hoặc bảng tóm tắt khách hàng
history-import_intro = Nhật ký mua hàng có mỗi lần mua một dòng: mã khách hàng, ngày và số tiền (các cột khác bị bỏ qua). Bảng tóm tắt khách hàng có mỗi khách hàng một dòng: mã, tần suất, độ gần, T và chi tiêu trung bình của các lần mua lặp lại — thứ mà kho dữ liệu tính được chỉ bằng một câu GROUP BY.
history-pick = Tệp nhật ký mua hàng hoặc bảng tóm tắt khách hàng
history-drop = …hoặc thả tệp vào đây. Phân tách bằng dấu phẩy, dấu chấm phẩy, tab hoặc khoảng trắng; dòng tiêu đề không bắt buộc.
history-read_failed = Không đọc được tệp: { $reason }
history-mapping_title = Ghép các cột của { $file }
history-kind = Tệp chứa
history-kind_purchases = Các lần mua (mã, ngày, số tiền; số lượng nếu số tiền là đơn giá)
history-kind_summary = Bảng tóm tắt theo khách hàng (mã, tần suất, độ gần, T, giá trị tiền)
history-suggestion_note = Tệp không có dòng tiêu đề nên các cột được đoán: cột đầu tiên có các ô là ngày được coi là ngày, cột đầu tiên còn lại là mã khách hàng, cột cuối cùng là số tiền. Hãy kiểm tra phỏng đoán bên dưới trước khi tiếp tục.
history-mapping_caption = Mỗi cột chứa gì (gợi ý; hãy sửa nếu sai)
history-holds = Chứa
history-holds_for = Cột { $column } chứa gì
history-field_id = Mã khách hàng
history-field_date = Ngày mua
history-field_amount = Số tiền
history-field_quantity = Số lượng (khi đó số tiền là đơn giá)
history-field_frequency = Tần suất x (số lần mua lặp lại)
history-field_recency = Độ gần t_x
history-field_age = Tuổi T
history-field_monetary = Chi tiêu trung bình mỗi lần mua lặp lại (giá trị tiền)
history-mapping_missing = Hãy chọn cột chứa: { $field }.
history-mapping_twice = Chỉ một cột được chứa: { $field }.
history-check = Kiểm tra các dòng
history-cancel = Hủy
history-checking = Đang kiểm tra các dòng
history-cancel_check = Dừng kiểm tra
history-check_cancelled = Đã dừng kiểm tra; không dùng dòng nào.
history-check_summary = { $good } dòng hợp lệ, { $bad } dòng có lỗi
history-problems = Các dòng có lỗi (không có gì được đoán: hãy sửa trong tệp, hoặc chỉ dùng các dòng hợp lệ)
history-use_good = Dùng { $count } dòng hợp lệ
history-use_nothing = Không dùng gì
history-used = Đang dùng { $count } dòng.
history-working_on_log = Đang dùng “{ $name }”: { $count } lượt mua từ { $first } đến { $last }, được giữ trong trình duyệt này giữa các lần truy cập.
history-working_on_summary = Đang dùng “{ $name }”: { $count } dòng, được giữ trong trình duyệt này giữa các lần truy cập.
history-used_nothing = Không dùng dòng nào.
history-rule_id = một mã khách hàng tối đa 1.000 ký tự (không được để trống)
history-rule_date = một ngày dạng 2024-03-31, 20240331 hoặc 31/03/2024 theo thứ tự ngày đã chọn, có hoặc không kèm giờ
history-rule_amount = một số tiền từ 0 đến 10^15, ví dụ 29,33
history-rule_quantity = một số lớn hơn 0, số lượng đã mua (số tiền × số lượng tối đa 10^15), ví dụ 2
history-rule_frequency = số lần mua lặp lại, số nguyên từ 0 trở lên
history-rule_recency = một khoảng thời gian từ 0 đến tuổi T của khách hàng
history-rule_age = một khoảng thời gian từ 0 đến 100.000 theo đơn vị đã chọn
history-rule_monetary = một số, chi tiêu trung bình mỗi lần mua lặp lại (có thể để trống khi tần suất là 0; 0 hoặc thấp hơn được tính bằng mức trung bình của tổng thể)
history-rule_cal_end = một ngày từ { $first } đến { $last } (lần mua đầu tiên và cuối cùng trong nhật ký)

## Step 2: calibration

history-calibration_title = 2. Giai đoạn hiệu chỉnh và đơn vị thời gian
history-cal_end = Cuối giai đoạn hiệu chỉnh (tính cả ngày cuối)
history-cal_end_note = Các mô hình học từ những lần mua tính đến ngày này; các lần mua sau đó tạo thành giai đoạn kiểm chứng để đánh giá mô hình. Gợi ý: ngày ở mốc hai phần ba nhật ký.
history-cal_end_note_summary = Bảng tóm tắt không có giai đoạn kiểm chứng; ngày này chỉ dùng để suy ra ngày mua đầu tiên (cuối kỳ − T) cho danh sách tạo từ bảng tóm tắt.
history-unit = Đơn vị thời gian
history-unit_of_file = Đơn vị thời gian của độ gần và T trong tệp
history-unit_days = ngày
history-unit_weeks = tuần
history-unit_months = tháng
history-customers = Khách hàng trong giai đoạn hiệu chỉnh
history-customers_how = Khách hàng có lần mua đầu tiên vào hoặc trước cuối giai đoạn hiệu chỉnh; người mua lần đầu sau đó không được đưa vào ước lượng.
history-repeat = Khách mua lặp lại
history-repeat_value = { $buyers } khách hàng, { $purchases } lần mua lặp lại
history-repeat_how = Khách hàng có tần suất x ≥ 1 và tổng các x: số ngày mua sau lần mua đầu tiên của mỗi khách hàng, tính đến cuối giai đoạn hiệu chỉnh.
history-periods = Hiệu chỉnh và kiểm chứng
history-periods_value = { $calibration } { $unit } hiệu chỉnh, { $holdout } { $unit } kiểm chứng (đến { $end })
history-periods_how = Hiệu chỉnh: từ lần mua đầu tiên trong nhật ký đến cuối giai đoạn hiệu chỉnh, tính cả hai ngày. Kiểm chứng: các ngày sau đó đến lần mua cuối cùng.
history-merged = Các lần mua cùng ngày của một khách hàng được tính là một lần mua, cộng dồn số tiền: { $calibration } dòng của giai đoạn hiệu chỉnh và { $holdout } dòng của giai đoạn kiểm chứng đã được gộp vào một dòng khác cùng khách hàng và cùng ngày ({ $rows } dòng đã đọc).
history-after_calibration = { $count } khách hàng có lần mua đầu tiên sau cuối giai đoạn hiệu chỉnh không được tính.

## Step 3: summary

history-summary_title = 3. Tóm tắt theo khách hàng
history-summary_intro = Tần suất x = số ngày mua lặp lại; độ gần t_x = từ lần mua đầu đến lần mua cuối; tuổi T = từ lần mua đầu đến cuối giai đoạn hiệu chỉnh; thời gian tính bằng { $unit }. Chi tiêu trung bình mỗi lần mua lặp lại không tính lần mua đầu tiên (quy ước của mô hình Gamma-Gamma).
history-summary_caption = Tóm tắt theo khách hàng trong giai đoạn hiệu chỉnh (thời gian tính bằng { $unit })
history-col_id = Mã khách hàng
history-col_first = Lần mua đầu tiên
history-col_x = Tần suất x
history-col_x_how = Số ngày mua khác nhau trong giai đoạn hiệu chỉnh − 1
history-col_tx = Độ gần t_x ({ $unit })
history-col_tx_how = Số ngày từ lần mua đầu đến lần mua cuối trong giai đoạn hiệu chỉnh ÷ số ngày mỗi đơn vị
history-col_age = Tuổi T ({ $unit })
history-col_age_how = Số ngày từ lần mua đầu tiên đến cuối giai đoạn hiệu chỉnh ÷ số ngày mỗi đơn vị
history-col_monetary = Chi tiêu trung bình mỗi lần mua lặp lại (không tính lần đầu)
history-col_monetary_how = Tổng số tiền theo ngày sau ngày mua đầu tiên ÷ x
history-col_holdout = Lần mua trong kiểm chứng
history-col_holdout_how = Số ngày mua khác nhau sau cuối giai đoạn hiệu chỉnh
history-no_repeat = — (không mua lặp lại)
history-export_summary = Xuất bảng tóm tắt (CSV)
history-prev = Trước
history-next = Sau
history-prev_page = Trang trước của { $table }
history-next_page = Trang sau của { $table }
history-page_of = Trang { $page } / { $pages } ({ $rows } khách hàng)
history-pages = Các trang của { $table }
history-search_id = Tìm theo mã khách hàng
history-search_count = { $shown } trên { $total } khách hàng

## Step 4: models

history-models_title = 4. Các mô hình ước lượng bằng hợp lý cực đại
history-models_intro = Các khách hàng có cùng (x, t_x, T) được ước lượng như một dòng có trọng số. Sai số chuẩn lấy từ độ cong của hàm hợp lý tại điểm cực đại. Lần ước lượng không hội tụ sẽ được báo rõ, không bao giờ hiện thành con số.
history-fit = Ước lượng các mô hình
history-fit_again = Ước lượng lại các mô hình
history-fitting_bgnbd = Đang ước lượng BG/NBD…
history-fitting_paretonbd = Đang ước lượng Pareto/NBD…
history-fitting_gammagamma = Đang ước lượng Gamma-Gamma…
history-fitted = Đã ước lượng xong các mô hình.
history-cancel_fit = Hủy ước lượng
history-fit_cancelled = Đã hủy ước lượng; kết quả trước đó (nếu có) được giữ lại.
history-fit_evaluations = Đã tính hàm hợp lý { $n } lần
history-bgnbd = BG/NBD
history-paretonbd = Pareto/NBD
history-gammagamma = Gamma-Gamma (chi tiêu mỗi lần mua)
history-params_caption = { $model }: các ước lượng
history-param = Tham số
history-estimate = Ước lượng
history-se = Sai số chuẩn
history-se_how = Căn bậc hai của đường chéo ma trận nghịch đảo thông tin quan sát (ma trận Hessian số của log-hợp lý)
history-meaning = Ý nghĩa
history-param_r = tham số hình dạng của phân phối tốc độ mua (không có đơn vị)
history-param_alpha = tham số tỷ lệ của phân phối tốc độ mua, tính bằng { $unit }
history-param_a = khả năng rời bỏ sau một lần mua: tham số hình dạng Beta a (không có đơn vị)
history-param_b = khả năng rời bỏ sau một lần mua: tham số hình dạng Beta b (không có đơn vị)
history-param_s = tham số hình dạng của phân phối tốc độ rời bỏ (không có đơn vị)
history-param_beta = tham số tỷ lệ của phân phối tốc độ rời bỏ, tính bằng { $unit }
history-param_p = tham số hình dạng của chi tiêu mỗi lần mua (không có đơn vị)
history-param_q = tham số hình dạng của mức chi tiêu của khách hàng (không có đơn vị; chi tiêu trung bình chỉ tồn tại khi q > 1)
history-param_gamma = tham số tỷ lệ của mức chi tiêu của khách hàng, theo đơn vị tiền tệ của nhật ký
history-no_se = Một số sai số chuẩn không có: hàm hợp lý ở đó quá phẳng để đo được.
history-ll = Log-hợp lý { $ll }
history-iterations = { $n } vòng lặp
history-converged = đã hội tụ
history-not_converged = chưa hội tụ
history-fit_time = ước lượng trong { $ms } ms

## Step 5: predictions

history-predictions_title = 5. Dự báo theo khách hàng
history-model = Mô hình mua hàng
history-t_label = Số lần mua kỳ vọng trong t { $unit } tới: t
history-horizon_label = Kỳ hạn CLV H (tháng)
history-discount_label = Lãi suất chiết khấu d mỗi tháng (%)
history-per_month = Một tháng là { $month } ngày = { $n } { $unit }. { $clv }, trong đó H là số tháng của kỳ dự báo, m là chi tiêu kỳ vọng và E[X(k)] là số lần mua kỳ vọng trong k tháng đầu.
history-predictions_caption = Dự báo theo khách hàng ({ $model } với Gamma-Gamma)
history-col_p_alive = Xác suất còn hoạt động
history-col_p_alive_how = Xác suất khách hàng vẫn còn hoạt động tại cuối giai đoạn hiệu chỉnh, với x, t_x và T đã biết
history-col_expected = Số lần mua kỳ vọng trong { $t } { $unit } tới
history-col_expected_how = E[X(t) | x, t_x, T] của mô hình mua hàng
history-col_spend = Chi tiêu kỳ vọng mỗi lần mua
history-col_spend_how = Gamma-Gamma: { $formula }; trung bình tổng thể { $population_mean } khi không có lần mua lặp lại
history-col_clv = CLV trong { $h } tháng, mỗi tháng { $days } ngày
history-col_clv_how = { $formula }, trong đó H là số tháng của kỳ dự báo, m là chi tiêu kỳ vọng và E[X(k)] là số lần mua kỳ vọng trong k tháng đầu
history-spend_left_out = Khách mua lặp lại có chi tiêu trung bình mỗi lần mua lặp lại bằng 0 hoặc thấp hơn (hàng trả lại, hàng tặng): { $count }. Họ được loại khỏi phép ước lượng Gamma-Gamma và được tính bằng chi tiêu trung bình của tổng thể { $formula } = { $mean }.
history-predictions_note = Tiền tính theo đơn vị tiền tệ của nhật ký. Xác suất còn hoạt động, số lần mua kỳ vọng và CLV có thể được thêm vào danh sách đang mở (các chỉ số p_alive, expected_purchases, predicted_clv), khi đó chúng xuất hiện trong tệp xuất bảng khách hàng, các kim tự tháp có trọng số và tệp xuất kết quả.
history-bgnbd_no_repeat = { $count } khách hàng chỉ mua một lần trong giai đoạn hiệu chỉnh (x = 0). BG/NBD cho mỗi người trong số họ xác suất còn hoạt động { $p }: mô hình chỉ cho phép khách hàng rời bỏ ngay sau một lần mua lặp lại, nên đây là đặc điểm của mô hình, không phải một phát hiện về họ. Pareto/NBD cho phép khách hàng rời bỏ bất cứ lúc nào và cho họ xác suất thấp hơn.
history-show_paretonbd = Xem Pareto/NBD
history-export_predictions = Xuất dự báo (CSV)
history-add_to_open = Thêm dự báo vào danh sách đang mở
history-create_list = Tạo danh sách từ nhật ký này
history-added = Đã thêm xác suất còn hoạt động, số lần mua kỳ vọng và CLV dự báo (các chỉ số p_alive, expected_purchases, predicted_clv) cho { $matched } khách hàng của “{ $list }” có mã xuất hiện trong nhật ký; { $unmatched } khách hàng trong nhật ký không khớp với ai ở đó.
history-added_none = Không khách hàng nào của “{ $list }” có mã trong nhật ký, nên không có gì được thêm.
history-list_name = { $name } (lịch sử mua hàng)
history-pyramid_name = CLV dự báo
history-created = Đã tạo và mở danh sách “{ $list }” với { $count } khách hàng (lần mua đầu tiên, số lần mua mỗi năm = số lần mua ÷ số năm được quan sát (ít nhất một năm) và giá trị đơn hàng trung bình lấy từ giai đoạn hiệu chỉnh, cùng ba chỉ số dự báo); kim tự tháp của nó được chia tầng theo kim tự tháp có trọng số “{ $pyramid }”, xếp hạng theo CLV dự báo.

## Step 6: charts

history-charts_title = 6. Biểu đồ
history-table_alternative = Các con số dưới dạng bảng
history-heat_title = Xác suất còn hoạt động ({ $model })
history-heat_x = Độ gần t_x ({ $unit })
history-heat_y = Tần suất x (số lần mua lặp lại)
history-heat_caption = Xác suất còn hoạt động theo tần suất và độ gần, cho khách hàng có tuổi T = { $age } { $unit } (lâu nhất trong nhật ký).
history-heat_corner = Tần suất x \ độ gần
history-tracking_title = Số lần mua lặp lại lũy kế: thực tế và BG/NBD
history-tracking_x = { $unit } kể từ { $start }
history-tracking_y = Số lần mua lặp lại lũy kế
history-tracking_caption = Số lần mua lặp lại của khách hàng trong giai đoạn hiệu chỉnh, thực tế so với BG/NBD, cộng dồn theo thời gian; giai đoạn hiệu chỉnh kết thúc sau { $cal } { $unit }, phần còn lại là giai đoạn kiểm chứng.
history-no_holdout = Không có giai đoạn kiểm chứng: nhật ký kết thúc đúng cuối giai đoạn hiệu chỉnh (hoặc đã nhập bảng tóm tắt), nên không vẽ được biểu đồ so sánh hiệu chỉnh với kiểm chứng.
history-actual = Thực tế
history-predicted_bgnbd = BG/NBD
history-hist_title = Khách hàng theo số lần mua lặp lại: thực tế và BG/NBD
history-hist_x = Số lần mua lặp lại trong giai đoạn hiệu chỉnh
history-hist_y = Khách hàng
history-hist_caption = Khách hàng theo số lần mua lặp lại trong giai đoạn hiệu chỉnh, thực tế so với kỳ vọng của BG/NBD (cột cuối: từ chừng đó lần trở lên).
history-demo_log = Đang hiển thị: nhật ký mua hàng của danh sách mẫu, được tạo giả (các lần mua của khách hàng trong 78 tuần của 2023–24) và được ước lượng ngay khi hiển thị. Mã của nó là mã của danh sách mẫu, nên có thể thêm dự đoán vào danh sách đó. Nhật ký này không được giữ giữa các lần truy cập; hãy tải nhật ký hoặc bảng tóm tắt của bạn ở trên để thay thế.
history-predicting = Đang tính các dự báo
history-predicting_count = Đã dự báo { $done } trên { $total } khách hàng
history-cancel_predictions = Dừng tính dự báo
history-predictions_cancelled = Đã dừng tính dự báo; không có dự báo nào được hiển thị.
history-predict_again = Tính các dự báo
