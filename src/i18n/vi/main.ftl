### Vietnamese: Strings of the page frame and the views without a file of their own (overview, settings, lists, storage, customer table, import and export).

app-title = Kim tự tháp giá trị
app-tagline = Nên giành, giữ, phát triển hay buông khách hàng nào — tính ngay trong trình duyệt; dữ liệu của bạn không bao giờ rời khỏi đó.
app-skip_to_content = Chuyển đến nội dung
nav-views = Các trang
view-customers = Khách hàng
view-import = Nhập và xuất
update-updated = Kim tự tháp giá trị đã được cập nhật từ lần bạn ghé trước. Các danh sách của bạn vẫn giữ nguyên.
update-downloaded = Đã tải về phiên bản mới của Kim tự tháp giá trị; phiên bản này sẽ mở vào lần ghé sau.
update-dismiss = Đóng
language-label = Ngôn ngữ
chart-no_data = Chưa có gì để vẽ: bảng bên dưới cho thấy dữ liệu hiện có.
chart-failed = Không vẽ được biểu đồ ({ $reason }); bảng bên dưới có cùng các con số.
report-print = In báo cáo
theme-label = Màu sắc
theme-system = Theo hệ thống
theme-light = Sáng
theme-dark = Tối

## Views

view-overview = Tổng quan
view-economics = Chi phí và lợi nhuận
view-pyramid = Kim tự tháp và xếp hạng
view-pareto = Pareto và mức độ tập trung
view-lifetime = Vòng đời
view-targets = Khách hàng mục tiêu
view-prospects = Khách hàng tiềm năng
view-settings = Cài đặt
view-history = Lịch sử mua hàng

## Explanations

how-short = Cách tính?
how-summary = “{ $what }” được tính thế nào?
rule-range = một số từ { $min } đến { $max }
unit-n_years = { $n } năm
unit-money_per_hour = { $currency } mỗi giờ
unit-customers = khách hàng
unit-money_per_year_plain = { $currency } mỗi năm
churn-unbounded = không giới hạn (không có khách rời bỏ)

## Overview

overview-count = Khách hàng và khách hàng tiềm năng
overview-count_value = { $customers } khách hàng, { $prospects } khách hàng tiềm năng
overview-count_how = Các mục có trạng thái khách hàng được phân tích; khách hàng tiềm năng được xếp hạng ở trang Khách hàng tiềm năng.
overview-revenue = Doanh thu mỗi năm
overview-revenue_how = Tổng doanh thu mỗi năm của các khách hàng (nhập sẵn, hoặc số lần mua mỗi năm × giá trị đơn hàng trung bình).
overview-profit = Lợi nhuận mỗi năm
overview-profit_how = Tổng theo khách hàng của doanh thu × biên lợi nhuận gộp − chi phí phục vụ − chi phí thu hút tính vào năm (biên lợi nhuận là 100 % khi chưa biết).
overview-relationship = Giá trị quan hệ mỗi năm
overview-relationship_how = Tổng theo khách hàng của (giá trị hiện + giá trị ẩn quy ra tiền) − (chi phí hiện + số giờ × đơn giá giờ).
overview-ltv = Giá trị vòng đời của danh sách
overview-ltv_how = Tổng lợi nhuận mỗi năm của từng khách hàng trong số năm còn lại kỳ vọng, mỗi năm chiết khấu theo lãi suất chiết khấu. Số năm còn lại kỳ vọng = { $formula }, trong đó c là tỷ lệ rời bỏ và L = tuổi thọ trung bình − tuổi đối với một người (phần năm lẻ cộng thêm phần đó × xác suất vẫn còn ở lại); 1 ÷ tỷ lệ rời bỏ đối với tổ chức và khi không biết tuổi; dùng tỷ lệ rời bỏ của loại thị trường của khách hàng nếu có, nếu không thì của danh sách; giới hạn bởi vòng đời dài nhất được tính.
overview-top_share = Doanh thu từ 20 % khách hàng lớn nhất
overview-top_share_how = Doanh thu của { $top } khách hàng lớn nhất trong { $count } khách hàng (nhóm { $share } đứng đầu) ÷ tổng doanh thu.
overview-gini = Hệ số Gini của doanh thu
overview-gini_how = Bằng 0 khi mọi khách hàng mua như nhau, gần 1 khi một khách hàng mang lại tất cả; tính từ đường cong Lorenz của doanh thu.
overview-targets = Khách hàng mục tiêu
overview-targets_value = { $targets } trên năng lực { $capacity }
overview-targets_how = Các khách hàng có giá trị quan hệ dương cao nhất, nhiều nhất bằng năng lực phục vụ cho phép (Cài đặt).
overview-lifetime = Vòng đời nhóm
overview-lifetime_how = 1 ÷ tỷ lệ rời bỏ hằng năm (Cài đặt).
overview-negative = Khách hàng có lợi nhuận âm
overview-negative_how = Khách hàng có doanh thu × biên lợi nhuận không bù đủ chi phí phục vụ và chi phí thu hút; được liệt kê ở trang Kim tự tháp.
overview-warnings = Cảnh báo
overview-no_warnings = Không có gì cần cảnh báo.
overview-warn_setting_replaced = Thiết lập “{ $setting }” không thể là { $given }; đã dùng { $used } thay thế.
overview-warn_revenue_missing = { $count } khách hàng chưa có doanh thu: họ không được xếp hạng theo doanh thu hay lợi nhuận (không có thứ hạng, tầng hay vị trí trong Pareto, và không bị tính là khách hàng lỗ); trong các tổng chỉ tính chi phí của họ.
overview-warn_revenue_disagrees = Với { $count } khách hàng, doanh thu không bằng số lần mua × giá trị đơn hàng; hệ thống dùng doanh thu đã nhập.
overview-warn_margin_assumed = { $count } khách hàng chưa có biên lợi nhuận gộp; tạm giả định là 100 %.
overview-warn_duplicate_ids = { $count } mục trùng mã đã dùng; hãy đặt cho mỗi mục một mã riêng.
overview-concentration_flag = Rủi ro tập trung: { $name } mang lại { $share } doanh thu.
overview-negative_profit = { $count } khách hàng đang gây lỗ; xem trang Kim tự tháp.
overview-big_eat_margin = Khách hàng lớn chiếm { $service } chi phí phục vụ nhưng chỉ mang lại { $profit } lợi nhuận.
share-none = không có tỷ trọng
share-no_losses = không có
share-losses = { $sum } ({ $count } khách hàng lỗ)
overview-big_lose_money = Các khách hàng lớn nhất theo doanh thu, gộp lại, đang lỗ: lợi nhuận { $net } mỗi năm.
overview-go_import = Nhập danh sách khách hàng

## Settings

settings-intro = Mọi phép tính đều dùng các cài đặt này; chúng được lưu cùng danh sách.
settings-money = Tiền tệ
settings-currency = Đơn vị tiền tệ (mã ISO)
settings-currency_invalid = Chưa lưu: cần mã tiền tệ gồm ba chữ cái, ví dụ EUR, USD hoặc VND.
settings-hourly_rate = Giá một giờ công
settings-acquisition_charge = Chi phí thu hút được tính
settings-charge_year_won = vào năm giành được khách hàng
settings-charge_spread = chia đều cho vòng đời dự kiến của khách hàng
settings-analysis_year = Năm phân tích (để trống: năm mua đầu tiên gần nhất trong danh sách)
settings-relationship = Giá trị quan hệ
settings-company_stage = Giai đoạn của doanh nghiệp
settings-stage_startup = Khởi nghiệp: ưu tiên giá trị hiện
settings-stage_growth = Tăng trưởng: ưu tiên thị phần
settings-stage_mature = Trưởng thành: ưu tiên thương hiệu
settings-weight_explicit = Trọng số giá trị hiện
settings-weight_share = Trọng số giá trị thị phần
settings-weight_brand = Trọng số giá trị thương hiệu
settings-life_expectancy = Tuổi thọ trung bình
settings-target_ranking = Xếp hạng khách hàng mục tiêu theo
settings-ranking_money = giá trị quan hệ bằng tiền
settings-ranking_score = điểm quan hệ (trọng số theo giai đoạn)
settings-capacity = Năng lực: số khách hàng bạn phục vụ tốt được
settings-lifetime = Vòng đời
settings-discount_rate = Lãi suất chiết khấu mỗi năm
settings-discount_convention = Cách chiết khấu
settings-convention_first = năm đầu không chiết khấu: { $formula }
settings-convention_end = chiết khấu mọi năm: { $formula }
settings-churn_rate = Tỷ lệ rời bỏ mỗi năm
settings-benchmark_churn = Tỷ lệ rời bỏ của doanh nghiệp để so sánh
settings-max_lifetime = Vòng đời dài nhất được tính
settings-retention_budget = Ngân sách giữ chân
settings-pareto = Pareto và mức độ tập trung
settings-pareto_top = Tỷ lệ khách hàng đứng đầu cần xét
settings-pareto_value = Tỷ lệ giá trị cần đạt
settings-concentration = Ngưỡng tập trung (tỷ trọng doanh thu)
settings-migration_candidates = Số khách hàng liệt kê dưới mỗi điểm cắt

## Lists

lists-region = Danh sách khách hàng
lists-open = Mở danh sách
lists-name = Tên danh sách
lists-new = Danh sách mới
lists-new_name = Danh sách mới
lists-duplicate = Nhân bản danh sách
lists-copy_suffix = (bản sao)
lists-delete = Xóa danh sách
lists-confirm_delete = Xóa danh sách “{ $name }” cùng { $count } mục của nó? Thao tác này không thể hoàn tác; hãy xuất danh sách trước nếu muốn giữ một bản.
lists-confirm_delete_yes = Có, xóa danh sách này
lists-confirm_delete_no = Giữ danh sách
lists-created = Đã tạo và mở danh sách “{ $name }”.
lists-renamed = Đã đổi tên danh sách thành “{ $name }”.
lists-deleted = Đã xóa danh sách “{ $name }”.
lists-rename_invalid = Danh sách cần một tên chưa danh sách nào dùng.
lists-counts = { $customers } khách hàng, { $prospects } khách hàng tiềm năng
demo-name = Khách hàng mẫu
demo-badge = Dữ liệu mẫu
demo-restore = Khôi phục danh sách mẫu
demo-restored = Danh sách mẫu đã trở lại như lúc ban đầu.

## Storage

storage-banner_title = Chưa lưu.
storage-not_saved = { $reason } Thay đổi của bạn được giữ trong trang này cho đến khi bạn đóng nó; hãy xuất danh sách để giữ một bản. Mọi thứ đã lưu trước đó vẫn nguyên vẹn.
storage-quota = Bộ nhớ của trình duyệt dành cho trang này đã đầy.
storage-persistent = Lưu trữ: được giữ. Trình duyệt đồng ý không xóa các danh sách này khi thiếu dung lượng.
storage-best_effort = Lưu trữ: không bảo đảm. Trình duyệt không đồng ý giữ các danh sách này khi thiếu dung lượng (trình duyệt chỉ cho phép với trang bạn dùng thường xuyên hoặc đã cài đặt); hãy sao lưu.
storage-persistence_unknown = Lưu trữ: trình duyệt này không cho biết có giữ các danh sách khi thiếu dung lượng hay không; hãy sao lưu.
storage-in_indexeddb = Các danh sách được lưu trong cơ sở dữ liệu IndexedDB của trình duyệt này, chỉ trên máy tính này.
storage-in_localstorage = Trình duyệt này không có IndexedDB ở đây: các danh sách được lưu trong localStorage, chứa được khoảng 5 MB (vài chục nghìn khách hàng).
storage-nothing_kept = Không còn gì của nó được lưu.
storage-removed = Đã xóa hẳn.
storage-the_index = Mục lục các danh sách
storage-the_list = Danh sách được lưu với mã { $id }
storage-download_as_found = Tải về nguyên trạng
storage-remove = Xóa…
storage-remove_for_good = Có, xóa hẳn
storage-keep_it = Giữ lại
storage-conflict = Danh sách này đã được thay đổi ở một cửa sổ hoặc thẻ khác kể từ khi cửa sổ này mở nó, nên lưu ở đây sẽ ghi đè lên phiên bản mới hơn.
storage-reload = Tải lại để xem phiên bản mới hơn
storage-unavailable = Trình duyệt không cho phép trang này lưu dữ liệu (chế độ ẩn danh hoặc do cài đặt).
storage-unreadable_title = Không mở được một số danh sách đã lưu. Chúng được giữ nguyên và sẽ không bị ghi đè:

## Table

table-title = Khách hàng và khách hàng tiềm năng
table-search = Tìm khách hàng
table-filter_status = Hiển thị
table-filter_market = Loại thị trường
table-all = Tất cả
table-add = Thêm khách hàng
table-added = Đã thêm một khách hàng mới ở cuối danh sách; hãy nhập tên.
table-new_customer = Khách hàng mới
table-columns = Cột
table-columns_legend = Các cột hiển thị trong bảng
table-indicators_legend = Chỉ số hiển thị trong bảng
indicator-p_alive = Xác suất còn hoạt động
indicator-expected_purchases = Số lần mua dự kiến
indicator-predicted_clv = CLV dự báo
table-actions = Thao tác
table-delete = Xóa
table-delete_named = Xóa { $name }
table-deleted = Đã xóa { $name }.
table-undo = Hoàn tác xóa
table-restored = { $name } đã trở lại danh sách.
table-showing = Đang hiển thị { $shown } trên { $total } mục.
table-sort_by = Sắp xếp theo { $field }
table-cell_label = { $field } của { $name }
table-invalid = Chưa lưu: cần { $rule }; nhận được “{ $found }”.
table-pages = Trang
table-previous_page = Trang trước
table-next_page = Trang sau
table-page_of = Trang { $page } / { $pages }
table-rows_per_page = Số dòng mỗi trang
table-all_rows = Tất cả, cuộn

## Fields

field-id = Mã
field-name = Tên
field-status = Trạng thái
field-needs_it = Có nhu cầu
field-can_pay = Có khả năng trả
field-market_type = Loại thị trường
field-channel = Kênh thu hút
field-region = Khu vực
field-age = Tuổi
field-size_band = Quy mô
field-first_purchase = Lần mua đầu tiên
field-revenue_per_year = Doanh thu
field-purchases_per_year = Số lần mua
field-average_order_value = Giá trị đơn hàng trung bình
field-gross_margin = Biên lợi nhuận gộp
field-acquisition_cost = Chi phí thu hút
field-service_cost = Chi phí phục vụ
field-market_share_value = Giá trị thị phần
field-market_share_score = Điểm thị phần
field-brand_value = Giá trị thương hiệu
field-brand_score = Điểm thương hiệu
field-implicit_cost_hours = Thời gian và công sức
field-lifecycle_stage = Giai đoạn vòng đời

## Units

unit-money_per_year = { $currency } mỗi năm
unit-money_per_order = { $currency } mỗi đơn hàng
unit-money_once = { $currency }, một lần
unit-per_year = mỗi năm
unit-percent = %
unit-score_0_10 = 0–10
unit-hours_per_year = giờ mỗi năm
unit-years = năm
unit-date = ngày

## Rules

rule-text = văn bản tối đa 1.000 ký tự
rule-text_required = một cái tên tối đa 1.000 ký tự (không được để trống)
rule-custom_text = văn bản tối đa 1.000 ký tự
rule-choice = một trong các lựa chọn có sẵn
rule-money = một số tiền từ 0 đến 10¹⁵, ví dụ 1234,50
rule-per_year = số lần mỗi năm từ 0 đến 10¹⁵, ví dụ 12 hoặc 0,5
rule-fraction = một tỷ lệ phần trăm từ −100 % đến 100 % (ví dụ 35 %) hoặc một phân số từ −1 đến 1 (ví dụ 0,35)
rule-score = một điểm từ 0 đến 10
rule-hours = số giờ từ 0 đến 10¹⁵
rule-years = số năm tròn từ 0 đến 120
rule-date = một ngày dạng 2024-03-31 hoặc 31.03.2024, có hoặc không kèm giờ
rule-unique_id = một mã chưa mục nào khác dùng
rule-indicator = một con số từ −10¹⁵ đến 10¹⁵

## Choices

choice-none = —
choice-market_not_given = Không ghi
choice-customer = Khách hàng
choice-prospect = Khách hàng tiềm năng
choice-yes = Có
choice-no = Không
choice-unknown = Chưa biết
choice-consumer = Người tiêu dùng
choice-producer = Nhà sản xuất
choice-intermediary = Trung gian (đại lý bán lại)
choice-government = Cơ quan nhà nước
choice-international = Quốc tế
choice-referral = Giới thiệu, truyền miệng
choice-customer_introduction = Do khách hàng giới thiệu
choice-trade_show = Hội chợ hoặc hội nghị
choice-social_media = Mạng xã hội
choice-search = Tìm kiếm (SEO hoặc trả phí)
choice-email = E-mail
choice-direct_mail = Thư trực tiếp
choice-telephone = Điện thoại
choice-door_to_door = Đến tận nhà
choice-advertising = Quảng cáo (báo chí, TV, radio)
choice-partners = Đối tác
choice-directories = Danh bạ, hồ sơ công khai
choice-consulting = Dịch vụ tư vấn hoặc thông tin
choice-personal_network = Câu lạc bộ và quan hệ cá nhân
choice-community_events = Sự kiện cộng đồng và từ thiện
choice-micro = Siêu nhỏ (dưới 10 người)
choice-small = Nhỏ (10–49)
choice-medium = Vừa (50–249)
choice-large = Lớn (từ 250 trở lên)
choice-exploration = Thăm dò
choice-formation = Hình thành
choice-stability = Ổn định
choice-decline = Suy giảm
choice-age_under_25 = dưới 25
choice-age_65_over = từ 65 trở lên

## Import

import-title = Nhập
import-intro = Đưa vào danh sách khách hàng từ CRM hoặc bảng tính của bạn (CSV phân tách bằng dấu phẩy, dấu chấm phẩy, tab hoặc khoảng trắng), hoặc một danh sách đã xuất từ trang này dưới dạng JSON. Không có gì được nhập cho đến khi bạn đã xem cách ghép cột và kết quả kiểm tra từng dòng.
import-pick = Nhập tệp CSV hoặc JSON
import-drop = …hoặc thả tệp vào đây.
import-read_failed = Không đọc được tệp: { $reason }
import-json_failed = Tệp JSON này chưa được nhập: { $reason }. Không có gì thay đổi.
import-json_done = Đã nhập danh sách “{ $name }” với { $count } mục.
import-mapping_title = Ghép các cột của { $file }
import-delimiter = Các cột phân tách bằng
import-delimiter_comma = Dấu phẩy ,
import-delimiter_semicolon = Dấu chấm phẩy ;
import-delimiter_tab = Tab
import-delimiter_whitespace = Khoảng trắng
import-decimal = Dấu thập phân
import-decimal_point = Dấu chấm (1,234.5)
import-decimal_comma = Dấu phẩy (1.234,5)
import-has_header = Dòng đầu tiên chứa tên cột
import-into_current = Thêm vào danh sách đang mở thay vì tạo danh sách mới
import-unreadable = Không thể đọc tệp theo cách này: { $reason }
import-encoding = Bảng mã văn bản
import-encoding_detected = { $encoding } — tự nhận diện
import-encoding_replaced = { $count } ký tự không đọc được theo { $encoding } và hiện thành �. Hãy kiểm tra phần xem trước; nếu tên hiển thị sai, hãy chọn bảng mã khác.
import-encoding_check = Tệp được đọc theo { $encoding }. Hãy kiểm tra tên trong phần xem trước; nếu sai, hãy chọn bảng mã khác.
encoding-utf_8 = UTF-8 (Unicode)
encoding-utf_16le = UTF-16 LE (Unicode)
encoding-utf_16be = UTF-16 BE (Unicode)
encoding-windows_1252 = Windows-1252 (Tây Âu)
encoding-windows_1250 = Windows-1250 (Trung Âu)
encoding-windows_1251 = Windows-1251 (Kirin)
encoding-windows_1258 = Windows-1258 (Tiếng Việt)
encoding-gbk = GBK (Tiếng Trung giản thể)
encoding-big5 = Big5 (Tiếng Trung phồn thể)
encoding-shift_jis = Shift_JIS (Tiếng Nhật)
encoding-euc_kr = EUC-KR (Tiếng Hàn)
import-date_order_for = Thứ tự ngày của { $column }
import-date_order_is_ymd = năm-tháng-ngày
import-date_order_is_dmy = ngày-tháng-năm
import-date_order_is_mdy = tháng-ngày-năm
import-date_order_ambiguous = Không ngày nào trong { $column } có số ngày lớn hơn 12, nên các giá trị không cho biết là ngày-tháng-năm hay tháng-ngày-năm. Hãy kiểm tra thứ tự: 05/03/2024 là ngày 5 tháng 3 theo ngày-tháng-năm và ngày 3 tháng 5 theo tháng-ngày-năm.
import-large_file = { $name } có dung lượng { $size } MB. Việc đọc có thể mất khoảng một phút và cần khoảng { $memory } MB bộ nhớ; trong lúc đó trang có thể không phản hồi, và trình duyệt thiếu bộ nhớ có thể đóng thẻ.
import-large_file_read = Đọc tệp
import-large_file_cancel = Không đọc
import-rows_found = Tìm thấy { $count } dòng dữ liệu.
import-mapping_caption = Mỗi cột của tệp được đưa vào đâu
import-column = Cột
import-examples = Giá trị đầu tiên
import-maps_to = Đưa vào
import-target_for = Trường cho cột { $column }
import-target_ignore = Bỏ qua cột này
import-target_indicator = Chỉ số thẻ điểm
import-target_custom = Thuộc tính tùy chỉnh
import-preview = Xem trước các dòng đầu
import-line = Dòng
import-need_name = Hãy ghép một cột vào Tên trước khi kiểm tra các dòng.
import-check = Kiểm tra các dòng
import-cancel = Hủy nhập
import-checking = Đang kiểm tra các dòng
import-progress = Đã kiểm tra { $done } trên { $total } dòng
import-cancel_check = Dừng kiểm tra
import-cancelled = Đã dừng kiểm tra; không có gì được nhập.
import-summary = { $good } dòng hợp lệ, { $bad } dòng lỗi.
import-revenue_disagrees = Doanh thu khác với số lần mua × giá trị đơn hàng trung bình ở các dòng { $lines }; các dòng này vẫn được nhập và được đánh dấu.
import-totals_held = { $count } dòng trông giống dòng tổng cộng chứ không phải khách hàng, và sẽ bị bỏ qua trừ khi bạn giữ lại.
import-totals_caption = Các dòng bị bỏ qua vì là dòng tổng
import-total_reason = Lý do
import-total_reason_word = Tên là một từ chỉ tổng cộng
import-total_reason_sum = Doanh thu bằng tổng doanh thu của các dòng còn lại
import-keep_row_column = Giữ lại
import-keep_row = Giữ dòng { $line } như một khách hàng
import-problems = Các lỗi tìm thấy, theo dòng
import-expected = Cần
import-found = Nhận được
import-empty_cell = (trống)
import-more_problems = …và { $count } lỗi khác không được liệt kê.
import-fixed_cells = Bạn đã sửa { $count } ô. Hãy kiểm tra lại các dòng để xem kết quả.
import-check_again = Kiểm tra lại
import-fix_cell = Sửa dòng { $line }, cột { $column }
import-readings_title = Cách đọc các giá trị
import-refused = bị từ chối
import-scale_legend = Cột “{ $column }” → { $field }: số không có dấu % là
import-scale_is_percent = phần trăm (39 nghĩa là 39 %)
import-scale_is_fraction = phân số (0,39 nghĩa là 39 %)
import-scale_preview = Các giá trị đầu tiên sẽ được đọc là: { $values }
import-choices_caption = Các giá trị của cột “{ $column }” → { $field }
import-value_in_file = Giá trị trong tệp
import-value_rows = Số dòng
import-read_as = Đọc là
import-read_value_as = Đọc “{ $value }” là
import-not_recognised = — không nhận ra: hãy chọn —
import-leave_empty = (để trống)
import-allowed_values = Giá trị cho phép: { $values }. Tên trên trang bằng bất kỳ ngôn ngữ nào của trang và các khóa của tệp xuất đều được nhận ra; lựa chọn của bạn được lưu cùng danh sách cho lần nhập sau.
import-values_unrecognised = { $count } giá trị không nhận ra: hãy chọn ý nghĩa của từng giá trị, nếu không các dòng chứa chúng sẽ bị báo lỗi.
import-more_values = …và { $count } giá trị khác không được liệt kê (đây có thật là cột lựa chọn không?).
import-import_good = Nhập { $count } dòng hợp lệ
import-import_nothing = Không nhập gì
import-nothing = Không có gì được nhập.
import-done = Đã nhập { $count } mục.

## Export

export-title = Xuất
export-intro = CSV mở được bằng mọi bảng tính (UTF-8; các ô có thể bị chạy như công thức đều được bảo vệ). JSON giữ lại mọi thứ, kể cả cài đặt, và nhập lại y hệt. Kết quả: mỗi khách hàng một dòng với doanh thu, lợi nhuận, giá trị quan hệ, giá trị vòng đời, tầng, xếp hạng, điểm, mức phù hợp và cờ khách hàng mục tiêu, cùng các dữ liệu đầu vào tạo ra chúng. Sổ làm việc Excel giữ số ở dạng số và mọi tên ở dạng văn bản.
export-csv = Xuất CSV ({ $convention })
export-json = Xuất JSON
export-done = Tệp đã sẵn sàng để tải về.
backup-reminder = Danh sách của bạn chỉ nằm trong trình duyệt này và tuần này chưa có bản sao lưu nào. Một số trình duyệt (Safari) xóa dữ liệu của trang sau bảy ngày không truy cập.
backup-not_now = Để sau
export-convention_comma = phân tách bằng dấu phẩy, dấu chấm thập phân
export-convention_semicolon = phân tách bằng dấu chấm phẩy, dấu phẩy thập phân
panic-title = Đã xảy ra lỗi và trang ngừng hoạt động.
panic-what_now = Các danh sách của bạn được giữ như lần lưu cuối. Hãy tải tất cả về trong một tệp cho an toàn, rồi tải lại trang.
panic-detail = Chi tiết kỹ thuật: { $detail }
panic-download = Tải về mọi danh sách
panic-reload = Tải lại trang
export-refused = Trình duyệt không cho tải “{ $file }” xuống. Chưa có gì được lưu ra tệp; hãy thử lại hoặc cho phép tải xuống trên trang này.
export-backup = Sao lưu mọi danh sách (một tệp)
export-backup_hint = Bản sao lưu chứa mọi danh sách cùng thiết lập và nhật ký mua hàng; nhập nó ở đây hoặc trong trình duyệt khác sẽ khôi phục tất cả.
import-backup_done = Đã khôi phục { $count } danh sách từ bản sao lưu.
import-backup_done_with_log = Đã khôi phục { $count } danh sách và nhật ký mua hàng từ bản sao lưu.
export-results = Xuất kết quả (CSV, { $convention })
export-xlsx = Xuất sổ làm việc Excel
export-results_xlsx = Xuất kết quả (Excel)
export-xlsx_failed = Không thể tạo “{ $file }” ({ $error }); chưa có gì được tải xuống.
