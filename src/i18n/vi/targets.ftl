### Vietnamese: Strings of the targets view.

targets-intro = Nên phục vụ khách hàng nào trước: những khách hàng tốt nhất trong phạm vi năng lực của bạn, mức độ mỗi khách hàng phù hợp với chân dung khách hàng lý tưởng, thị trường đằng sau chân dung đó có đủ lớn không, và danh sách được chia theo loại thị trường ra sao.

## Capacity-limited targets

targets-list_title = Khách hàng mục tiêu trong phạm vi năng lực
targets-summary = { $targets } khách hàng mục tiêu (năng lực { $capacity }); { $others } khách hàng khác được liệt kê riêng.
targets-unused = Còn trống { $unused } chỗ trong năng lực phục vụ: không còn khách hàng nào khác có giá trị quan hệ dương.
targets-ranked_money = Khách hàng được xếp theo giá trị quan hệ bằng tiền; khách hàng mục tiêu là những người đứng đầu có giá trị dương, nhiều nhất bằng năng lực cho phép.
targets-ranked_score = Khách hàng được xếp theo điểm quan hệ (trọng số theo giai đoạn); khách hàng mục tiêu là những người đứng đầu có giá trị quan hệ bằng tiền dương, nhiều nhất bằng năng lực cho phép.
targets-no_targets = Không có khách hàng mục tiêu: năng lực bằng 0 hoặc không khách hàng nào có giá trị quan hệ dương.
targets-targets_caption = Khách hàng mục tiêu, tốt nhất trước ({ $count })
targets-others_caption = Các khách hàng khác, liệt kê riêng ({ $count })
targets-targets_pages = Các trang khách hàng mục tiêu
targets-others_pages = Các trang khách hàng khác
targets-col_rank = Hạng
targets-col_value = Giá trị quan hệ
targets-col_value_title = (giá trị hiện + giá trị ẩn) − (chi phí hiện + chi phí ẩn), bằng tiền mỗi năm
targets-col_score = Điểm quan hệ
targets-col_score_title = Giá trị hiện, giá trị thị phần và giá trị thương hiệu đã chuẩn hóa, có trọng số theo giai đoạn, trừ chi phí đã chuẩn hóa; khoảng từ −1 đến 1
targets-col_fit = Phù hợp
targets-col_fit_title = 100 × trọng số các tiêu chí của chân dung được đáp ứng ÷ tổng trọng số (0–100)
targets-col_why = Vì sao không là mục tiêu
targets-why_capacity = vượt quá năng lực
targets-why_not_positive = giá trị quan hệ không dương
targets-list_note = Giá trị quan hệ = (giá trị hiện + giá trị ẩn) − (chi phí hiện + chi phí ẩn), bằng tiền mỗi năm. Khách hàng có giá trị bằng 0 hoặc nhỏ hơn không bao giờ là khách hàng mục tiêu, dù năng lực lớn đến đâu.

## Ideal customer profile

targets-icp_title = Chân dung khách hàng lý tưởng
targets-icp_intro = Tiêu chí về bản thân khách hàng (tuổi, thu nhập, quy mô, loại hình, quy trình ra quyết định, tình hình tài chính) và về mức phù hợp với chúng ta (dịch vụ họ cần so với khả năng đáp ứng của ta, lợi nhuận khi phục vụ họ). Điểm phù hợp = tỷ trọng có trọng số của các tiêu chí được đáp ứng, 0–100; dữ liệu chưa biết không đáp ứng tiêu chí.
targets-icp_criterion = Tiêu chí { $n }
targets-icp_name = Tên
targets-icp_new_name = Tiêu chí mới
targets-icp_name_required = Tiêu chí cần có tên.
targets-icp_area = Nhóm tiêu chí
targets-area_customer = Bản thân khách hàng
targets-area_fit = Phù hợp với chúng ta
targets-icp_weight = Trọng số
targets-icp_test = Điều kiện
targets-kind_at_least = Chỉ số tối thiểu
targets-kind_at_most = Chỉ số tối đa
targets-kind_between = Chỉ số trong khoảng
targets-kind_market_type_in = Loại thị trường thuộc
targets-kind_size_band_in = Quy mô thuộc
targets-kind_region_in = Khu vực thuộc
targets-kind_attribute_in = Thuộc tính có một trong các giá trị
targets-icp_indicator = Chỉ số
targets-ind_revenue = Doanh thu
targets-ind_profit = Lợi nhuận
targets-ind_purchase_frequency = Số lần mua mỗi năm
targets-ind_average_order_value = Giá trị đơn hàng trung bình
targets-ind_gross_margin = Biên lợi nhuận gộp
targets-ind_service_cost = Chi phí phục vụ
targets-ind_relationship_value = Giá trị quan hệ
targets-ind_lifetime_value = Giá trị vòng đời
targets-ind_size_band = Quy mô (1 siêu nhỏ – 4 lớn)
targets-ind_age = Tuổi
targets-ind_share_of_wallet = Tỷ trọng chi tiêu
targets-ind_named = Chỉ số khác, theo tên
targets-icp_named = Tên chỉ số
targets-icp_named_required = Hãy đặt tên chỉ số (như trong danh sách, ví dụ growth hoặc credit_rating).
targets-icp_min = Giá trị đạt thấp nhất
targets-icp_max = Giá trị đạt cao nhất
targets-icp_range_upside_down = Chưa lưu: giá trị đạt thấp nhất không được lớn hơn giá trị đạt cao nhất.
targets-unit_fraction = phân số, 0,35 = 35 %
targets-unit_size = 1 siêu nhỏ – 4 lớn
targets-unit_named = đơn vị riêng của chỉ số
targets-unit_fit = điểm phù hợp 0–100
targets-icp_market_types = Các loại thị trường đạt
targets-icp_size_bands = Các quy mô đạt
targets-icp_one_needed = Hãy chọn ít nhất một mục; muốn bỏ tiêu chí thì xóa nó.
targets-icp_regions = Các khu vực đạt (phân tách bằng dấu phẩy)
targets-icp_attribute = Tên thuộc tính
targets-icp_attribute_required = Hãy đặt tên thuộc tính (như trong danh sách, ví dụ industry).
targets-icp_values = Các giá trị đạt (phân tách bằng dấu phẩy)
targets-icp_list_required = Chưa lưu: hãy nhập ít nhất một giá trị.
targets-icp_list_empty = Chưa nhập giá trị nào: không khách hàng nào đáp ứng tiêu chí này.
targets-icp_remove = Xóa
targets-icp_remove_named = Xóa tiêu chí { $name }
targets-icp_removed = Đã xóa tiêu chí “{ $name }”.
targets-icp_add = Thêm tiêu chí
targets-icp_added = Đã thêm một tiêu chí mới ở cuối; hãy đặt tên và điều kiện cho nó.
targets-icp_threshold = Mức phù hợp để khách hàng khớp với chân dung

## Fit scores

targets-fit_title = Mức phù hợp với chân dung
targets-fit_caption = Khách hàng theo điểm phù hợp, cao nhất trước
targets-fit_pages = Các trang điểm phù hợp
targets-fit_none = Chưa có điểm phù hợp: hãy đặt ít nhất một tiêu chí có trọng số lớn hơn 0.
targets-col_matches = Khớp chân dung
targets-col_matches_title = Mức phù hợp bằng hoặc trên ngưỡng
targets-col_target = Mục tiêu
targets-fit_note = Mức phù hợp = 100 × (trọng số các tiêu chí được đáp ứng) ÷ (tổng trọng số). Khách hàng khớp với chân dung khi mức phù hợp từ { $threshold } trở lên.

## Market reality

targets-market_title = Thực tế thị trường
targets-market_intro = Thị trường mục tiêu của bạn có bao nhiêu khách hàng giống chân dung, và bao nhiêu doanh nghiệp đang theo đuổi họ. Hãy nhập quy mô thị trường; để trống tỷ lệ để ước tính từ danh sách này.
targets-market_size = Số khách hàng trong thị trường mục tiêu
targets-market_share = Tỷ lệ trong số đó khớp với chân dung (để trống: ước tính từ danh sách này)
targets-competitors = Số đối thủ cùng theo đuổi họ
targets-min_addressable = Cảnh báo khi số khách hàng có thể tiếp cận dưới mức
targets-min_per_firm = Cảnh báo khi số khách hàng có thể tiếp cận cho mỗi doanh nghiệp dưới mức
targets-market_none = Hãy nhập số khách hàng trong thị trường mục tiêu để đối chiếu chân dung với thực tế thị trường.
targets-addressable = Khách hàng có thể tiếp cận
targets-addressable_how = Có thể tiếp cận = quy mô thị trường × tỷ lệ khớp chân dung = { $size } × { $share } = { $addressable }.
targets-share_estimated = Tỷ lệ được ước tính từ danh sách này: tỷ lệ các mục (khách hàng và khách hàng tiềm năng) có mức phù hợp từ { $threshold } trở lên. Khách hàng tiềm năng chưa có lợi nhuận hay chi phí phục vụ, nên các tiêu chí dựa trên chúng không đạt với họ.
targets-per_firm = Khách hàng có thể tiếp cận cho mỗi doanh nghiệp
targets-per_firm_how = Mỗi doanh nghiệp = số có thể tiếp cận ÷ (số đối thủ + 1, là chúng ta) = { $addressable } ÷ ({ $competitors } + 1) = { $per_firm }.
targets-market_ok = Chân dung này để lại một thị trường đủ lớn và không quá cạnh tranh.

## Market types

targets-markets_title = Theo loại thị trường
targets-markets_caption = Khách hàng, khách hàng tiềm năng, doanh thu và lợi nhuận theo loại thị trường
targets-col_customers = Khách hàng
targets-col_prospects = Khách hàng tiềm năng
targets-col_revenue = Doanh thu
targets-col_revenue_share = Tỷ trọng doanh thu
targets-col_revenue_share_title = Doanh thu của loại thị trường ÷ tổng doanh thu
targets-col_profit = Lợi nhuận
targets-col_profit_share = Tỷ trọng lợi nhuận
targets-col_profit_share_title = Lợi nhuận của các khách hàng có lãi thuộc loại thị trường ÷ lợi nhuận của mọi khách hàng có lãi (không bao giờ âm; khoản lỗ ở cột bên cạnh)
targets-col_losses = Khoản lỗ
targets-col_losses_title = Tổng lợi nhuận của các khách hàng gây lỗ thuộc loại thị trường, và số khách hàng đó
targets-col_average_profit = Lợi nhuận mỗi khách hàng
targets-col_average_profit_title = Lợi nhuận của loại thị trường ÷ số khách hàng của nó
targets-markets_note = Các loại thị trường: người tiêu dùng, nhà sản xuất, trung gian (đại lý bán lại), cơ quan nhà nước, quốc tế. Bảng khách hàng có thể lọc theo loại thị trường. Mục không có loại thị trường được đếm ở một dòng riêng, “Không ghi”, không bao giờ bị coi là người tiêu dùng; khi nhập, loại thị trường không đọc được sẽ được báo cùng dòng và cột của nó, và dòng đó không được nhập.
