<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AgencyChangeDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="49" />
        <source>Change agencies</source>
        <translation>Thay đổi cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="52" />
        <source>Add an agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="52" />
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="52" />
        <source>Merge</source>
        <translation>Hợp nhất</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="52" />
        <source>Split</source>
        <translation>Chia tách</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="52" />
        <source>End</source>
        <translation>Chấm dứt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="72" />
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="73" />
        <source>Effective from</source>
        <translation>Có hiệu lực từ ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="106" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="107" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="108" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="115" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="116" />
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="124" />
        <source>A new agency…</source>
        <translation>Một cơ quan mới…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="127" />
        <source>Merge these agencies</source>
        <translation>Hợp nhất các cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="128" />
        <source>Into</source>
        <translation>Thành</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="129" />
        <source>New agency's code</source>
        <translation>Mã cơ quan mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="130" />
        <source>New agency's name</source>
        <translation>Tên cơ quan mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="138" />
        <source>Agency to split</source>
        <translation>Cơ quan được chia tách</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="140" />
        <source>Choose which agency takes over each task:</source>
        <translation>Chọn cơ quan tiếp nhận từng nhiệm vụ:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="142" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="142" />
        <source>Successor</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="167" />
        <source>End these agencies</source>
        <translation>Chấm dứt hoạt động của các cơ quan</translation>
    </message>
</context>
<context>
    <name>AgencyView</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="122" />
        <source>Provincial departments</source>
        <translation>Sở, ban, ngành thuộc tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="123" />
        <source>District-level units</source>
        <translation>UBND cấp huyện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="124" />
        <source>Central agencies' branches</source>
        <translation>Cơ quan Trung ương đóng trên địa bàn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="125" />
        <source>Associations and unions</source>
        <translation>Hội, đoàn thể</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="126" />
        <source>Other agencies</source>
        <translation>Cơ quan, đơn vị khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="127" />
        <source>Groups of agencies</source>
        <translation>Nhóm cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="148" />
        <source>{name} (ended)</source>
        <translation>{name} (đã chấm dứt)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="174" />
        <source>Choose an agency on the left.</source>
        <translation>Chọn một cơ quan ở danh sách bên trái.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="206" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — leads {led} and coordinates {coordinated} tasks; period {period}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — chủ trì {led} và phối hợp {coordinated} nhiệm vụ; kỳ {period}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../gpa_desktop/cli.py" line="28" />
        <source>The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.
</source>
        <translation>Lệnh không hợp lệ: {detail}. Gõ gpa-desktop --help để xem danh sách lệnh.
</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="36" />
        <source>database file to open</source>
        <translation>tệp cơ sở dữ liệu cần mở</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="37" />
        <source>language: vi or en</source>
        <translation>ngôn ngữ: vi (tiếng Việt) hoặc en (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="39" />
        <source>Green Growth Action Plan of Gia Lai province.</source>
        <translation>Kế hoạch hành động tăng trưởng xanh tỉnh Gia Lai.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="41" />
        <source>open the main window, paint it once and exit</source>
        <translation>mở cửa sổ chính, vẽ một lần rồi thoát (kiểm tra nhanh)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="44" />
        <source>print the plan: groups, tasks, agencies</source>
        <translation>in kế hoạch: nhóm nhiệm vụ, nhiệm vụ, cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="45" />
        <location filename="../gpa_desktop/cli.py" line="47" />
        <location filename="../gpa_desktop/cli.py" line="49" />
        <location filename="../gpa_desktop/cli.py" line="60" />
        <location filename="../gpa_desktop/cli.py" line="121" />
        <source>print JSON</source>
        <translation>in dạng JSON</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="46" />
        <source>list agencies with the tasks they lead and coordinate</source>
        <translation>liệt kê các cơ quan cùng nhiệm vụ chủ trì và phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="48" />
        <source>list reporting periods and their due dates</source>
        <translation>liệt kê các kỳ báo cáo và hạn nộp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="51" />
        <source>create a reporting period or set its dates</source>
        <translation>tạo kỳ báo cáo hoặc đặt các mốc ngày của kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="52" />
        <source>2024, 2024-H1 or 2024-Q3</source>
        <translation>2024, 2024-H1 hoặc 2024-Q3</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="53" />
        <source>due date of the reports</source>
        <translation>hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="54" />
        <source>data cut-off date</source>
        <translation>ngày chốt số liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="57" />
        <source>who has reported for a period, on time or late</source>
        <translation>đơn vị nào đã báo cáo trong kỳ, đúng hạn hay trễ hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="62" />
        <source>add, rename, merge, split or end agencies</source>
        <translation>thêm, đổi tên, hợp nhất, chia tách hoặc chấm dứt cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="64" />
        <source>add an agency</source>
        <translation>thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="68" />
        <source>rename an agency from a date</source>
        <translation>đổi tên cơ quan kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="72" />
        <source>merge agencies into one from a date</source>
        <translation>hợp nhất các cơ quan thành một kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="75" />
        <source>name of the merged agency, when it is new</source>
        <translation>tên cơ quan sau hợp nhất, nếu là cơ quan mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="77" />
        <source>split an agency from a date</source>
        <translation>chia tách cơ quan kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="81" />
        <source>a successor and the tasks it takes over (repeat for each successor)</source>
        <translation>cơ quan kế thừa và các nhiệm vụ được giao lại (lặp lại cho từng cơ quan)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="84" />
        <source>end agencies from a date</source>
        <translation>chấm dứt hoạt động của cơ quan kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="88" />
        <source>write an agency's reporting workbook for a period</source>
        <translation>xuất sổ mẫu báo cáo của một cơ quan cho một kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="92" />
        <source>one workbook for every agency with tasks in the period</source>
        <translation>xuất một sổ cho mỗi cơ quan có nhiệm vụ trong kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="93" />
        <source>write the whole plan as a workbook</source>
        <translation>xuất toàn bộ kế hoạch ra tệp Excel</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="95" />
        <source>write every report of a period as a workbook</source>
        <translation>xuất tất cả báo cáo của một kỳ ra tệp Excel</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="98" />
        <source>import returned reporting workbooks</source>
        <translation>nhập các sổ báo cáo nhận về</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="100" />
        <source>check and show, write nothing</source>
        <translation>chỉ kiểm tra và hiển thị, không ghi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="101" />
        <source>in a conflict, take the workbook's value</source>
        <translation>khi xung đột, lấy giá trị trong tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="102" />
        <source>for a workbook that lost its identification</source>
        <translation>dùng cho tệp đã mất thông tin nhận dạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="104" />
        <source>write marked copies of files with refused rows</source>
        <translation>tạo bản phản hồi đánh dấu các dòng bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="105" />
        <source>print a report to PDF: an agency's, the province's, or the plan</source>
        <translation>in báo cáo ra PDF: của một cơ quan, tổng hợp của tỉnh, hoặc danh mục kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="108" />
        <source>the plan's task table</source>
        <translation>bảng danh mục nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="110" />
        <source>document number (left blank to write by hand)</source>
        <translation>số văn bản (để trống để ghi tay)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="111" />
        <source>document date (default: today)</source>
        <translation>ngày văn bản (mặc định: hôm nay)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="112" />
        <source>signer's name</source>
        <translation>họ tên người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="113" />
        <source>signer's title</source>
        <translation>chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="114" />
        <source>signing authority, e.g. "KT. GIÁM ĐỐC"</source>
        <translation>thẩm quyền ký, ví dụ "KT. GIÁM ĐỐC"</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="115" />
        <source>a recipient (repeat for each)</source>
        <translation>nơi nhận (lặp lại cho từng nơi)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="116" />
        <source>issuing agency of the province report</source>
        <translation>cơ quan ban hành báo cáo tổng hợp của tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="117" />
        <source>check a printed report's verification code</source>
        <translation>kiểm tra mã xác thực của báo cáo đã in</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="119" />
        <source>list the workbooks received</source>
        <translation>liệt kê các tệp đã nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="148" />
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="149" />
        <location filename="../gpa_desktop/cli.py" line="182" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="150" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="151" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="180" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="181" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="183" />
        <source>Coord.</source>
        <translation>Ph.hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="184" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="215" />
        <source>due</source>
        <translation>hạn nộp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="232" />
        <source>Period {code}: reports due {due}, data cut-off {cutoff}.</source>
        <translation>Kỳ {code}: hạn nộp báo cáo {due}, chốt số liệu {cutoff}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="255" />
        <source>Period {period}, reports due {due}</source>
        <translation>Kỳ {period}, hạn nộp {due}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="259" />
        <source>Expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</source>
        <translation>Phải nộp {expected}, đã nhận {received} ({ratio:.0%}), đúng hạn {on_time}, trễ hạn {late}, chưa nộp {missing}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="267" />
        <source>Not reported:</source>
        <translation>Chưa báo cáo:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="272" />
        <source>Reported late:</source>
        <translation>Nộp trễ hạn:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="276" />
        <source>Overdue tasks (dated deadline passed, not reported done): {tasks}</source>
        <translation>Nhiệm vụ quá hạn (đã qua thời hạn, chưa báo cáo hoàn thành): {tasks}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="302" />
        <source>Done: {count} changes recorded (batch {batch}).</source>
        <translation>Xong: đã ghi {count} thay đổi (lượt {batch}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="330" />
        <source>Wrote {file} ({rows} tasks).</source>
        <translation>Đã ghi {file} ({rows} nhiệm vụ).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="342" />
        <source>Wrote {file}.</source>
        <translation>Đã ghi {file}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="353" />
        <source>Wrote {file} ({rows} rows).</source>
        <translation>Đã ghi {file} ({rows} dòng).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="372" />
        <source>already received on {day:%d/%m/%Y %H:%M}; nothing changed.</source>
        <translation>đã nhận ngày {day:%d/%m/%Y %H:%M}; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="375" />
        <source>{agency}, period {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {errors} rows refused.</source>
        <translation>{agency}, kỳ {period}: {new} dòng mới, {changed} thay đổi, {unchanged} không đổi, {conflicts} xung đột, {errors} dòng bị từ chối.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="384" />
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="394" />
        <source>Feedback for the sender: {file}</source>
        <translation>Tệp phản hồi gửi lại cơ quan: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="399" />
        <source>Applied: {applied} rows written, {kept} conflicts kept as they were.</source>
        <translation>Đã nhập: ghi {applied} dòng, giữ nguyên {kept} ô xung đột.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="433" />
        <source>superseded by {file}</source>
        <translation>đã được thay bằng {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="474" />
        <source>Wrote {file} ({pages} pages).</source>
        <translation>Đã ghi {file} ({pages} trang).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="476" />
        <source>Verification code: {code}</source>
        <translation>Mã xác thực: {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="489" />
        <source>No report with the code {code} was issued from this database.</source>
        <translation>Cơ sở dữ liệu này chưa phát hành báo cáo nào có mã {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="491" />
        <source>the province</source>
        <translation>cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="494" />
        <source>OK: the report of {what}, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</source>
        <translation>ĐÚNG: báo cáo của {what}, kỳ {period}, ngày {day:%d/%m/%Y} khớp hoàn toàn với dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="501" />
        <source>CHANGED: the records differ from the report of {what}, period {period}, dated {day:%d/%m/%Y}:</source>
        <translation>ĐÃ THAY ĐỔI: dữ liệu hiện nay khác với báo cáo của {what}, kỳ {period}, ngày {day:%d/%m/%Y}:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="555" />
        <source>An unexpected error stopped the command. Details were written to the log.</source>
        <translation>Lệnh bị dừng do một lỗi không lường trước. Chi tiết đã được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="77" />
        <source>On time {on_time}, late {late}, missing {missing}</source>
        <translation>Đúng hạn {on_time}, trễ hạn {late}, chưa nộp {missing}</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="151" />
        <source>Period {period} (due {due:%d/%m/%Y}): expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</source>
        <translation>Kỳ {period} (hạn nộp {due:%d/%m/%Y}): phải nộp {expected}, đã nhận {received} ({ratio:.0%}), đúng hạn {on_time}, trễ hạn {late}, chưa nộp {missing}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="161" />
        <source>{name}: {missing} of {expected} missing</source>
        <translation>{name}: chưa nộp {missing}/{expected}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="168" />
        <source>{name}: late for {tasks}</source>
        <translation>{name}: nộp trễ các nhiệm vụ {tasks}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="174" />
        <source>Not reported ({count})</source>
        <translation>Chưa báo cáo ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="175" />
        <source>Reported late ({count})</source>
        <translation>Nộp trễ hạn ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="176" />
        <source>Overdue tasks ({count})</source>
        <translation>Nhiệm vụ quá hạn ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="182" />
        <source>Choose a cell to see the missing and late tasks.</source>
        <translation>Chọn một ô để xem các nhiệm vụ chưa nộp và nộp trễ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="187" />
        <source>Nothing expected in this period.</source>
        <translation>Kỳ này cơ quan không phải báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="191" />
        <source>Missing: {code} {title}</source>
        <translation>Chưa nộp: {code} {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="193" />
        <source>Late: {code} {title}</source>
        <translation>Nộp trễ: {code} {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="195" />
        <source>All reports received on time.</source>
        <translation>Đã nhận đủ báo cáo, đúng hạn.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="77" />
        <source>Report status by task group, period {period}</source>
        <translation>Tình trạng báo cáo theo nhóm nhiệm vụ, kỳ {period}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="80" />
        <source>No status</source>
        <translation>Chưa cập nhật</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="87" />
        <source>Group {code}</source>
        <translation>Nhóm {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="97" />
        <source>Reports received by kind of agency (%)</source>
        <translation>Tỷ lệ báo cáo đã nhận theo loại cơ quan (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="99" />
        <source>Departments</source>
        <translation>Sở, ban</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="100" />
        <source>Districts</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="101" />
        <source>Central branches</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="102" />
        <source>Associations</source>
        <translation>Hội, đoàn thể</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="103" />
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="112" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="131" />
        <source>Average progress over periods (%)</source>
        <translation>Tiến độ bình quân qua các kỳ (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="133" />
        <source>Average progress</source>
        <translation>Tiến độ bình quân</translation>
    </message>
</context>
<context>
    <name>DutyTableModel</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="38" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="38" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="38" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="38" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="38" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="65" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="65" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="66" />
        <source>{role} (through {group})</source>
        <translation>{role} (qua {group})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="41" />
        <source>Import returned workbooks</source>
        <translation>Nhập các sổ báo cáo nhận về</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="50" />
        <source>Task / field</source>
        <translation>Nhiệm vụ / trường</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="50" />
        <source>Now in the database</source>
        <translation>Hiện có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="50" />
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="50" />
        <source>Decision</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="57" />
        <source>Take the file's value in every conflict</source>
        <translation>Lấy giá trị trong tệp cho mọi xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="58" />
        <source>Keep the database's value in every conflict</source>
        <translation>Giữ giá trị hiện có cho mọi xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="61" />
        <source>Feedback file for the sender…</source>
        <translation>Tạo tệp phản hồi gửi cơ quan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="63" />
        <source>Import the ticked files</source>
        <translation>Nhập các tệp đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="67" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="80" />
        <source>Refused rows and warnings:</source>
        <translation>Dòng bị từ chối và cảnh báo:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="132" />
        <source>{file}: refused</source>
        <translation>{file}: bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="134" />
        <source>{file}: already received on {day:%d/%m/%Y}</source>
        <translation>{file}: đã nhận ngày {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="135" />
        <source>{file}: {agency}, {period} — {new} new, {changed} changed, {conflicts} conflicts, {errors} refused</source>
        <translation>{file}: {agency}, {period} — {new} mới, {changed} thay đổi, {conflicts} xung đột, {errors} bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="156" />
        <source>&lt;b&gt;{agency}&lt;/b&gt; ({code}) — period {period} — plan {revision}</source>
        <translation>&lt;b&gt;{agency}&lt;/b&gt; ({code}) — kỳ {period} — kế hoạch {revision}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="160" />
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="160" />
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="160" />
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="171" />
        <source>take the file's value</source>
        <translation>lấy giá trị trong tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="174" />
        <source>apply</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="174" />
        <source>keep the database's</source>
        <translation>giữ giá trị hiện có</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="178" />
        <source>row {row}</source>
        <translation>dòng {row}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="212" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="212" />
        <source>{file} was not imported: {reason}</source>
        <translation>Chưa nhập được {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="216" />
        <source>{file}: imported — {applied} rows written</source>
        <translation>{file}: đã nhập — ghi {applied} dòng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="228" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="233" />
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="228" />
        <source>This file has no refused rows.</source>
        <translation>Tệp này không có dòng nào bị từ chối.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="230" />
        <source>Folder for the feedback file</source>
        <translation>Thư mục lưu tệp phản hồi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="233" />
        <source>Written: {file}</source>
        <translation>Đã ghi: {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="67" />
        <source>GPA Desktop – {title}</source>
        <translation>GPA Desktop – {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="105" />
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="108" />
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="110" />
        <source>Reporting</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="112" />
        <location filename="../gpa_desktop/ui/main_window.py" line="413" />
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="138" />
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="148" />
        <source>Filter: code, text or agency (diacritics optional)</source>
        <translation>Lọc: mã, nội dung hoặc cơ quan (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="152" />
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="158" />
        <source>Any role</source>
        <translation>Mọi vai trò</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="158" />
        <location filename="../gpa_desktop/ui/main_window.py" line="337" />
        <location filename="../gpa_desktop/ui/main_window.py" line="372" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="158" />
        <location filename="../gpa_desktop/ui/main_window.py" line="338" />
        <location filename="../gpa_desktop/ui/main_window.py" line="372" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="162" />
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="165" />
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="168" />
        <source>Any deadline</source>
        <translation>Mọi thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="175" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="198" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="199" />
        <source>Open another database…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="200" />
        <source>New database from the built-in plan…</source>
        <translation>Tạo cơ sở dữ liệu mới từ kế hoạch có sẵn…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="201" />
        <source>Back up the database…</source>
        <translation>Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="203" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="205" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="206" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="209" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="216" />
        <source>Edit the selected task…</source>
        <translation>Sửa nhiệm vụ đang chọn…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="218" />
        <source>E&amp;xchange</source>
        <translation>T&amp;rao đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="219" />
        <source>Import returned workbooks…</source>
        <translation>Nhập tệp báo cáo nhận về…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="220" />
        <source>Export reporting templates…</source>
        <translation>Xuất mẫu báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="221" />
        <source>Export the plan…</source>
        <translation>Xuất kế hoạch…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="222" />
        <source>Export the period summary…</source>
        <translation>Xuất tổng hợp kỳ báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="224" />
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="225" />
        <source>Agency report…</source>
        <translation>Báo cáo của cơ quan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="226" />
        <source>Province report…</source>
        <translation>Báo cáo tổng hợp của tỉnh…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="227" />
        <source>Plan listing…</source>
        <translation>Danh mục nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="228" />
        <source>Verify a report code…</source>
        <translation>Kiểm tra mã xác thực báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="230" />
        <source>&amp;Lists</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="231" />
        <source>Reporting periods…</source>
        <translation>Kỳ báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="232" />
        <source>Agency changes…</source>
        <translation>Thay đổi cơ quan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="234" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="235" />
        <source>Expand all</source>
        <translation>Mở rộng tất cả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="236" />
        <source>Collapse all</source>
        <translation>Thu gọn tất cả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="237" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="239" />
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="240" />
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="241" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="245" />
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="259" />
        <source>the province (all agencies)</source>
        <translation>cấp tỉnh (tất cả cơ quan)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="260" />
        <source> — read-only</source>
        <translation> — chế độ chỉ xem</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="262" />
        <source>Database: {path} — this installation: {who}{mode}</source>
        <translation>Cơ sở dữ liệu: {path} — máy này thuộc: {who}{mode}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="336" />
        <source>Task {code}</source>
        <translation>Nhiệm vụ {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="339" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="340" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="354" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="354" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="354" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="354" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="432" />
        <source>Edit task {code}</source>
        <translation>Sửa nhiệm vụ {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="437" />
        <source>Import returned workbooks</source>
        <translation>Nhập các sổ báo cáo nhận về</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="437" />
        <location filename="../gpa_desktop/ui/main_window.py" line="462" />
        <location filename="../gpa_desktop/ui/main_window.py" line="486" />
        <location filename="../gpa_desktop/ui/main_window.py" line="498" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="441" />
        <source>Import {file}</source>
        <translation>Nhập {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="451" />
        <location filename="../gpa_desktop/ui/main_window.py" line="453" />
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="462" />
        <source>Export the reporting workbook</source>
        <translation>Xuất sổ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="468" />
        <location filename="../gpa_desktop/ui/main_window.py" line="490" />
        <location filename="../gpa_desktop/ui/main_window.py" line="504" />
        <location filename="../gpa_desktop/ui/main_window.py" line="522" />
        <source>Written: {file}</source>
        <translation>Đã ghi: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="472" />
        <source>Folder for the reporting workbooks</source>
        <translation>Thư mục lưu các sổ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="479" />
        <source>{count} workbooks written to {folder}.</source>
        <translation>Đã ghi {count} sổ vào {folder}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="486" />
        <source>Export the plan</source>
        <translation>Xuất kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="498" />
        <source>Export the period summary</source>
        <translation>Xuất tổng hợp kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="517" />
        <source>Save the plan listing</source>
        <translation>Lưu danh mục nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="517" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="552" />
        <source>Agency change</source>
        <translation>Thay đổi cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="564" />
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="564" />
        <source>GPA Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu GPA Desktop (*.sqlite3 *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="569" />
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="569" />
        <location filename="../gpa_desktop/ui/main_window.py" line="581" />
        <source>GPA Desktop database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu GPA Desktop (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="581" />
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="584" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="599" />
        <location filename="../gpa_desktop/ui/main_window.py" line="603" />
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="603" />
        <source>The database was copied to {path}.</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào {path}.</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="36" />
        <source>Reporting periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="40" />
        <source>2025, 2025-H1 or 2025-Q3</source>
        <translation>2025, 2025-H1 hoặc 2025-Q3</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="50" />
        <source>Save period</source>
        <translation>Lưu kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="54" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="55" />
        <source>Reports due</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="56" />
        <source>Data cut-off</source>
        <translation>Ngày chốt số liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="78" />
        <source>{code} — due {due:%d/%m/%Y}</source>
        <translation>{code} — hạn nộp {due:%d/%m/%Y}</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="132" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="132" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="132" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="132" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="132" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="132" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="34" />
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="35" />
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="36" />
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="37" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="38" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="39" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="40" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="41" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="42" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="43" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="44" />
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="45" />
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="46" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="47" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="48" />
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="49" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="50" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="51" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="52" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="53" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="54" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="55" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="14" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="15" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="16" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="17" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="18" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="19" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="20" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="21" />
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="22" />
        <source>Abort</source>
        <translation>Huỷ bỏ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="23" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="24" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="25" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="26" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="27" />
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="28" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="29" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="30" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="31" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="32" />
        <source>Don't Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="33" />
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="56" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="57" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="58" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="59" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="60" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="61" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="62" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="38" />
        <source>Agency report</source>
        <translation>Báo cáo của cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="38" />
        <source>Province report</source>
        <translation>Báo cáo tổng hợp của tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="46" />
        <source>leave empty to write it by hand</source>
        <translation>để trống để ghi tay</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="59" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="60" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="60" />
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="61" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="62" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="63" />
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="64" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="65" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="66" />
        <source>Recipients (one per line)</source>
        <translation>Nơi nhận (mỗi nơi một dòng)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="91" />
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="91" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="94" />
        <source>Preparing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="67" />
        <location filename="../gpa_desktop/ui/report_form.py" line="157" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="68" />
        <location filename="../gpa_desktop/ui/report_form.py" line="157" />
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="69" />
        <location filename="../gpa_desktop/ui/report_form.py" line="157" />
        <source>Results achieved</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="70" />
        <location filename="../gpa_desktop/ui/report_form.py" line="158" />
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="71" />
        <location filename="../gpa_desktop/ui/report_form.py" line="158" />
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="72" />
        <location filename="../gpa_desktop/ui/report_form.py" line="159" />
        <source>Budget (million VND)</source>
        <translation>Kinh phí (triệu đồng)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="73" />
        <location filename="../gpa_desktop/ui/report_form.py" line="159" />
        <source>Documents, evidence</source>
        <translation>Văn bản, minh chứng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="82" />
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="83" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="84" />
        <source>Other agencies</source>
        <translation>Cơ quan, đơn vị khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="129" />
        <source>&lt;b&gt;{task}&lt;/b&gt; — {agency} — period {period}</source>
        <translation>&lt;b&gt;{task}&lt;/b&gt; — {agency} — kỳ {period}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="152" />
        <source>import of {file}</source>
        <translation>nhập từ tệp {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="154" />
        <source>{when} {who}: report created ({source})</source>
        <translation>{when} {who}: tạo báo cáo ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="161" />
        <source>{when} {who}: {field} {old} → {new} ({source})</source>
        <translation>{when} {who}: {field} {old} → {new} ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="197" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="201" />
        <source>Edit report {task} of {agency}</source>
        <translation>Sửa báo cáo nhiệm vụ {task} của {agency}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="15" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="18" />
        <source>The province's focal department (sees every agency)</source>
        <translation>Cơ quan đầu mối cấp tỉnh (xem tất cả cơ quan)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="26" />
        <source>e.g. KT. GIÁM ĐỐC (leave empty when the head signs)</source>
        <translation>ví dụ KT. GIÁM ĐỐC (để trống nếu thủ trưởng ký)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="28" />
        <source>This installation belongs to</source>
        <translation>Máy này thuộc cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="29" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="30" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="31" />
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../gpa_desktop/app.py" line="37" />
        <source>{message}

Open it read-only?</source>
        <translation>{message}

Mở ở chế độ chỉ xem?</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="38" />
        <source>Task {code}</source>
        <translation>Nhiệm vụ {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="46" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="47" />
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="48" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="49" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="64" />
        <source>Lead (Chủ trì)</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="64" />
        <source>Coordinating (Phối hợp)</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="70" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="75" />
        <source>Activities (double-click to edit):</source>
        <translation>Hoạt động (nhấp đúp để sửa):</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="104" />
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../gpa_desktop/domain/periods.py" line="53" />
        <source>"{text}" is not a reporting period. Write a year (2024), a half-year (2024-H1) or a quarter (2024-Q3).</source>
        <extracomment>Days after a period's end by which its reports are due, unless the province sets another date.</extracomment>
        <translation>"{text}" không phải là kỳ báo cáo. Hãy ghi năm (2024), 6 tháng (2024-H1) hoặc quý (2024-Q3).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/periods.py" line="61" />
        <source>The year {year} is out of range.</source>
        <translation>Năm {year} nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/periods.py" line="65" />
        <source>A year has two halves: H1 and H2, not H{number}.</source>
        <translation>Một năm chỉ có hai kỳ 6 tháng: H1 và H2, không có H{number}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="227" />
        <source>The plan file is not valid: {reason}</source>
        <extracomment>The day the plan's structure (agencies, their roles, collectives' members) is taken to start.</extracomment>
        <translation>Tệp kế hoạch không hợp lệ: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="55" />
        <source>The status "{status}" is not in the status list.</source>
        <extracomment>openpyxl/Excel cannot hold more in one cell; we refuse rather than cut.</extracomment>
        <translation>Tình trạng "{status}" không có trong danh mục tình trạng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="60" />
        <source>Progress must be a whole number from 0 to 100, not {value}.</source>
        <translation>Tiến độ phải là số nguyên từ 0 đến 100, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="65" />
        <source>The budget must be a number of million VND, zero or more, not {value}.</source>
        <translation>Kinh phí phải là số triệu đồng, từ 0 trở lên, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="71" />
        <source>A text is longer than {limit} characters and cannot be stored whole.</source>
        <translation>Có nội dung dài quá {limit} ký tự nên không thể lưu trọn vẹn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agencies.py" line="53" />
        <source>No agency is called "{text}".</source>
        <translation>Không có cơ quan nào tên hoặc mã là "{text}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="33" />
        <source>The backup copy failed its integrity check: {detail}</source>
        <extracomment>progress(done_pages, total_pages)</extracomment>
        <translation>Bản sao lưu không đạt kiểm tra toàn vẹn: {detail}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/changes.py" line="169" />
        <source>There is nothing to undo.</source>
        <translation>Không có thao tác nào để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="69" />
        <source>Cannot read the file {path}: {reason}</source>
        <extracomment>Schema revisions this version of the app knows, oldest first; the last is current.</extracomment>
        <translation>Không đọc được tệp {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="74" />
        <source>The file {path} is not a GPA Desktop database.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu GPA Desktop.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="91" />
        <source>The database file {path} is damaged and cannot be opened.</source>
        <translation>Tệp cơ sở dữ liệu {path} bị hỏng, không mở được.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="102" />
        <source>The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>Tệp cơ sở dữ liệu {path} chỉ cho phép đọc. Hãy chép tệp sang thư mục có quyền ghi, hoặc đổi quyền của tệp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="133" />
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="139" />
        <source>The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của GPA Desktop. Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="148" />
        <source>The database {path} must be opened normally once before it can be viewed.</source>
        <translation>Cơ sở dữ liệu {path} cần được mở bình thường một lần trước khi có thể mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="205" />
        <source>This database is open read-only; the change was not saved.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem; thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/migrations.py" line="43" />
        <source>Upgrading {path} left broken references; the copy made before the upgrade is at {backup}.</source>
        <translation>Nâng cấp {path} để lại liên kết dữ liệu bị hỏng; bản sao trước khi nâng cấp nằm tại {backup}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="24" />
        <location filename="../gpa_desktop/storage/reports.py" line="21" />
        <source>There is no task {code} in the plan.</source>
        <translation>Kế hoạch không có nhiệm vụ {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="38" />
        <source>Write the deadline, for example "Năm 2025" or "Thường xuyên".</source>
        <translation>Hãy ghi thời hạn, ví dụ "Năm 2025" hoặc "Thường xuyên".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="50" />
        <source>A task needs at least one activity, and no activity can be empty.</source>
        <translation>Nhiệm vụ phải có ít nhất một hoạt động và không hoạt động nào được để trống.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="81" />
        <source>A task needs at least one lead agency.</source>
        <translation>Nhiệm vụ phải có ít nhất một cơ quan chủ trì.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="117" />
        <location filename="../gpa_desktop/exchange/safety.py" line="39" />
        <source>Cannot read the file {name}: {reason}</source>
        <translation>Không đọc được tệp {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="134" />
        <source>The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the agency to fill a fresh template.</source>
        <translation>Thông tin nhận dạng trong tệp {name} không khớp với nội dung: tệp đã bị sửa hoặc ghép từ tệp khác. Đề nghị cơ quan điền lại trên sổ mẫu mới.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="140" />
        <source>The file {name} has lost the data that says which agency and period it is for (was it copied into a new file?). Import it again naming the agency and the period.</source>
        <translation>Tệp {name} đã mất thông tin cho biết của cơ quan nào, kỳ nào (có thể đã được chép sang tệp mới). Hãy nhập lại và chỉ rõ cơ quan, kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="147" />
        <source>The file {name} was made by a newer version of GPA Desktop. Install the newer version to import it.</source>
        <translation>Tệp {name} được tạo bởi phiên bản GPA Desktop mới hơn. Hãy cài phiên bản mới hơn để nhập.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="153" />
        <source>The file {name} was made for another plan ({revision}) than the one in this database.</source>
        <translation>Tệp {name} được tạo cho một kế hoạch khác ({revision}), không phải kế hoạch trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="166" />
        <source>The file {name} is for {agency}, period {period}, not for the agency and period given.</source>
        <translation>Tệp {name} là của {agency}, kỳ {period}, không phải cơ quan và kỳ đã chọn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="172" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="27" />
        <location filename="../gpa_desktop/storage/plan_edits.py" line="86" />
        <location filename="../gpa_desktop/storage/reports.py" line="28" />
        <source>There is no agency with the code {code}.</source>
        <translation>Không có cơ quan nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="183" />
        <source>Row {row}: {agency} is not assigned to task {code}; the row was not taken.</source>
        <translation>Dòng {row}: {agency} không được giao nhiệm vụ {code}; dòng này không được nhận.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="188" />
        <source>Row {row}: task {code} appears twice; only its first row was taken.</source>
        <translation>Dòng {row}: nhiệm vụ {code} xuất hiện hai lần; chỉ nhận dòng đầu tiên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="35" />
        <source>An agency named "{name}" already exists ({code}).</source>
        <translation>Đã có cơ quan tên "{name}" ({code}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="44" />
        <source>{name} is a group of agencies; change its members instead.</source>
        <translation>{name} là một nhóm cơ quan; hãy thay đổi thành viên của nhóm.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="48" />
        <source>{name} already ended on {day:%d/%m/%Y}.</source>
        <translation>{name} đã chấm dứt hoạt động từ ngày {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="84" />
        <source>The change must take effect after {day:%d/%m/%Y}, when {name} took up its tasks.</source>
        <translation>Thay đổi phải có hiệu lực sau ngày {day:%d/%m/%Y}, là ngày {name} bắt đầu nhận nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="163" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="185" />
        <source>An agency needs a code and a name.</source>
        <translation>Cơ quan phải có mã và tên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="165" />
        <source>The code {code} is already used by another agency.</source>
        <translation>Mã {code} đã được dùng cho cơ quan khác.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="205" />
        <source>Choose the agencies to merge.</source>
        <translation>Hãy chọn các cơ quan cần hợp nhất.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="217" />
        <source>{name} cannot be merged into itself.</source>
        <translation>Không thể hợp nhất {name} vào chính nó.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="257" />
        <source>{name} is not assigned to the tasks {tasks}.</source>
        <translation>{name} không được giao các nhiệm vụ {tasks}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="264" />
        <source>Choose a successor for the tasks {tasks}.</source>
        <translation>Hãy chọn cơ quan kế thừa cho các nhiệm vụ {tasks}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/dates.py" line="26" />
        <source>"{text}" is not a date. Write it as dd/mm/yyyy, for example 01/03/2025.</source>
        <translation>"{text}" không phải là ngày hợp lệ. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 01/03/2025.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/periods.py" line="54" />
        <source>The due date {day:%d/%m/%Y} is before the period starts.</source>
        <translation>Hạn nộp {day:%d/%m/%Y} sớm hơn ngày bắt đầu kỳ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/instance_lock.py" line="27" />
        <source>The database {path} is already open in another copy of GPA Desktop ({holder}). Close that copy first, or open this one read-only.</source>
        <translation>Cơ sở dữ liệu {path} đang được mở bởi một cửa sổ GPA Desktop khác ({holder}). Hãy đóng cửa sổ đó trước, hoặc mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="313" />
        <source>Name one agency with --agency (and -o FILE), or use --all DIR.</source>
        <translation>Hãy chỉ một cơ quan bằng --agency (kèm -o TỆP), hoặc dùng --all THƯ_MỤC.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="452" />
        <source>Name the period with --period, or ask for the plan with --plan.</source>
        <translation>Hãy chỉ kỳ báo cáo bằng --period, hoặc dùng --plan để in danh mục kế hoạch.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="187" />
        <location filename="../gpa_desktop/exchange/safety.py" line="52" />
        <location filename="../gpa_desktop/exchange/safety.py" line="66" />
        <location filename="../gpa_desktop/exchange/safety.py" line="82" />
        <source>The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete.</source>
        <translation>Tệp {name} không phải là sổ Excel (.xlsx), hoặc đã bị hỏng hay không đầy đủ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="195" />
        <source>The file uses an old Vietnamese font (TCVN3/.VnTime or VNI); text typed in it shows as garbage. Convert it to Unicode before sending.</source>
        <translation>Tệp dùng phông chữ tiếng Việt cũ (TCVN3/.VnTime hoặc VNI); chữ gõ bằng phông này sẽ bị lỗi. Hãy chuyển sang Unicode trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="208" />
        <source>The file {name} has no header row with a "{anchor}" cell; it is not a reporting workbook.</source>
        <translation>Tệp {name} không có dòng tiêu đề chứa ô "{anchor}"; đây không phải sổ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="217" />
        <source>The file {name} lacks the columns {columns}.</source>
        <translation>Tệp {name} thiếu các cột {columns}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="234" />
        <source>Row {row}: "{code}" is not a task code.</source>
        <translation>Dòng {row}: "{code}" không phải là mã nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="245" />
        <source>Task {code}: the cell holds a formula; type the value itself.</source>
        <translation>Nhiệm vụ {code}: ô chứa công thức; hãy nhập trực tiếp giá trị.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="263" />
        <source>Task {code}: "{value}" is not a status in the list.</source>
        <translation>Nhiệm vụ {code}: "{value}" không có trong danh mục tình trạng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="268" />
        <source>Task {code}: the text is longer than {limit} characters.</source>
        <translation>Nhiệm vụ {code}: nội dung dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="273" />
        <source>Task {code}: progress must be a whole number from 0 to 100, not "{value}".</source>
        <translation>Nhiệm vụ {code}: tiến độ phải là số nguyên từ 0 đến 100, không phải "{value}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="275" />
        <source>Task {code}: the budget must be a number of million VND, zero or more, not "{value}".</source>
        <translation>Nhiệm vụ {code}: kinh phí phải là số triệu đồng, từ 0 trở lên, không phải "{value}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="41" />
        <source>The file {name} is too large for a reporting workbook.</source>
        <translation>Tệp {name} quá lớn so với một sổ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="44" />
        <source>The file {name} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as .xlsx.</source>
        <translation>Tệp {name} bị đặt mật khẩu hoặc ở định dạng .xls cũ. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành .xlsx.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="61" />
        <source>The file {name} is an OpenDocument (.ods) file. Save it as Excel (.xlsx) and send it again.</source>
        <translation>Tệp {name} ở định dạng OpenDocument (.ods). Hãy lưu thành Excel (.xlsx) rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="74" />
        <source>The file {name} unpacks to far more data than a reporting workbook holds; it was not opened.</source>
        <translation>Tệp {name} giải nén ra nhiều dữ liệu hơn hẳn một sổ báo cáo; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="97" />
        <source>The file {name} contains XML constructs that workbooks never use; it was not opened.</source>
        <translation>Tệp {name} chứa cấu trúc XML mà sổ Excel không bao giờ dùng; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="105" />
        <source>The file {name} has more than {limit} rows in a sheet; a reporting workbook has far fewer.</source>
        <translation>Tệp {name} có trang tính hơn {limit} dòng; sổ báo cáo ít hơn nhiều.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="121" />
        <source>Verify a report code</source>
        <translation>Kiểm tra mã xác thực báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="126" />
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="130" />
        <source>Verification code printed on the report:</source>
        <translation>Mã xác thực in trên báo cáo:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="145" />
        <source>No report with the code {code} was issued from this database.</source>
        <translation>Cơ sở dữ liệu này chưa phát hành báo cáo nào có mã {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="147" />
        <source>the province</source>
        <translation>cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="150" />
        <source>OK: the report of {what}, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</source>
        <translation>ĐÚNG: báo cáo của {what}, kỳ {period}, ngày {day:%d/%m/%Y} khớp hoàn toàn với dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="156" />
        <source>CHANGED: the records differ from the report of {what}, period {period}, dated {day:%d/%m/%Y}:</source>
        <translation>ĐÃ THAY ĐỔI: dữ liệu hiện nay khác với báo cáo của {what}, kỳ {period}, ngày {day:%d/%m/%Y}:</translation>
    </message>
</context>
</TS>
