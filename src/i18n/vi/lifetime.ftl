### Vietnamese: Strings of the lifetime view.

lifetime-intro = Một khách hàng đáng giá bao nhiêu qua các năm: giá trị của một khách hàng, cái giá của việc khách rời bỏ, bảng nhóm khách hàng (cohort), các giai đoạn vòng đời và nơi nên dồn tiền giữ chân. Các công cụ tính chỉ giữ số liệu trong trang này; cài đặt về tỷ lệ rời bỏ, cohort và ngân sách được lưu cùng danh sách.
lifetime-year_n = Năm { $n }
lifetime-per_year_count = { $n } mỗi năm

## Individual LTV

lifetime-individual_title = Giá trị vòng đời của một khách hàng
lifetime-individual_intro = Bốn bước: vòng đời tính bằng năm, lợi nhuận ròng từng năm, chiết khấu từng năm, rồi cộng lại.
lifetime-ind_profit = Lợi nhuận mỗi lần mua
lifetime-ind_purchases = Số lần mua
lifetime-ind_period = Số lần mua tính cho
lifetime-per_month = mỗi tháng
lifetime-per_year = mỗi năm
lifetime-ind_years = Số năm là khách hàng
lifetime-ind_yearly = Lợi nhuận mỗi năm
lifetime-ind_yearly_how = Lợi nhuận mỗi lần mua × số lần mua mỗi năm = { $profit } × { $purchases } = { $yearly }.
lifetime-ind_undiscounted = Giá trị vòng đời, chưa chiết khấu
lifetime-ind_undiscounted_how = Lợi nhuận mỗi năm × số năm = { $yearly } × { $years } (năm lẻ được tính theo phần lẻ).
lifetime-ind_discounted = Giá trị vòng đời, đã chiết khấu
lifetime-ind_discounted_how = Σ trong { $years } năm của { $yearly } ÷ hệ số chiết khấu, với lãi suất chiết khấu d = { $rate }, { $convention }.

## By age

lifetime-age_title = Vòng đời theo tuổi: mức trần và số năm kỳ vọng
lifetime-age_intro = Mức trần theo tuổi thọ = (tuổi thọ trung bình − tuổi) × giá trị mỗi năm: số tiền khách hàng có thể mang lại nếu ở lại suốt đời, chưa tính đến lòng trung thành. Số năm còn lại kỳ vọng có tính đến lòng trung thành: { $formula }, trong đó c là tỷ lệ rời bỏ và L = tuổi thọ trung bình − tuổi.
lifetime-age_person_a = Khách hàng thứ nhất
lifetime-age_person_b = Khách hàng thứ hai
lifetime-age = Tuổi
lifetime-age_value = Giá trị mỗi năm
lifetime-age_remaining = { $who }: số năm còn lại
lifetime-age_remaining_how = Tuổi thọ trung bình − tuổi, không bao giờ dưới 0.
lifetime-age_total = { $who }: mức trần theo tuổi thọ
lifetime-age_how = ({ $life } − { $age }) = { $remaining } năm × { $yearly } mỗi năm (chưa chiết khấu): một mức trần, chưa tính đến lòng trung thành.
lifetime-age_expected = { $who }: số năm còn lại kỳ vọng
lifetime-age_expected_how = { $formula }, với L = { $remaining } năm và tỷ lệ rời bỏ { $churn }: { $years } năm. Khi L không phải số nguyên, cộng các năm trọn vẹn rồi phần lẻ f của năm cuối cộng thêm { $part_year }, trong đó c là tỷ lệ rời bỏ.
lifetime-age_expected_value = { $who }: giá trị kỳ vọng
lifetime-age_expected_value_how = { $years } năm × { $yearly } mỗi năm (chưa chiết khấu; LTV của danh sách còn chiết khấu từng năm).
lifetime-age_rule = Mọi giá trị vòng đời của danh sách (cùng các bảng xếp hạng, phân khúc giữ chân và tỷ lệ LTV : CAC dựa trên nó) đều dùng số năm còn lại kỳ vọng: với một người có tuổi, là tổng ở trên với tỷ lệ rời bỏ của loại thị trường của khách hàng (nếu không có thì dùng tỷ lệ rời bỏ của danh sách, xem Cài đặt); với một tổ chức hoặc khi không biết tuổi, không có tuổi thọ để dừng tổng, nên bằng 1 ÷ tỷ lệ rời bỏ, không giới hạn khi tỷ lệ rời bỏ bằng 0 (khi đó dùng vòng đời dài nhất được tính). Nhờ vậy cá nhân và tổ chức được định giá trên cùng một thang; mức trần chỉ để so sánh.
lifetime-age_churn = Tỷ lệ rời bỏ mỗi năm của hai khách hàng
lifetime-age_times = Theo mức trần, khách hàng thứ nhất có giá trị gấp { $times } lần khách hàng thứ hai; khi tính đến lòng trung thành, gấp { $expected_times } lần.

## Closed forms

lifetime-closed_title = Công thức đóng với tỷ lệ giữ chân không đổi
lifetime-closed_intro = Với biên lợi nhuận m mỗi năm, tỷ lệ giữ chân không đổi r và lãi suất chiết khấu d, tổng theo năm có công thức đóng.
lifetime-closed_m = Biên lợi nhuận mỗi năm (m)
lifetime-closed_r = Tỷ lệ giữ chân mỗi năm (r)
lifetime-closed_d = Lãi suất chiết khấu (d)
lifetime-closed_first = Tính cả năm đầu: m(1 + d) ÷ (1 + d − r)
lifetime-closed_first_how = { $m } × (1 + { $d }) ÷ (1 + { $d } − { $r }): năm đầu không chiết khấu, mỗi năm sau được giữ lại theo r và chiết khấu theo d.
lifetime-closed_variant = Từ lần gia hạn đầu: m·r ÷ (1 + d − r)
lifetime-closed_variant_how = { $m } × { $r } ÷ (1 + { $d } − { $r }): chỉ tính các năm sau khi khách hàng đã ở lại một lần.
lifetime-closed_every = Chiết khấu mọi năm: m ÷ (1 + d − r)
lifetime-closed_every_how = { $m } ÷ (1 + { $d } − { $r }): cùng tổng đó nhưng năm đầu cũng được chiết khấu.

## Churn

lifetime-churn_title = Tỷ lệ rời bỏ và vòng đời nhóm
lifetime-churn_intro = Tỷ lệ rời bỏ = số khách hàng mất đi trong năm ÷ số khách hàng đầu năm. Vòng đời nhóm = 1 ÷ tỷ lệ rời bỏ; số khách hàng mới cần có mỗi năm để giữ nguyên quy mô = tỷ lệ rời bỏ × số khách hàng. Tỷ lệ rời bỏ bằng 0 nghĩa là vòng đời không giới hạn.
lifetime-churn_lifetime_how = 1 ÷ tỷ lệ rời bỏ mỗi năm; không giới hạn khi tỷ lệ rời bỏ bằng 0.
lifetime-churn_need = Khách hàng mới cần có để giữ nguyên quy mô
lifetime-churn_need_value = { $n } mỗi năm
lifetime-churn_need_how = Tỷ lệ rời bỏ × số khách hàng = { $churn } × { $base } = { $n } mỗi năm.
lifetime-churn_no_benchmark = Nhập tỷ lệ rời bỏ của một doanh nghiệp để so sánh và xem mức chênh lệch tốn bao nhiêu mỗi năm.
lifetime-churn_benchmark_result = Với tỷ lệ rời bỏ { $ours }, danh sách này phải giành { $our_need } khách hàng mỗi năm; doanh nghiệp so sánh mất { $theirs }, cần { $their_need } mỗi năm và giữ khách hàng trong { $their_lifetime }.
lifetime-churn_extra_spend = Chênh lệch là { $extra } khách hàng mỗi năm; với chi phí thu hút { $cac } mỗi khách hàng, tức là mỗi năm phải chi thêm { $spend } chỉ để giữ nguyên quy mô.
lifetime-churn_extra_no_cac = Chênh lệch là { $extra } khách hàng mỗi năm; hãy nhập chi phí tiếp cận và số khách hàng mới (trang Chi phí và lợi nhuận) để quy ra tiền theo chi phí thu hút.
lifetime-firms_title = So sánh hai doanh nghiệp
lifetime-firm_a_base = Doanh nghiệp A: số khách hàng đầu năm
lifetime-firm_a_lost = Doanh nghiệp A: số khách hàng mất trong năm
lifetime-firm_b_base = Doanh nghiệp B: số khách hàng đầu năm
lifetime-firm_b_lost = Doanh nghiệp B: số khách hàng mất trong năm
lifetime-firm_cac = Chi phí thu hút mỗi khách hàng
lifetime-firms_caption = Tỷ lệ rời bỏ, vòng đời và nhu cầu bù đắp khách hàng của doanh nghiệp A và B
lifetime-firm_a = Doanh nghiệp A
lifetime-firm_b = Doanh nghiệp B
lifetime-firm_churn = Tỷ lệ rời bỏ
lifetime-firm_need = Khách hàng mới cần có

## Cohort

lifetime-cohort_title = Bảng giá trị vòng đời theo nhóm khách hàng (cohort)
lifetime-cohort_intro = Một nhóm khách hàng giành được trong năm 1, được theo dõi qua từng năm (theo Hughes, Strategic Database Marketing). Có thể sửa mọi ô đầu vào; thêm năm để theo dõi nhóm lâu hơn.
lifetime-cohort_size = Khách hàng giành được (quy mô nhóm)
lifetime-cohort_interest = Lãi suất (i)
lifetime-cohort_risk = Hệ số rủi ro (rf)
lifetime-cohort_rounding = Hệ số chiết khấu
lifetime-cohort_exact = chính xác (1,3456)
lifetime-cohort_rounded = làm tròn hai chữ số thập phân như Hughes in (1,35)
lifetime-cohort_add_year = Thêm một năm
lifetime-cohort_remove_year = Bỏ năm cuối
lifetime-cohort_year_added = Đã thêm một năm; bảng hiện có { $n } năm.
lifetime-cohort_year_removed = Đã bỏ năm cuối; bảng hiện có { $n } năm.
lifetime-cohort_caption = Bảng giá trị vòng đời theo nhóm khách hàng (tiền tính bằng { $currency })
lifetime-cohort_measure = Chỉ tiêu
lifetime-cohort_year = Năm
lifetime-cohort_cell = { $row }, năm { $year }
lifetime-cohort_retention = Tỷ lệ giữ chân
lifetime-cohort_orders = Số đơn hàng mỗi khách hàng
lifetime-cohort_order_value = Giá trị đơn hàng trung bình
lifetime-cohort_cost_rate = Tỷ lệ chi phí
lifetime-cohort_marketing = Chi phí marketing mỗi khách hàng
lifetime-cohort_customers = Khách hàng
lifetime-cohort_customers_how = năm 1 = quy mô nhóm; các năm sau = số khách hàng năm trước × tỷ lệ giữ chân năm trước
lifetime-cohort_revenue = Doanh thu
lifetime-cohort_revenue_how = số khách hàng × số đơn hàng × giá trị đơn hàng trung bình
lifetime-cohort_cost_of_sales = Giá vốn hàng bán
lifetime-cohort_cost_of_sales_how = doanh thu × tỷ lệ chi phí
lifetime-cohort_marketing_costs = Chi phí marketing
lifetime-cohort_marketing_costs_how = số khách hàng × chi phí marketing mỗi khách hàng (chi phí thu hút ở năm 1)
lifetime-cohort_total_costs = Tổng chi phí
lifetime-cohort_total_costs_how = giá vốn hàng bán + chi phí marketing
lifetime-cohort_profit = Lợi nhuận
lifetime-cohort_profit_how = doanh thu − tổng chi phí
lifetime-cohort_factor = Hệ số chiết khấu
lifetime-cohort_factor_how = { $formula }, chính xác hoặc làm tròn hai chữ số thập phân
lifetime-cohort_npv = Lợi nhuận NPV
lifetime-cohort_npv_how = lợi nhuận ÷ D_t
lifetime-cohort_cumulative = Lợi nhuận NPV lũy kế
lifetime-cohort_cumulative_how = tổng lợi nhuận NPV tính đến năm đó
lifetime-cohort_ltv = Giá trị vòng đời (LTV_t)
lifetime-cohort_ltv_how = lợi nhuận NPV lũy kế ÷ quy mô nhóm
lifetime-cohort_lessons = Bảng này cho thấy gì
lifetime-cohort_lesson_loss = Năm thu hút bị lỗ: lợi nhuận năm 1 là { $profit }.
lifetime-cohort_lesson_no_loss = Ngay năm thu hút đã có lãi { $profit }.
lifetime-cohort_lesson_leaver = Một khách hàng rời đi sau năm 1 gây tốn { $cost } (−LTV của năm 1).
lifetime-cohort_lesson_final = Chính việc giữ chân khách hàng làm nhóm có lãi: sau { $years } năm, mỗi khách hàng giành được có giá trị { $ltv }.
lifetime-gain_caption = LTV tăng thêm cho mỗi điểm giữ chân
lifetime-gain_where = Tăng một điểm giữ chân ở
lifetime-gain_value = LTV tăng thêm mỗi khách hàng giành được
lifetime-gain_all_years = Mọi năm
lifetime-gain_how = Thay đổi của LTV năm cuối khi tỷ lệ giữ chân của năm đó tăng một điểm phần trăm (tối đa 100 %). Tỷ lệ giữ chân của năm cuối chỉ có tác dụng khi thêm một năm nữa.
lifetime-chart_cumulative = Giá trị vòng đời mỗi khách hàng giành được, qua từng năm
lifetime-chart_cumulative_table = LTV mỗi khách hàng giành được theo năm

## Stages

lifetime-stages_title = Các giai đoạn vòng đời và lợi nhuận trọn đời
lifetime-stages_intro = Thăm dò (khách hàng tiềm năng đang tìm hiểu), hình thành (khách hàng mới, tăng trưởng nhanh), ổn định (đã gắn bó, lợi nhuận cao nhất), suy giảm. Lợi nhuận qua các giai đoạn thường có dạng chữ U ngược.
lifetime-chart_lifetime_profit = Lợi nhuận theo giai đoạn vòng đời
lifetime-stages_caption = Khách hàng và lợi nhuận theo giai đoạn vòng đời
lifetime-stage = Giai đoạn
lifetime-stage_none = Chưa có giai đoạn
lifetime-stage_count = Khách hàng
lifetime-stage_profit = Lợi nhuận mỗi năm
lifetime-stage_profit_how = Tổng lợi nhuận hằng năm của các khách hàng trong giai đoạn.
lifetime-stage_average = Lợi nhuận trung bình mỗi năm
lifetime-stage_average_how = Lợi nhuận mỗi năm ÷ số khách hàng.
lifetime-stage_lifetime = Lợi nhuận trọn đời
lifetime-stage_lifetime_how = Tổng của (cơ bản + bán chéo + tiết kiệm + giới thiệu) − (thu hút + giảm giá + thiệt hại do truyền miệng tiêu cực) trên các khách hàng của giai đoạn.
lifetime-stage_lifetime_average = Lợi nhuận trọn đời trung bình
lifetime-stage_lifetime_average_how = Lợi nhuận trọn đời ÷ số khách hàng.
lifetime-stages_note = Lợi nhuận cơ bản của một khách hàng = (lợi nhuận gộp − chi phí phục vụ) mỗi năm × số năm dự kiến (chưa chiết khấu); lợi nhuận bán chéo, khoản tiết kiệm chi phí, giá trị giới thiệu, giảm giá và thiệt hại do truyền miệng tiêu cực lấy từ các chỉ số cùng tên, bằng 0 khi không có.
lifetime-lp_title = Lợi nhuận trọn đời của một khách hàng
lifetime-lp_intro = Lợi nhuận trọn đời = tổng lợi nhuận − tổng đầu tư, tính bằng tiền trong suốt mối quan hệ.
lifetime-lp_base = Lợi nhuận cơ bản
lifetime-lp_cross = Lợi nhuận liên quan (bán chéo)
lifetime-lp_savings = Tiết kiệm chi phí
lifetime-lp_referral = Giá trị giới thiệu
lifetime-lp_acquisition = Chi phí thu hút
lifetime-lp_discounts = Giảm giá
lifetime-lp_damage = Thiệt hại do truyền miệng tiêu cực
lifetime-lp_total_profit = Tổng lợi nhuận
lifetime-lp_total_profit_how = Cơ bản + bán chéo + tiết kiệm + giới thiệu = { $base } + { $cross } + { $savings } + { $referral }.
lifetime-lp_investment = Tổng đầu tư
lifetime-lp_investment_how = Thu hút + giảm giá + thiệt hại do truyền miệng tiêu cực = { $acquisition } + { $discounts } + { $damage }.
lifetime-lp_lifetime = Lợi nhuận trọn đời
lifetime-lp_lifetime_how = Tổng lợi nhuận − tổng đầu tư = { $profit } − { $investment }.

## Retention budget

lifetime-retention_title = Ngân sách giữ chân theo phân khúc LTV
lifetime-retention_intro = Dành tiền giữ chân cho khách hàng có LTV cao, hướng chi phí thu hút vào những nhóm có khách hàng LTV cao, và không chi tiền để giữ khách hàng có LTV âm.
lifetime-segments_caption = Các phân khúc LTV và ngân sách giữ chân
lifetime-segment = Phân khúc
lifetime-segment_how = LTV âm tạo thành phân khúc riêng; số còn lại xếp theo LTV: 20 % đứng đầu là cao, 30 % tiếp theo là trung bình, còn lại là thấp.
lifetime-segment_high = LTV cao (20 % đứng đầu)
lifetime-segment_medium = LTV trung bình (30 % tiếp theo)
lifetime-segment_low = LTV thấp (phần còn lại)
lifetime-segment_negative = LTV âm
lifetime-segment_total = Tổng LTV
lifetime-segment_total_how = Tổng LTV của từng khách hàng (đã chiết khấu, theo cài đặt), mỗi LTV tính trên số năm còn lại kỳ vọng của khách hàng: { $formula }, trong đó c là tỷ lệ rời bỏ và L = tuổi thọ trung bình − tuổi, hoặc 1 ÷ tỷ lệ rời bỏ đối với tổ chức và khi không biết tuổi.
lifetime-segment_average = LTV trung bình
lifetime-segment_budget = Ngân sách giữ chân
lifetime-segment_budget_how = Ngân sách được chia cho phân khúc cao và trung bình theo tỷ lệ tổng LTV của chúng.
lifetime-segment_budget_each = Ngân sách mỗi khách hàng
lifetime-segment_action = Hành động đề xuất
lifetime-segment_note = Ngân sách của một phân khúc = ngân sách giữ chân × tổng LTV của phân khúc ÷ tổng LTV của phân khúc cao và trung bình; phân khúc thấp và âm không được phân bổ.
lifetime-action_retain = Ưu tiên chi để giữ chân
lifetime-action_nurture = Chi vừa phải để giữ chân
lifetime-action_maintain = Phục vụ bình thường, không chi thêm
lifetime-action_do_not_retain = Không chi để giữ chân
lifetime-flag_negative = {" "}— cảnh báo: LTV âm
lifetime-negative_note = { $count } khách hàng có giá trị vòng đời âm (tổng cộng { $total }); đừng chi tiền giữ chân cho họ.
lifetime-acquisition_title = Nên dồn chi phí thu hút vào đâu
lifetime-acquisition_intro = Những nhóm có LTV trung bình của khách hàng cao hơn mức trung bình của danh sách (và lớn hơn 0) là nơi khách hàng mới nhiều khả năng có LTV cao. LTV trung bình của danh sách:
lifetime-acquisition_caption = LTV trung bình theo loại thị trường và kênh
lifetime-acquisition_group = Nhóm
lifetime-acquisition_advice = Chi phí thu hút
lifetime-acquire_more = Dồn chi phí thu hút vào đây
lifetime-acquire_as_is = Giữ nguyên
lifetime-acquire_avoid = Tránh: khách hàng gây lỗ
lifetime-chart_ltv_axis = LTV mỗi khách hàng ({ $currency })
lifetime-chart_profit_axis = Lợi nhuận trung bình mỗi năm ({ $currency })

## Which figures the calculators show (issue 12, point 9)

lifetime-shown_list = Đang hiển thị: số liệu của danh sách “{ $list }”: { $how }.
lifetime-shown_example = Đang hiển thị: ví dụ mẫu: { $example }.
lifetime-shown_example_because = Đang hiển thị: ví dụ mẫu ({ $example }), vì { $reason }.
lifetime-shown_own = Đang hiển thị: số liệu của riêng bạn, như đã nhập vào các ô.
lifetime-use_example = Dùng ví dụ mẫu
lifetime-use_list = Dùng số liệu của danh sách này
lifetime-missing_customers = danh sách không có khách hàng nào
lifetime-missing_revenue = không khách hàng nào trong danh sách có doanh thu
lifetime-missing_ages = chưa đến hai khách hàng cá nhân có doanh thu trong danh sách có tuổi
lifetime-individual_example = một khách hàng 30 tuổi mua hai lần mỗi tháng, lợi nhuận 100 mỗi lần mua, trong 20 năm, chiết khấu 8 %
lifetime-individual_from_list = khách hàng trung bình có doanh thu của danh sách: lợi nhuận mỗi năm trước chi phí thu hút (lợi nhuận gộp − chi phí phục vụ) chia cho số lần mua mỗi năm (1 khi danh sách không có), trong vòng đời nhóm 1 ÷ tỷ lệ rời bỏ; lãi suất chiết khấu và quy ước lấy từ Cài đặt
lifetime-age_example = một khách hàng 20 tuổi chi 500 mỗi năm so với một khách hàng 70 tuổi chi 1.000 mỗi năm, tỷ lệ rời bỏ 20 %
lifetime-age_from_list = nửa trẻ hơn và nửa lớn tuổi hơn trong số khách hàng cá nhân có tuổi và có doanh thu (tuổi trung bình làm tròn theo năm, lợi nhuận gộp trung bình mỗi năm); tuổi thọ trung bình và tỷ lệ rời bỏ lấy từ Cài đặt
lifetime-closed_example = m = 100, r = 80 %, d = 10 %
lifetime-closed_from_list = m = lợi nhuận gộp − chi phí phục vụ trung bình mỗi năm của các khách hàng có doanh thu, r = 1 − tỷ lệ rời bỏ, d = lãi suất chiết khấu trong Cài đặt
lifetime-firms_example = công ty A có 100 khách hàng và mất 20 mỗi năm, công ty B có 100 và mất 10, chi phí thu hút 100
lifetime-firms_from_list = công ty A là danh sách này (số khách hàng của nó, và tỷ lệ rời bỏ × số khách hàng bị mất, làm tròn thành số nguyên), công ty B có cùng số khách hàng với tỷ lệ rời bỏ đem so sánh, cả hai theo chi phí thu hút của danh sách
lifetime-firms_no_benchmark = Chưa nhập tỷ lệ rời bỏ để so sánh: công ty B lấy mức { $churn } của ví dụ.
lifetime-firms_no_cac = Chưa biết chi phí thu hút của danh sách (nhập chi tiêu tiếp cận và số khách hàng mới ở mục Kinh tế): dùng mức { $cac } của ví dụ.
lifetime-cohort_example = nhóm 100.000 khách hàng của Hughes
lifetime-cohort_from_list = một nhóm có số khách hàng bằng danh sách, tỷ lệ giữ chân 1 − tỷ lệ rời bỏ, số đơn và giá trị đơn của khách hàng trung bình có doanh thu, tỷ lệ chi phí 1 − biên lợi nhuận gộp, chi phí thu hút + phục vụ trong năm 1 và chi phí phục vụ các năm sau, i = lãi suất chiết khấu với rf = 1, trong vòng đời nhóm (3 đến 10 năm); sửa bất kỳ ô nào để bảng thành của riêng bạn
lifetime-lp_example = lợi nhuận cơ bản 1.000, bán chéo 300, tiết kiệm 100, giới thiệu 200; thu hút 400, giảm giá 150, thiệt hại do giới thiệu tiêu cực 50
lifetime-lp_from_list = trung bình từng phần trên các khách hàng có doanh thu của danh sách
lifetime-stages_none = Không khách hàng nào trong danh sách này có giai đoạn vòng đời, nên không có lợi nhuận theo giai đoạn để vẽ. Hãy gán giai đoạn ở cột “Giai đoạn vòng đời” của bảng khách hàng, hoặc ánh xạ một cột lifecycle_stage khi nhập CSV (khám phá, hình thành, ổn định hoặc suy giảm).
lifetime-segments_not_rated = { $count } khách hàng không có doanh thu nên không có giá trị vòng đời: họ không được xếp hạng, không thuộc phân khúc nào và không được tính vào mọi tổng và trung bình ở đây.
lifetime-chart_retention = Ngân sách giữ chân theo phân khúc
lifetime-chart_retention_caption = Ngân sách giữ chân được phân bổ cho từng phân khúc; bảng bên dưới có các số liệu.
lifetime-chart_segment_axis = Phân khúc LTV
lifetime-chart_budget_axis = Ngân sách mỗi năm ({ $currency })
lifetime-ind_growth = Tăng trưởng lợi nhuận mỗi năm
lifetime-ind_growth_how = Lợi nhuận tăng { $growth } mỗi năm: { $formula }.
lifetime-stage_growth = Tăng trưởng lợi nhuận mỗi năm theo giai đoạn vòng đời
lifetime-stage_growth_note = Mỗi năm trong giá trị vòng đời của khách hàng, lợi nhuận tăng theo tỷ lệ của giai đoạn: lợi nhuận năm t = lợi nhuận × (1 + g)^(t−1). Để trống một giai đoạn nếu không tăng; “Tăng trưởng lợi nhuận” riêng của khách hàng được ưu tiên hơn của giai đoạn.
