### Vietnamese: Strings of the pyramid view.

pyramid-intro = Khách hàng được chia thành các tầng và xếp hạng theo chỉ tiêu bạn chọn: ai mang lại giá trị, họ có điểm gì chung, ai đang gây lỗ và ai sắp lên được tầng trên.
pyramid-empty = Danh sách này chưa có khách hàng: hãy nhập hoặc thêm khách hàng để xem các tầng và xếp hạng. Bạn đã có thể sửa các cài đặt bên dưới.

## Bases and units

pyramid-basis = Xếp khách hàng theo
pyramid-basis_revenue = doanh thu
pyramid-basis_profit = lợi nhuận
pyramid-basis_relationship_value = giá trị quan hệ
pyramid-basis_relationship_score = điểm quan hệ
pyramid-basis_lifetime_value = giá trị vòng đời
pyramid-basis_weighted = kim tự tháp có trọng số “{ $name }”
pyramid-basis_weighted_n = kim tự tháp có trọng số { $n }
pyramid-basis_scorecard = điểm thẻ điểm
pyramid-unit_money_year = tiền mỗi năm
pyramid-unit_money = tiền
pyramid-unit_relationship_score = điểm từ −1 đến 1
pyramid-unit_composite = chỉ số tổng hợp từ 0 đến 1
pyramid-unit_scorecard = điểm từ 0 đến 100

## Tiers

pyramid-tier_large = Tiềm năng lớn
pyramid-tier_medium = Tiềm năng trung bình
pyramid-tier_small = Tiềm năng nhỏ
pyramid-scheme_title = Kim tự tháp giá trị
pyramid-scheme_intro = Ba tầng: tiềm năng lớn, trung bình và nhỏ. Cắt bảng xếp hạng theo tỷ lệ khách hàng (mặc định: 20 % đứng đầu, 30 % tiếp theo, 50 % cuối) hoặc theo giá trị của chỉ tiêu.
pyramid-cut_mode = Chia kim tự tháp theo
pyramid-of_weighted = { $what } (kim tự tháp có trọng số { $n })
pyramid-mode_shares = tỷ lệ khách hàng
pyramid-mode_thresholds = ngưỡng (giá trị của chỉ tiêu)
pyramid-share_of = Tỷ lệ khách hàng trong “{ $tier }”
pyramid-share_rest = { $tier }: { $share } còn lại.
pyramid-threshold_of = Giá trị thấp nhất trong “{ $tier }”
pyramid-threshold_rest = { $tier }: tất cả khách hàng dưới ngưỡng thứ hai. Khách hàng không có giá trị thì không được xếp hạng.
pyramid-shares_too_big = Chưa lưu: hai tỷ lệ cộng lại sẽ là { $sum }; tổng của chúng tối đa là 100 %.
pyramid-shares_all_zero = Chưa lưu: ít nhất một hạng phải có tỷ lệ lớn hơn 0 %.
pyramid-threshold_below_next = Chưa lưu: ngưỡng này phải ít nhất bằng ngưỡng của tầng kế tiếp ({ $next }).
pyramid-threshold_above_previous = Chưa lưu: ngưỡng này không được cao hơn ngưỡng của tầng trước ({ $previous }).
pyramid-thresholds_reset = Chỉ tiêu có đơn vị khác, nên các ngưỡng đã được thay bằng tỷ lệ mặc định.
pyramid-rule_in_force = Quy tắc đang áp dụng:
pyramid-rule_ranked = Theo { $basis }, xếp hạng: { $parts }.
pyramid-rule_thresholds = Theo { $basis }, với các ngưỡng: { $parts }.
pyramid-part_top = { $label } = { $share } đứng đầu
pyramid-part_next = { $label } = { $share } tiếp theo
pyramid-part_last = { $label } = { $share } cuối
pyramid-part_at_least = { $label } = từ { $value } trở lên
pyramid-part_between = { $label } = từ { $low } đến dưới { $high }
pyramid-part_below = { $label } = dưới { $value }
pyramid-part_everyone = { $label } = tất cả
pyramid-chart_caption = Kim tự tháp giá trị: số khách hàng mỗi tầng (bảng bên dưới có cùng các con số).
pyramid-tier_table_caption = Khách hàng, doanh thu và lợi nhuận theo tầng
pyramid-tier_table_note = Tỷ lệ khách hàng = số khách hàng trong tầng ÷ tổng số khách hàng. Tỷ trọng doanh thu = doanh thu của tầng ÷ tổng doanh thu. Tỷ trọng lợi nhuận = lợi nhuận của tầng ÷ tổng lợi nhuận (có thể âm, hoặc trên 100 % khi có tầng gây lỗ). Tỷ lệ khách hàng được làm tròn theo lũy kế; khách hàng có giá trị bằng nhau luôn cùng tầng, nên một tầng có thể nhiều hơn tỷ lệ của nó một chút, và khách hàng không có giá trị không thuộc tầng nào (liệt kê bên dưới là không xếp hạng).
pyramid-col_tier = Tầng
pyramid-col_rating = Hạng
pyramid-col_count = Khách hàng
pyramid-col_count_how = Số khách hàng trong nhóm
pyramid-col_customer_share = Tỷ lệ khách hàng
pyramid-col_customer_share_how = Số khách hàng trong nhóm ÷ tổng số khách hàng
pyramid-col_revenue_share = Tỷ trọng doanh thu
pyramid-col_revenue_share_how = Doanh thu mỗi năm của nhóm ÷ tổng doanh thu mỗi năm
pyramid-col_profit_share = Tỷ trọng lợi nhuận
pyramid-col_profit_share_how = Lợi nhuận mỗi năm của các khách hàng có lãi trong nhóm ÷ lợi nhuận mỗi năm của mọi khách hàng có lãi; khoản lỗ tính là 0 và nằm ở cột bên cạnh
pyramid-col_losses = Khoản lỗ
pyramid-col_losses_how = Tổng lợi nhuận mỗi năm của các khách hàng gây lỗ trong nhóm, và số khách hàng đó
pyramid-count_share_losses = Lỗ: { $losses }.
pyramid-profile_losses = { $losing } người trong số họ gây lỗ, tổng cộng { $losses }; họ được tính là 0 trong tỷ trọng lợi nhuận, vốn là tỷ trọng trong lợi nhuận của mọi khách hàng có lãi.
pyramid-col_range = Giá trị trong nhóm
pyramid-col_range_how = Giá trị thấp nhất và cao nhất của chỉ tiêu xếp hạng trong nhóm
pyramid-range = { $low } đến { $high }
pyramid-no_scores = không có giá trị

## Ratings

pyramid-rating_title = Xếp hạng
pyramid-rating_intro = Mỗi khách hàng được xếp một hạng theo thang A–D, 1–5 hoặc 1–10 (tốt nhất trước) dựa trên chỉ tiêu bạn chọn. Mặc định A là 20 % đứng đầu, B là 30 % tiếp theo, C là 30 % tiếp theo và D là 20 % cuối; thang 1–5 và 1–10 chia đều.
pyramid-rating_scale = Thang xếp hạng
pyramid-scale_a_d = A, B, C, D
pyramid-scale_1_5 = 5 (tốt nhất) đến 1
pyramid-scale_1_10 = 10 (tốt nhất) đến 1
pyramid-rating_basis = Xếp hạng khách hàng theo
pyramid-rating_mode = Chia hạng theo
pyramid-rating_mode_default = tỷ lệ mặc định của thang
pyramid-rating_mode_shares = tỷ lệ khách hàng do tôi đặt
pyramid-rating_share_of = Tỷ lệ khách hàng được xếp hạng { $rating }
pyramid-rating_threshold_of = Giá trị thấp nhất được xếp hạng { $rating }
pyramid-rating_threshold_rest = Hạng { $rating }: tất cả khách hàng dưới ngưỡng cuối. Khách hàng không có giá trị thì không được xếp hạng.
pyramid-rating_default_note = Đang dùng tỷ lệ mặc định của thang; chọn “tỷ lệ khách hàng do tôi đặt” hoặc ngưỡng để thay đổi.
pyramid-rating_cuts_reset = Thang này có số hạng khác, nên dùng tỷ lệ mặc định của nó.
pyramid-rating_table_caption = Khách hàng, doanh thu và lợi nhuận theo hạng

## Profiles

pyramid-profiles_title = Chân dung các tầng
pyramid-profiles_intro = Khách hàng của mỗi tầng có điểm gì chung: mỗi giá trị thuộc tính xuất hiện trong tầng thường xuyên đến đâu so với toàn bộ danh sách. Hệ số lift trên 1 nghĩa là phổ biến trong tầng hơn trong danh sách.
pyramid-profile_summary = { $count } khách hàng; { $revenue } doanh thu, { $profit } lợi nhuận, { $service } chi phí phục vụ.
pyramid-top_lifts_caption = { $tier }: các giá trị thuộc tính có hệ số lift cao nhất
pyramid-rest_caption = { $tier }: các giá trị thuộc tính khác
pyramid-all_attributes = Hiện tất cả { $count } giá trị thuộc tính của “{ $tier }”
pyramid-more_attributes = { $count } giá trị thuộc tính khác, có hệ số lift thấp hơn, không được liệt kê.
pyramid-no_attributes = Khách hàng của tầng này không có thuộc tính nào (loại thị trường, kênh, khu vực, quy mô, …).
pyramid-no_profiles = Không có chân dung: không dựng được kim tự tháp cho danh sách này.
pyramid-col_attribute = Thuộc tính
pyramid-col_value = Giá trị
pyramid-col_in_tier = Trong tầng
pyramid-col_in_tier_how = Số khách hàng của tầng có giá trị này ÷ số khách hàng của tầng
pyramid-col_in_list = Trong danh sách
pyramid-col_in_list_how = Số khách hàng của danh sách có giá trị này ÷ tổng số khách hàng
pyramid-col_lift = Hệ số lift
pyramid-col_lift_how = Tỷ lệ trong tầng ÷ tỷ lệ trong danh sách; 1 = phổ biến như trong toàn bộ danh sách
pyramid-share_count = { $share } ({ $count })
pyramid-lift_value = { $lift } ×
pyramid-attr_market_type = loại thị trường
pyramid-attr_channel = kênh
pyramid-attr_region = khu vực
pyramid-attr_size_band = quy mô
pyramid-attr_age_band = nhóm tuổi
pyramid-attr_lifecycle_stage = giai đoạn vòng đời

## Bottom tier, negative profit, migration

pyramid-bottom_title = Xem xét tầng đáy
pyramid-bottom_summary = { $tier }: { $count } khách hàng mang lại { $revenue } doanh thu và { $profit } lợi nhuận nhưng chiếm { $service } chi phí phục vụ; { $negative } người trong số đó gây lỗ.
pyramid-suggestion = Đề xuất:
pyramid-stop_spending = Ngừng chi cho tiếp cận và dịch vụ bổ sung ở tầng này; bớt tìm kiếm những khách hàng giống họ.
pyramid-bottom_lifts_caption = Khách hàng của “{ $tier }” có điểm gì chung
pyramid-negative_title = Khách hàng có lợi nhuận âm
pyramid-negative_count = { $count } khách hàng tốn kém hơn những gì họ mang lại (doanh thu × biên lợi nhuận − chi phí phục vụ − chi phí thu hút tính vào năm).
pyramid-negative_caption = Khách hàng có lợi nhuận âm, lỗ nhiều nhất trước
pyramid-negative_more = Liệt kê { $shown } khách hàng lỗ nhiều nhất trong số { $count }.
pyramid-no_negative = Không khách hàng nào có lợi nhuận âm.
pyramid-col_customer = Khách hàng
pyramid-col_id = Mã
pyramid-col_profit = Lợi nhuận mỗi năm
pyramid-col_profit_how = Doanh thu × biên lợi nhuận gộp − chi phí phục vụ − chi phí thu hút tính vào năm
pyramid-migration_title = Kế hoạch nâng tầng
pyramid-migration_intro = Các khách hàng ngay dưới mỗi điểm cắt của kim tự tháp, và mỗi người cần tăng thêm bao nhiêu để lên tầng trên.
pyramid-migration_count = Số khách hàng liệt kê dưới mỗi điểm cắt
pyramid-migration_caption = Khách hàng gần lên tầng trên
pyramid-migration_note = Cần tăng = giá trị cần cho tầng trên − giá trị của khách hàng. Mức này luôn lớn hơn 0: khách hàng có giá trị bằng giá trị thấp nhất của tầng trên đã ở trong tầng đó (giá trị bằng nhau luôn cùng tầng); mức này được làm tròn lên ở chữ số cuối cùng hiển thị. Doanh thu tăng thêm = mức cần tăng nếu xếp theo doanh thu; mức cần tăng ÷ biên lợi nhuận gộp nếu theo lợi nhuận và giá trị quan hệ; “—” với các loại điểm, vì điểm không phải là tiền.
pyramid-no_migration = Không có ai để liệt kê: mọi tầng trên đều trống hoặc không dựng được kim tự tháp.
pyramid-col_move = Từ → đến
pyramid-move_from_to = { $from } → { $to }
pyramid-col_score = Giá trị hiện tại
pyramid-col_cut_score = Cần cho tầng trên
pyramid-col_cut_score_how = Giá trị thấp nhất trong tầng trên, hoặc ngưỡng của tầng đó
pyramid-col_gap = Cần tăng
pyramid-col_gap_how = Mức cần − giá trị hiện tại
pyramid-col_revenue_gap = Doanh thu tăng thêm mỗi năm
pyramid-col_revenue_gap_how = Mức cần tăng ÷ biên lợi nhuận gộp (nếu xếp theo doanh thu: chính mức cần tăng)
pyramid-not_money = —

## Weighted pyramids

pyramid-seg_title = Phân khúc theo từng chỉ số
pyramid-seg_intro = Mỗi chỉ số được chọn xếp hạng riêng những khách hàng có chỉ số đó và chia thành nhóm đầu ({ $top }), nhóm giữa ({ $middle } tiếp theo) và nhóm cuối (phần còn lại), theo tỷ lệ xếp hạng của kim tự tháp; các giá trị bằng nhau luôn cùng nhóm, và khách hàng không có giá trị được ghi là “chưa biết” cho chỉ số đó. Sau đó khách hàng được gom theo tổ hợp các mức. Khi thấp hơn là tốt hơn, các giá trị thấp nhất thuộc nhóm đầu.
pyramid-seg_name = Phân khúc
pyramid-seg_components_caption = Các chỉ số của phân khúc (một đến ba; không dùng trọng số)
pyramid-seg_level_top = { $indicator }: nhóm đầu
pyramid-seg_level_middle = { $indicator }: nhóm giữa
pyramid-seg_level_bottom = { $indicator }: nhóm cuối
pyramid-seg_caption = Các phân khúc, lớn nhất trước
pyramid-seg_col_segment = Phân khúc
pyramid-seg_none = Hãy chọn ít nhất một chỉ số để xem các phân khúc.
pyramid-weighted_title = Các kim tự tháp có trọng số đặt cạnh nhau
pyramid-weighted_intro = Mỗi kim tự tháp có trọng số xếp khách hàng theo một chỉ số tổng hợp: { $formula }, trong đó w_i là trọng số của chỉ số i và x_i là chỉ số, mỗi chỉ số được quy về thang 0–1 trên toàn danh sách (thấp nhất 0, cao nhất 1; đảo ngược khi thấp hơn là tốt hơn). Giá trị chưa biết không bao giờ được tính điểm: khách hàng được tính trên các chỉ số mình có, trọng số của chúng được quy đổi để cộng lại bằng 1, và không được xếp hạng nếu không có chỉ số nào. Chỉ số không khách hàng nào có, hoặc không thay đổi, bị bỏ ra và trọng số của nó được chia cho các chỉ số còn lại.
pyramid-side_caption = Số khách hàng mỗi tầng trong từng kim tự tháp có trọng số (tỷ trọng doanh thu, tỷ trọng lợi nhuận)
pyramid-side_note = Mỗi ô: số khách hàng trong tầng, sau đó là tỷ trọng doanh thu và lợi nhuận của tầng.
pyramid-count_share = { $count } ({ $revenue } doanh thu, { $profit } lợi nhuận)
pyramid-not_available = —
pyramid-no_weighted = Chưa có kim tự tháp có trọng số nào; hãy thêm ở bên dưới.
pyramid-weighted_rule = { $name }: { $rule }
pyramid-weighted_rule_shares = { $top } đứng đầu, { $middle } tiếp theo, còn lại ở tầng cuối.
pyramid-weighted_rule_thresholds = chỉ số tổng hợp từ { $top } trở lên, rồi từ { $middle } trở lên, còn lại ở tầng cuối.
pyramid-weighted_error = { $name }: { $error }
pyramid-edit_pyramid = Sửa kim tự tháp có trọng số “{ $name }”
pyramid-pyramid_name = Tên kim tự tháp
pyramid-remove_pyramid = Xóa kim tự tháp có trọng số “{ $name }”
pyramid-pyramid_removed = Đã xóa kim tự tháp có trọng số.
pyramid-add_pyramid = Thêm kim tự tháp có trọng số
pyramid-pyramid_added = Đã thêm kim tự tháp có trọng số; hãy mở phần chỉnh sửa để chọn các chỉ số.
pyramid-new_pyramid_name = Kim tự tháp { $n }
pyramid-components_caption = Các chỉ số có trọng số của “{ $name }”
pyramid-component_n = chỉ số { $n } của “{ $name }”
pyramid-indicator_of = Chỉ tiêu của { $what }
pyramid-weight_of = Trọng số của { $what }
pyramid-lower_better = thấp hơn là tốt hơn
pyramid-lower_better_of = Thấp hơn là tốt hơn cho { $what }
pyramid-remove_component = Xóa chỉ số { $n } của “{ $name }”
pyramid-add_component = Thêm chỉ số vào “{ $name }”
pyramid-remove = Xóa
pyramid-col_indicator = Chỉ số
pyramid-col_weight = Trọng số
pyramid-col_weight_how = Trọng số tương đối; các trọng số của một chỉ số tổng hợp được quy đổi để cộng lại bằng 1
pyramid-col_lower = Chiều
pyramid-col_lower_how = Khi chọn: càng ít càng tốt (số ngày thu tiền, chi phí phục vụ), nên thang 0–1 được đảo ngược
pyramid-col_actions = Thao tác
pyramid-ind_revenue = doanh thu
pyramid-ind_profit = lợi nhuận
pyramid-ind_purchase_frequency = số lần mua mỗi năm
pyramid-ind_average_order_value = giá trị đơn hàng trung bình
pyramid-ind_gross_margin = biên lợi nhuận gộp
pyramid-ind_service_cost = chi phí phục vụ
pyramid-ind_relationship_value = giá trị quan hệ
pyramid-ind_lifetime_value = giá trị vòng đời
pyramid-ind_size_band = quy mô (1 siêu nhỏ đến 4 lớn)
pyramid-ind_age = tuổi
pyramid-ind_share_of_wallet = tỷ trọng chi tiêu
pyramid-ind_named = { $name } (từ danh sách)

## Scorecard

pyramid-scorecard_title = Thẻ điểm
pyramid-scorecard_intro = Bốn khía cạnh, mỗi khía cạnh là một bộ chỉ số có trọng số được chấm điểm 0–100: giá trị thực tế (tài chính, bán hàng) và giá trị tiềm năng (khách hàng, dịch vụ). Điểm cuối cùng là trung bình có trọng số của các khía cạnh.
pyramid-edit_aspect = Sửa khía cạnh “{ $name }”
pyramid-aspect_name = Tên khía cạnh
pyramid-aspect_weight = Trọng số khía cạnh
pyramid-aspects_caption = Các khía cạnh và trọng số
pyramid-col_aspect = Khía cạnh
pyramid-col_aspect_weight = Trọng số
pyramid-col_aspect_weight_how = Trọng số khía cạnh ÷ tổng trọng số các khía cạnh được giữ lại (khía cạnh không ai có điểm bị bỏ ra: 0 %)
pyramid-distribution_caption = Số khách hàng theo điểm thẻ điểm
pyramid-col_score_band = Điểm
pyramid-bin = { $from } đến dưới { $to }
pyramid-bin_last = { $from } đến { $to }
pyramid-top_caption = { $n } khách hàng có điểm thẻ điểm cao nhất
pyramid-col_final = Điểm cuối cùng
pyramid-col_final_how = { $formula }, trong đó w_i là trọng số của khía cạnh i và x_i là điểm của nó, trên các khía cạnh khách hàng có điểm
pyramid-scorecard_note = Điểm khía cạnh = { $formula }, trong đó w_i là trọng số của chỉ số i và x_i là chỉ số quy về thang 0–1 trên toàn danh sách, tính trên các chỉ số khách hàng có (đảo ngược khi thấp hơn là tốt hơn); điểm cuối cùng là trung bình có trọng số theo cùng cách của các khía cạnh khách hàng có. Giá trị chưa biết không bao giờ được tính điểm và không bao giờ tính là 0; chỉ số hoặc khía cạnh không ai có bị bỏ ra và trọng số của nó được chia lại, như ghi ở trên.
pyramid-chart_band = { $tier }: { $count } khách hàng, { $revenue } doanh thu, { $profit } lợi nhuận

## Ties, not rated, indicators left out

pyramid-ties_rule = Khách hàng có giá trị bằng nhau luôn cùng tầng hoặc cùng hạng: khi một điểm cắt sẽ tách một nhóm bằng nhau, cả nhóm được xếp vào tầng hoặc hạng cao hơn.
pyramid-ties_moved = Số khách hàng được đưa lên vì lý do này: { $count }.
pyramid-not_rated = Không xếp hạng ({ $count }): những khách hàng này không có giá trị cho { $basis }, nên không thuộc tầng hay hạng nào và được liệt kê riêng ở đây (các tỷ lệ ở trên là trên toàn danh sách).
pyramid-not_rated_caption = Khách hàng không được xếp hạng
pyramid-not_rated_short = không xếp hạng
pyramid-not_rated_more = Liệt kê { $shown } khách hàng đầu tiên trong số { $count }.
pyramid-seg_level_unknown = { $indicator }: chưa biết
pyramid-dropped_no_values = { $name } — { $indicator }: không khách hàng nào trong danh sách có chỉ số này; trọng số { $weight } của nó được chia cho các chỉ số còn lại.
pyramid-dropped_no_spread = { $name } — { $indicator }: mọi khách hàng có chỉ số này đều có cùng một giá trị, nên nó không phân biệt được họ; trọng số { $weight } của nó được chia cho các chỉ số còn lại.
pyramid-partial_scored = { $name }: { $count } khách hàng thiếu một số chỉ số; mỗi khách hàng được tính điểm trên các chỉ số mình có, trọng số của chúng được quy đổi để cộng lại bằng 1.
pyramid-composite_not_rated = { $name }: { $count } khách hàng không có chỉ số nào và không được xếp hạng (không thuộc tầng nào).
pyramid-aspect_dropped = { $aspect }: không khách hàng nào có giá trị cho bất kỳ chỉ số nào của khía cạnh này; trọng số { $weight } của nó được chia cho các khía cạnh còn lại.
pyramid-scorecard_partial = { $count } khách hàng thiếu một số chỉ số hoặc khía cạnh; mỗi khách hàng được tính điểm trên những gì mình có, trọng số được quy đổi để cộng lại bằng 1.
pyramid-scorecard_not_rated = { $count } khách hàng không có chỉ số nào và không có điểm (không xếp hạng).
pyramid-chart_ratings = Khách hàng và lợi nhuận theo xếp hạng
pyramid-chart_ratings_caption = Tỷ phần khách hàng và lợi nhuận của mỗi xếp hạng; bảng bên dưới có các số liệu.
pyramid-chart_share_axis = Tỷ phần (%)
pyramid-chart_migration = Gần tầng kế tiếp nhất
pyramid-chart_migration_caption = Các khách hàng trong kế hoạch chuyển tầng gần lên tầng nhất (tối đa mười), mỗi khách với khoảng cách tới tầng kế tiếp theo thước đo của kim tự tháp; bảng bên dưới có tất cả.
pyramid-col_room = Dư địa tăng trưởng
pyramid-col_room_how = Tổng chi tiêu của khách hàng trong ngành hàng − doanh thu của chúng ta: phần họ còn có thể mua thêm từ chúng ta (theo chi tiêu ngành hàng, nếu có).
pyramid-no_wallet = chưa có chi tiêu ngành hàng
