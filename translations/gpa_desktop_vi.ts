<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AgencyChangeDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="53" />
        <source>Change agencies</source>
        <translation>Thay đổi cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Add an agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Merge</source>
        <translation>Hợp nhất</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Split</source>
        <translation>Chia tách</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>End</source>
        <translation>Chấm dứt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="58" />
        <source>Members of a group</source>
        <translation>Thành viên của nhóm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="86" />
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="87" />
        <source>Effective from</source>
        <translation>Có hiệu lực từ ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="99" />
        <source>A new agency is expected to report from the effective date on the tasks of the groups it joins.</source>
        <translation>Cơ quan mới phải báo cáo từ ngày có hiệu lực về các nhiệm vụ của những nhóm cơ quan mà cơ quan đó tham gia.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="100" />
        <source>The new name is shown from the effective date; reports filed before keep the old name.</source>
        <translation>Tên mới được dùng từ ngày có hiệu lực; các báo cáo đã nộp trước đó giữ tên cũ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="102" />
        <source>From the effective date the merged agencies' tasks are expected from the agency they merge into. Reports filed before stay with the old agencies.</source>
        <translation>Từ ngày có hiệu lực, nhiệm vụ của các cơ quan được hợp nhất do cơ quan tiếp nhận báo cáo. Các báo cáo đã nộp trước đó vẫn thuộc các cơ quan cũ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="106" />
        <source>From the effective date each task moves to the successor chosen for it. Reports filed before stay with the old agency.</source>
        <translation>Từ ngày có hiệu lực, mỗi nhiệm vụ chuyển sang cơ quan tiếp nhận được chọn cho nhiệm vụ đó. Các báo cáo đã nộp trước đó vẫn thuộc cơ quan cũ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="109" />
        <source>From the effective date nothing more is expected of the agencies; their reports are kept.</source>
        <translation>Từ ngày có hiệu lực, các cơ quan này không còn phải báo cáo; các báo cáo đã nộp vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="111" />
        <source>A group's tasks are expected from each of its members. From the effective date the agencies ticked here are its members; one unticked stops being expected on the group's tasks.</source>
        <translation>Nhiệm vụ giao cho một nhóm được giao cho từng thành viên của nhóm. Từ ngày hiệu lực, các cơ quan được đánh dấu ở đây là thành viên; cơ quan bỏ đánh dấu không còn phải báo cáo các nhiệm vụ của nhóm.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="116" />
        <source>The change can be undone (Edit → Undo).</source>
        <translation>Có thể hoàn tác thay đổi này (Sửa → Hoàn tác).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="151" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="152" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="153" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="154" />
        <source>Member of</source>
        <translation>Thuộc nhóm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="161" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="162" />
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="170" />
        <source>A new agency…</source>
        <translation>Một cơ quan mới…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="173" />
        <source>Merge these agencies</source>
        <translation>Hợp nhất các cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="174" />
        <source>Into</source>
        <translation>Thành</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="175" />
        <source>New agency's code</source>
        <translation>Mã cơ quan mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="176" />
        <source>New agency's name</source>
        <translation>Tên cơ quan mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="190" />
        <source>Agency to split</source>
        <translation>Cơ quan được chia tách</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="192" />
        <source>Choose which agency takes over each task:</source>
        <translation>Chọn cơ quan tiếp nhận từng nhiệm vụ:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="194" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="194" />
        <source>Successor</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="203" />
        <source>Give every task to</source>
        <translation>Giao tất cả nhiệm vụ cho</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="227" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="244" />
        <source>End these agencies</source>
        <translation>Chấm dứt hoạt động của các cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="254" />
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="255" />
        <source>Its members</source>
        <translation>Các thành viên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="311" />
        <source>Agency change</source>
        <translation>Thay đổi cơ quan</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="49" />
        <source>Departments</source>
        <extracomment>The day the plan's structure (agencies, their roles, collectives' members) is taken to start.</extracomment>
        <translation>Sở, ban</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="49" />
        <source>Provincial departments</source>
        <translation>Sở, ban, ngành thuộc tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="50" />
        <source>Districts</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="50" />
        <source>District-level units</source>
        <translation>UBND cấp huyện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="51" />
        <source>Communes</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="51" />
        <source>Communes and wards</source>
        <translation>UBND cấp xã (xã, phường)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="53" />
        <source>Central branches</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="53" />
        <source>Central agencies' branches</source>
        <translation>Cơ quan Trung ương đóng trên địa bàn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="55" />
        <source>Associations</source>
        <translation>Hội, đoàn thể</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="55" />
        <source>Associations and unions</source>
        <translation>Hội, đoàn thể</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="56" />
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="56" />
        <source>Other agencies</source>
        <translation>Cơ quan, đơn vị khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="57" />
        <source>Groups</source>
        <translation>Nhóm cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="57" />
        <source>Groups of agencies</source>
        <translation>Nhóm cơ quan</translation>
    </message>
</context>
<context>
    <name>AgencyView</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="190" />
        <source>{name} (ended {day})</source>
        <translation>{name} (đã chấm dứt từ {day})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="192" />
        <source>{name} ({count} members)</source>
        <translation>{name} ({count} thành viên)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="199" />
        <source>Called {name} from {day}</source>
        <translation>Mang tên {name} từ {day}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="203" />
        <source>From {day} its tasks went to {name}</source>
        <translation>Từ {day} nhiệm vụ chuyển sang {name}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="205" />
        <source>From {day} it took over from {name}</source>
        <translation>Từ {day} tiếp nhận nhiệm vụ của {name}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="263" />
        <source>{received} of {count} members reported</source>
        <translation>{received}/{count} thành viên đã báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="275" />
        <source>Now called {name}.</source>
        <translation>Nay là {name}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="280" />
        <source>Nothing is expected of it in this period.</source>
        <translation>Cơ quan không phải báo cáo trong kỳ này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="283" />
        <source>No agency belongs to this group in this period, so nobody is expected to report on its tasks. Choose its members in Lists → Agency changes… → Members of a group.</source>
        <translation>Nhóm này chưa có cơ quan thành viên nào trong kỳ, nên chưa cơ quan nào phải báo cáo các nhiệm vụ của nhóm. Hãy chọn thành viên ở Danh mục → Thay đổi cơ quan… → Thành viên của nhóm.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="220" />
        <source>Choose an agency on the left.</source>
        <translation>Chọn một cơ quan ở danh sách bên trái.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="119" />
        <source>The tasks the chosen agency leads or coordinates in this period, with their reports, appear here.</source>
        <translation>Các nhiệm vụ cơ quan được chọn chủ trì hoặc phối hợp trong kỳ này, cùng báo cáo của từng nhiệm vụ, hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="271" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — leads {led} and coordinates {coordinated} tasks; period {period}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — chủ trì {led} và phối hợp {coordinated} nhiệm vụ; kỳ {period}</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../gpa_desktop/cli.py" line="34" />
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="35" />
        <source>positional arguments</source>
        <translation>tham số</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="36" />
        <source>options</source>
        <translation>tuỳ chọn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="37" />
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="38" />
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="39" />
        <source>unrecognized arguments: %s</source>
        <translation>tham số không hiểu được: %s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="40" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="41" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="42" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="43" />
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="44" />
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="45" />
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="46" />
        <source>not allowed with argument %s</source>
        <translation>không dùng được cùng tham số %s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="47" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tuỳ chọn %(option)s chưa rõ: có thể là %(matches)s</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../gpa_desktop/cli.py" line="93" />
        <source>The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.
</source>
        <translation>Lệnh không hợp lệ: {detail}. Gõ gpa-desktop --help để xem danh sách lệnh.
</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="125" />
        <source>database file to open</source>
        <translation>tệp cơ sở dữ liệu cần mở</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="126" />
        <source>language: vi or en</source>
        <translation>ngôn ngữ: vi (tiếng Việt) hoặc en (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="129" />
        <source>Green Growth Action Plan of Gia Lai province.</source>
        <translation>Kế hoạch hành động tăng trưởng xanh tỉnh Gia Lai.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="133" />
        <source>show the version and exit</source>
        <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="135" />
        <source>open the main window, paint it once and exit</source>
        <translation>mở cửa sổ chính, vẽ một lần rồi thoát (kiểm tra nhanh)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="138" />
        <source>print the plan: groups, tasks, agencies</source>
        <translation>in kế hoạch: nhóm nhiệm vụ, nhiệm vụ, cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="139" />
        <location filename="../gpa_desktop/cli.py" line="144" />
        <location filename="../gpa_desktop/cli.py" line="146" />
        <location filename="../gpa_desktop/cli.py" line="160" />
        <location filename="../gpa_desktop/cli.py" line="273" />
        <location filename="../gpa_desktop/cli.py" line="283" />
        <location filename="../gpa_desktop/cli.py" line="296" />
        <source>print JSON</source>
        <translation>in dạng JSON</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="143" />
        <source>list agencies with the tasks they lead and coordinate</source>
        <translation>liệt kê các cơ quan cùng nhiệm vụ chủ trì và phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="145" />
        <source>list reporting periods and their due dates</source>
        <translation>liệt kê các kỳ báo cáo và hạn nộp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="148" />
        <source>create a reporting period or set its dates</source>
        <translation>tạo kỳ báo cáo hoặc đặt các mốc ngày của kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="149" />
        <source>2024, 2024-H1 or 2024-Q3</source>
        <translation>2024, 2024-H1 hoặc 2024-Q3</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="150" />
        <source>due date of the reports</source>
        <translation>hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="151" />
        <source>data cut-off date</source>
        <translation>ngày chốt số liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="152" />
        <source>delete the period (only while nothing refers to it)</source>
        <translation>xóa kỳ báo cáo (chỉ khi chưa có gì gắn với kỳ đó)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="155" />
        <source>who has reported for a period, on time or late</source>
        <translation>đơn vị nào đã báo cáo trong kỳ, đúng hạn hay trễ hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="158" />
        <source>the period (default: the current year)</source>
        <translation>kỳ báo cáo (mặc định: năm hiện tại)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="162" />
        <source>add, rename, merge, split or end agencies, or set a group's members</source>
        <translation>thêm, đổi tên, hợp nhất, chia tách hoặc chấm dứt cơ quan, hoặc đặt thành viên của một nhóm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="164" />
        <source>add an agency</source>
        <translation>thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="168" />
        <source>rename an agency from a date</source>
        <translation>đổi tên cơ quan kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="172" />
        <source>merge agencies into one from a date</source>
        <translation>hợp nhất các cơ quan thành một kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="175" />
        <source>name of the merged agency, when it is new</source>
        <translation>tên cơ quan sau hợp nhất, nếu là cơ quan mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="177" />
        <source>split an agency from a date</source>
        <translation>chia tách cơ quan kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="181" />
        <source>a successor and the tasks it takes over (repeat for each successor)</source>
        <translation>cơ quan kế thừa và các nhiệm vụ được giao lại (lặp lại cho từng cơ quan)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="184" />
        <source>end agencies from a date</source>
        <translation>chấm dứt hoạt động của cơ quan kể từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="187" />
        <source>set a group's members from a date</source>
        <translation>đặt các thành viên của một nhóm cơ quan từ một ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="189" />
        <source>every member from that day (none: the group is emptied)</source>
        <translation>mọi thành viên từ ngày đó (không ghi: nhóm không còn thành viên)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="199" />
        <source>write an agency's reporting workbook for a period</source>
        <translation>xuất sổ mẫu báo cáo của một cơ quan cho một kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="203" />
        <source>one workbook for every agency with tasks in the period</source>
        <translation>xuất một sổ cho mỗi cơ quan có nhiệm vụ trong kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="205" />
        <source>write the whole plan as a workbook</source>
        <translation>xuất toàn bộ kế hoạch ra tệp Excel</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="207" />
        <source>write every report of a period as a workbook</source>
        <translation>xuất tất cả báo cáo của một kỳ ra tệp Excel</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="210" />
        <source>import returned reporting workbooks</source>
        <translation>nhập các sổ báo cáo nhận về</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="197" />
        <location filename="../gpa_desktop/cli.py" line="212" />
        <source>check and show, write nothing</source>
        <translation>chỉ kiểm tra và hiển thị, không ghi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="89" />
        <source>The command is not valid: {detail}. Did you mean {suggestion}? Run gpa-desktop --help for the list of commands.
</source>
        <translation>Lệnh không hợp lệ: {detail}. Có phải ý bạn là {suggestion}? Gõ gpa-desktop --help để xem danh sách lệnh.
</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="141" />
        <source>the agencies in force on the period's last day (default: the plan as it stands)</source>
        <translation>các cơ quan đang hoạt động vào ngày cuối của kỳ (mặc định: kế hoạch như hiện tại)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="192" />
        <source>write the reorganisation workbook: the known changes as proposals to confirm</source>
        <translation>ghi sổ sắp xếp cơ quan, đơn vị: các thay đổi đã biết, dưới dạng đề xuất chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="195" />
        <source>apply the confirmed rows of a reorganisation workbook</source>
        <translation>áp dụng các dòng đã xác nhận của sổ sắp xếp cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="204" />
        <source>replace workbooks of the same name (never one holding values not imported yet)</source>
        <translation>ghi đè tệp trùng tên (không bao giờ ghi đè tệp có số liệu chưa nhập)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="213" />
        <source>in a conflict, take the workbook's value</source>
        <translation>khi xung đột, lấy giá trị trong tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="214" />
        <source>for a workbook that lost its identification</source>
        <translation>dùng cho tệp đã mất thông tin nhận dạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="216" />
        <source>write marked copies of files with refused rows</source>
        <translation>tạo bản phản hồi đánh dấu các dòng bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="217" />
        <source>the sheet that is the report, in workbooks holding several that could be</source>
        <translation>trang tính là báo cáo, với tệp có nhiều trang tính đều có thể là báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="220" />
        <source>take copies of a template whose saved time cannot tell them from the copy imported before as the agency's newer ones</source>
        <translation>coi các bản của một biểu mẫu mà thời gian lưu không phân biệt được với bản đã nhập trước là bản mới hơn của cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="225" />
        <source>convert text typed in an old Vietnamese encoding (TCVN3, VNI) to Unicode</source>
        <translation>chuyển chữ gõ bằng bảng mã tiếng Việt cũ (TCVN3, VNI) sang Unicode</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="229" />
        <source>take text that looks typed in an old Vietnamese encoding as written</source>
        <translation>nhận nguyên như đã gõ phần chữ có vẻ gõ bằng bảng mã tiếng Việt cũ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="233" />
        <source>take a province template sealed by another key than the one this installation took first (after comparing its fingerprint with the province)</source>
        <translation>nhận mẫu của tỉnh được niêm phong bằng khoá khác với khoá bản cài đặt này đã nhận lần đầu (sau khi đã đối chiếu dấu vân tay của khoá với tỉnh)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="235" />
        <source>print a report to PDF: an agency's, the province's, or the plan</source>
        <translation>in báo cáo ra PDF: của một cơ quan, tổng hợp của tỉnh, hoặc danh mục kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="238" />
        <source>the plan's task table</source>
        <translation>bảng danh mục nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="240" />
        <source>document number (left blank to write by hand)</source>
        <translation>số văn bản (để trống để ghi tay)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="241" />
        <source>document date (default: today)</source>
        <translation>ngày văn bản (mặc định: hôm nay)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="242" />
        <source>signer's name</source>
        <translation>họ tên người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="243" />
        <source>signer's title</source>
        <translation>chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="244" />
        <source>signing authority, e.g. "KT. GIÁM ĐỐC"</source>
        <translation>thẩm quyền ký, ví dụ "KT. GIÁM ĐỐC"</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="245" />
        <source>a recipient (repeat for each)</source>
        <translation>nơi nhận (lặp lại cho từng nơi)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="246" />
        <source>issuing agency of the province report</source>
        <translation>cơ quan ban hành báo cáo tổng hợp của tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="247" />
        <source>supervising body on the first line of the header (default: UBND TỈNH GIA LAI)</source>
        <translation>cơ quan chủ quản ở dòng đầu của phần đầu văn bản (mặc định: UBND TỈNH GIA LAI)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="248" />
        <source>sign the PDF with your digital-signature token (PIN from GPA_PIN or asked)</source>
        <translation>ký số tệp PDF bằng token chữ ký số của bạn (mã PIN lấy từ GPA_PIN hoặc được hỏi)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="249" />
        <source>the token's PKCS#11 library (default: GPA_PKCS11_LIB, then the usual places)</source>
        <translation>thư viện PKCS#11 của token (mặc định: GPA_PKCS11_LIB, sau đó các vị trí thường gặp)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="250" />
        <source>the token to sign with, when several are plugged in</source>
        <translation>token dùng để ký, khi đang cắm nhiều token</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="251" />
        <source>the certificate to sign with, when the token holds several</source>
        <translation>chứng thư dùng để ký, khi token chứa nhiều chứng thư</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="252" />
        <source>a timestamp server (RFC 3161) for a signature with a trusted time</source>
        <translation>máy chủ cấp dấu thời gian (RFC 3161) để chữ ký có thời gian tin cậy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="253" />
        <source>check a printed report's verification code</source>
        <translation>kiểm tra mã xác thực của báo cáo đã in</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="255" />
        <source>check a signed report file: its signature and its verification code</source>
        <translation>kiểm tra tệp báo cáo đã ký số: chữ ký và mã xác thực</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="258" />
        <source>also trust this certificate authority for this check (repeat for each)</source>
        <translation>tin cậy thêm tổ chức chứng thực này cho lần kiểm tra này (lặp lại cho từng tổ chức)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="259" />
        <source>the certificate authorities trusted for signed reports</source>
        <translation>các tổ chức chứng thực được tin cậy khi kiểm tra báo cáo ký số</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="261" />
        <source>trust a certificate authority (its certificate, PEM or DER)</source>
        <translation>tin cậy một tổ chức chứng thực (chứng thư của tổ chức, dạng PEM hoặc DER)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="263" />
        <source>list the trusted certificate authorities</source>
        <translation>liệt kê các tổ chức chứng thực được tin cậy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="264" />
        <source>stop trusting a certificate authority</source>
        <translation>thôi tin cậy một tổ chức chứng thực</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="267" />
        <source>replace the database's content with a backup (the current state is backed up first)</source>
        <translation>thay nội dung cơ sở dữ liệu bằng một bản sao lưu (trạng thái hiện tại được sao lưu trước)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="270" />
        <source>list the automatic backups with their date and what they hold</source>
        <translation>liệt kê các bản sao lưu tự động, kèm ngày giờ và nội dung của từng bản</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="271" />
        <source>list the workbooks received</source>
        <translation>liệt kê các tệp đã nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="279" />
        <source>show or set whose installation this database is</source>
        <translation>xem hoặc đặt cơ sở dữ liệu này là bản cài đặt của ai</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="281" />
        <source>this database is this agency's installation</source>
        <translation>cơ sở dữ liệu này là bản cài đặt của cơ quan này</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="282" />
        <source>this database is the province's focal department's</source>
        <translation>cơ sở dữ liệu này là của cơ quan đầu mối của tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="284" />
        <source>write one progress report (the fields given; the others stay)</source>
        <translation>ghi một báo cáo tiến độ (các trường được nêu; các trường khác giữ nguyên)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="292" />
        <source>million VND</source>
        <translation>triệu đồng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="293" />
        <source>list the progress reports of a period</source>
        <translation>liệt kê các báo cáo tiến độ của một kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="358" />
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="359" />
        <location filename="../gpa_desktop/cli.py" line="394" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="360" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="361" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="365" />
        <source>Agencies in force on {day:%d/%m/%Y} (period {period}).</source>
        <translation>Các cơ quan đang hoạt động ngày {day:%d/%m/%Y} (kỳ {period}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="392" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="393" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="395" />
        <source>Coord.</source>
        <translation>Ph.hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="396" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="429" />
        <source>due</source>
        <translation>hạn nộp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="447" />
        <source>Period {code} deleted.</source>
        <translation>Đã xóa kỳ {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="454" />
        <source>Period {code}: reports due {due}, data cut-off {cutoff}.</source>
        <translation>Kỳ {code}: hạn nộp báo cáo {due}, chốt số liệu {cutoff}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="480" />
        <source>Period {period}, reports due {due}</source>
        <translation>Kỳ {period}, hạn nộp {due}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="484" />
        <source>Expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</source>
        <translation>Phải nộp {expected}, đã nhận {received} ({ratio:.0%}), đúng hạn {on_time}, trễ hạn {late}, chưa nộp {missing}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="492" />
        <source>Not reported:</source>
        <translation>Chưa báo cáo:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="497" />
        <source>Reported late:</source>
        <translation>Nộp trễ hạn:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="501" />
        <source>Overdue tasks (dated deadline passed, not reported done): {tasks}</source>
        <translation>Nhiệm vụ quá hạn (đã qua thời hạn, chưa báo cáo hoàn thành): {tasks}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="539" />
        <source>Done: the change was recorded (batch {batch}).</source>
        <translation>Xong: thay đổi đã được ghi lại (lô {batch}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="553" />
        <source>Wrote {file} ({rows} proposed changes for the province to confirm).</source>
        <translation>Đã ghi {file} ({rows} thay đổi đề xuất chờ tỉnh xác nhận).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="571" />
        <source>Nothing was applied: correct the refused rows and apply the workbook again.</source>
        <translation>Chưa áp dụng gì: hãy sửa các dòng bị từ chối rồi áp dụng lại sổ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="574" />
        <source>Checked only (--dry-run): nothing was written.</source>
        <translation>Chỉ kiểm tra (--dry-run): không ghi gì.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="581" />
        <source>Applied {count} changes in one step (batch {batch}).</source>
        <translation>Đã áp dụng {count} thay đổi trong một bước (lô {batch}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="587" />
        <source>Nothing to apply: every confirmed row is in force already.</source>
        <translation>Không có gì để áp dụng: mọi dòng đã xác nhận đều đã có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="618" />
        <source>{count} more</source>
        <translation>{count} tệp khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="624" />
        <source>Wrote {file} ({rows} tasks).</source>
        <translation>Đã ghi {file} ({rows} nhiệm vụ).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="638" />
        <source>Wrote {file}.</source>
        <translation>Đã ghi {file}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="650" />
        <source>Wrote {file} ({rows} rows).</source>
        <translation>Đã ghi {file} ({rows} dòng).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="672" />
        <source>Name the sheet that is the report with --sheet NAME.</source>
        <translation>Hãy chỉ rõ trang tính là báo cáo bằng --sheet TÊN.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="681" />
        <source>already received on {day:%d/%m/%Y %H:%M}; nothing changed.</source>
        <translation>đã nhận ngày {day:%d/%m/%Y %H:%M}; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="685" />
        <source>{agency}, period {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {errors} rows refused.</source>
        <translation>{agency}, kỳ {period}: {new} dòng mới, {changed} thay đổi, {unchanged} không đổi, {conflicts} xung đột, {errors} dòng bị từ chối.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="778" />
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="711" />
        <source>Feedback for the sender: {file}</source>
        <translation>Tệp phản hồi gửi lại cơ quan: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="713" />
        <source>Backup made first: {file}</source>
        <translation>Đã sao lưu trước khi ghi: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="719" />
        <source>Not imported: {reason}</source>
        <translation>Chưa nhập: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="724" />
        <source>Adopted: {applied} reports written, {kept} conflicts kept as they were.</source>
        <translation>Đã nhận: ghi {applied} báo cáo, giữ nguyên {kept} ô xung đột.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="730" />
        <source>Applied: {applied} rows written, {kept} conflicts kept as they were.</source>
        <translation>Đã nhập: ghi {applied} dòng, giữ nguyên {kept} ô xung đột.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="730" />
        <source>Taken: it changed nothing ({kept} conflicts kept as they were).</source>
        <translation>Đã nhận: không thay đổi gì (giữ nguyên {kept} ô xung đột).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="735" />
        <source>the same file came earlier in this batch; nothing changed.</source>
        <translation>tệp này đã có ở phía trước trong cùng lượt nhập; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="742" />
        <source>the province's template for {agency}, period {period}, sealed by the key {fingerprint}.</source>
        <translation>mẫu của tỉnh cho {agency}, kỳ {period}, niêm phong bằng khoá {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="748" />
        <source>This installation takes this key as the province's from now on: compare its fingerprint with the province by phone.</source>
        <translation>Từ nay bản cài đặt này nhận khoá này là khoá của tỉnh: hãy gọi điện cho tỉnh để đối chiếu dấu vân tay của khoá.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="750" />
        <source>This key replaces the province key taken before, as asked.</source>
        <translation>Khoá này thay cho khoá của tỉnh đã nhận trước đây, theo yêu cầu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="752" />
        <source>It is not newer than the province's template adopted already; nothing changed.</source>
        <translation>Mẫu này không mới hơn mẫu của tỉnh đã nhận; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="755" />
        <source>Its plan, agencies and periods are not newer than the ones adopted already; they stay.</source>
        <translation>Kế hoạch, danh sách cơ quan và các kỳ trong mẫu không mới hơn những gì đã nhận; giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="757" />
        <source>Plan, agencies and periods: the same as here.</source>
        <translation>Kế hoạch, cơ quan và các kỳ: giống như ở đây.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="759" />
        <source>Plan, agencies and periods: {count} changes.</source>
        <translation>Kế hoạch, cơ quan và các kỳ: {count} thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="763" />
        <source>Its reports are not newer than the template of this period adopted already; they stay.</source>
        <translation>Các báo cáo trong mẫu không mới hơn mẫu của kỳ này đã nhận; giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="766" />
        <source>Reports: {corrected} corrected by the province, {conflicts} conflicts.</source>
        <translation>Báo cáo: {corrected} báo cáo được tỉnh chỉnh sửa, {conflicts} ô xung đột.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="798" />
        <source>Text typed in an old Vietnamese encoding, as written → in Unicode:</source>
        <translation>Chữ gõ bằng bảng mã tiếng Việt cũ, như đã gõ → bằng Unicode:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="800" />
        <source>row {row}, column {column}</source>
        <translation>dòng {row}, cột {column}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="801" />
        <source>(only the runs in the old encoding)</source>
        <translation>(chỉ những đoạn gõ bằng bảng mã cũ)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="804" />
        <source>To import the file with these cells converted to Unicode, add --convert-legacy; to take them as written, add --keep-legacy-text.</source>
        <translation>Để nhập tệp với các ô này được chuyển sang Unicode, thêm --convert-legacy; để nhận nguyên như đã gõ, thêm --keep-legacy-text.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="840" />
        <source>superseded by {file}</source>
        <translation>đã được thay bằng {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="864" />
        <source>PIN of the token: </source>
        <translation>Mã PIN của token: </translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="897" />
        <source>Wrote {file} ({pages} pages).</source>
        <translation>Đã ghi {file} ({pages} trang).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="899" />
        <source>Verification code: {code}</source>
        <translation>Mã xác thực: {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="904" />
        <source>Signed by {signer} ({organisation}) at {time}, PAdES {level}.</source>
        <translation>Đã ký số bởi {signer} ({organisation}) lúc {time}, chuẩn PAdES {level}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="971" />
        <source>Trusted: {subject} ({fingerprint}).</source>
        <translation>Đã tin cậy: {subject} ({fingerprint}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="974" />
        <source>No longer trusted: {subject} ({fingerprint}).</source>
        <translation>Đã thôi tin cậy: {subject} ({fingerprint}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="976" />
        <source>valid until</source>
        <translation>hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="977" />
        <source>No certificate authority is trusted yet: add one with gpa-desktop trust add CA.pem.</source>
        <translation>Chưa tin cậy tổ chức chứng thực nào: thêm bằng lệnh gpa-desktop trust add CA.pem.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="992" />
        <source>Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.</source>
        <translation>Đã khôi phục bản sao lưu lúc {day:%d/%m/%Y %H:%M}: {reports} báo cáo, {periods} kỳ báo cáo, {agencies} cơ quan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="998" />
        <source>The state before the restore was kept in {file}</source>
        <translation>Trạng thái trước khi khôi phục được giữ lại trong {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1008" />
        <source>No automatic backups in {folder}.</source>
        <translation>Chưa có bản sao lưu tự động nào trong {folder}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1010" />
        <source>{reports} reports, {periods} periods, {agencies} agencies</source>
        <translation>{reports} báo cáo, {periods} kỳ báo cáo, {agencies} cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1011" />
        <source>damaged, cannot be restored</source>
        <translation>bị hỏng, không khôi phục được</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1037" />
        <source>This installation belongs to {name} ({code}).</source>
        <translation>Bản cài đặt này thuộc {name} ({code}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1039" />
        <source>This installation is the province's focal department's (it sees every agency).</source>
        <translation>Bản cài đặt này là của cơ quan đầu mối của tỉnh (xem được mọi cơ quan).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1040" />
        <source>Installation: {id}</source>
        <translation>Bản cài đặt: {id}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1042" />
        <source>Its sealing key: {fingerprint}</source>
        <translation>Khoá niêm phong của bản cài đặt: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1044" />
        <source>The province key it trusts: {fingerprint}</source>
        <translation>Khoá của tỉnh được tin cậy: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1059" />
        <source>Report {task} / {agency} / {period} saved (revision {revision}).</source>
        <translation>Đã lưu báo cáo {task} / {agency} / {period} (lần sửa {revision}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1061" />
        <source>Report {task} / {agency} / {period} unchanged.</source>
        <translation>Báo cáo {task} / {agency} / {period} không thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1183" />
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1189" />
        <source>To restore it: gpa-desktop restore "{backup}" --db "{path}"</source>
        <translation>Để khôi phục: gpa-desktop restore "{backup}" --db "{path}"</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1196" />
        <source>An unexpected error stopped the command. Details were written to the log.</source>
        <translation>Lệnh bị dừng do một lỗi không lường trước. Chi tiết đã được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="63" />
        <source>{name} (ended {day})</source>
        <translation>{name} (đã chấm dứt từ {day})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="114" />
        <source>On time {on_time}, late {late}, missing {missing}</source>
        <translation>Đúng hạn {on_time}, trễ hạn {late}, chưa nộp {missing}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="119" />
        <source>Not due until {day}.</source>
        <translation>Chưa đến hạn nộp ({day}).</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="159" />
        <source>Every agency has sent all its reports for this period.</source>
        <translation>Tất cả cơ quan đã gửi đủ báo cáo của kỳ này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="160" />
        <source>No report of this period came in after its due date.</source>
        <translation>Không có báo cáo nào của kỳ này nộp sau hạn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="161" />
        <source>No task with a dated deadline in this period is overdue.</source>
        <translation>Không có nhiệm vụ nào có thời hạn cụ thể trong kỳ này bị quá hạn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="199" />
        <source>all on time</source>
        <translation>đủ, đúng hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="200" />
        <source>all received, some late</source>
        <translation>đủ, có báo cáo trễ hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="201" />
        <source>some missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="202" />
        <source>none received</source>
        <translation>chưa nộp báo cáo nào</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="203" />
        <source>not due yet</source>
        <translation>chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="204" />
        <source>nothing expected</source>
        <translation>không phải báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="207" />
        <source>Cells: received / expected.</source>
        <translation>Ô: đã nhận / phải nộp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="227" />
        <source>Period {period} (due {due:%d/%m/%Y}): expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</source>
        <translation>Kỳ {period} (hạn nộp {due:%d/%m/%Y}): phải nộp {expected}, đã nhận {received} ({ratio:.0%}), đúng hạn {on_time}, trễ hạn {late}, chưa nộp {missing}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="234" />
        <source>Reports are not due yet.</source>
        <translation>Chưa đến hạn nộp báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="241" />
        <source>{name}: {missing} of {expected} missing</source>
        <translation>{name}: chưa nộp {missing}/{expected}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="250" />
        <source>{name}: late for {tasks}</source>
        <translation>{name}: nộp trễ các nhiệm vụ {tasks}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="255" />
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="260" />
        <source>Not reported ({count})</source>
        <translation>Chưa báo cáo ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="261" />
        <source>Reported late ({count})</source>
        <translation>Nộp trễ hạn ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="262" />
        <source>Overdue tasks ({count})</source>
        <translation>Nhiệm vụ quá hạn ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="286" />
        <source>Choose a cell to see the missing and late tasks.</source>
        <translation>Chọn một ô để xem các nhiệm vụ chưa nộp và nộp trễ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="292" />
        <source>Nothing expected in this period.</source>
        <translation>Kỳ này cơ quan không phải báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="294" />
        <source>Missing: {code} {title}</source>
        <translation>Chưa nộp: {code} {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="294" />
        <source>Late: {code} {title}</source>
        <translation>Nộp trễ: {code} {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="300" />
        <source>All reports received on time.</source>
        <translation>Đã nhận đủ báo cáo, đúng hạn.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="98" />
        <source>Group {code}</source>
        <translation>Nhóm {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="78" />
        <source>Expected reports by status and task group, period {period}</source>
        <translation>Báo cáo phải nộp theo tình trạng và nhóm nhiệm vụ, kỳ {period}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="83" />
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="83" />
        <source>No status given</source>
        <translation>Chưa ghi tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="93" />
        <source>Group {code}: {title}</source>
        <translation>Nhóm {code}: {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="113" />
        <source>Reports received by kind of agency, period {period} (% of expected)</source>
        <translation>Báo cáo đã nhận theo loại cơ quan, kỳ {period} (% số phải nộp)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="117" />
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="118" />
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="139" />
        <source>Average progress reported, by period (%)</source>
        <translation>Tiến độ bình quân đã báo cáo, theo kỳ (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="140" />
        <source>Years</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="140" />
        <source>Half-years</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="140" />
        <source>Quarters</source>
        <translation>Quý</translation>
    </message>
</context>
<context>
    <name>DutyTableModel</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="72" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="72" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="73" />
        <source>{role} (through {group})</source>
        <translation>{role} (qua {group})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="75" />
        <source>(no status)</source>
        <translation>(chưa ghi tình trạng)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="75" />
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="80" />
        <source>{day} (late)</source>
        <translation>{day} (trễ hạn)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="40" />
        <source>Import returned workbooks</source>
        <translation>Nhập các sổ báo cáo nhận về</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="97" />
        <source>Import {file}</source>
        <translation>Nhập {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="141" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="143" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="199" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="203" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="205" />
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="75" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="153" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="210" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="223" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="32" />
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Sổ Excel (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="62" />
        <source>Apply a reorganisation workbook</source>
        <translation>Áp dụng sổ sắp xếp cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="75" />
        <source>Export the reorganisation workbook</source>
        <translation>Xuất sổ sắp xếp cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="81" />
        <source>Written: {file} ({rows} proposed changes). The province confirms each row ("Xác nhận") and adds the communes and wards; then import it back with Exchange → Import returned workbooks.</source>
        <translation>Đã ghi: {file} ({rows} thay đổi đề xuất). Tỉnh xác nhận từng dòng ("Xác nhận") và bổ sung các xã, phường; sau đó nhập lại bằng Trao đổi → Nhập tệp báo cáo nhận về.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="97" />
        <source>Import of {count} workbooks</source>
        <translation>Nhập {count} tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="103" />
        <source>{imported} of {total} files imported: {rows} rows written, {kept} conflicts kept as in the database.</source>
        <translation>Đã nhập {imported}/{total} tệp: ghi {rows} dòng, giữ nguyên giá trị trong cơ sở dữ liệu ở {kept} xung đột.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="114" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="123" />
        <source>Period {period}: every agency has reported everything.</source>
        <translation>Kỳ {period}: tất cả cơ quan đã báo cáo đầy đủ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="127" />
        <source>and {count} more</source>
        <translation>và {count} cơ quan khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="128" />
        <source>Period {period}: {count} agencies have not reported everything yet: {names} (the Reporting tab lists them).</source>
        <translation>Kỳ {period}: {count} cơ quan chưa báo cáo đầy đủ: {names} (danh sách ở thẻ Tình hình báo cáo).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="155" />
        <source>Export the reporting workbook</source>
        <translation>Xuất sổ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="159" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="214" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="227" />
        <source>Written: {file}</source>
        <translation>Đã ghi: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="163" />
        <source>Folder for the reporting workbooks</source>
        <translation>Thư mục lưu các sổ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="171" />
        <source>Writing the reporting workbooks…</source>
        <translation>Đang ghi các sổ mẫu báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="171" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="179" />
        <source>Writing the reporting workbooks… {done} of {total}</source>
        <translation>Đang ghi các sổ mẫu báo cáo… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="196" />
        <source>These workbooks are in {folder} already:

{files}

Replace them?</source>
        <translation>Trong thư mục {folder} đã có các tệp sau:

{files}

Ghi đè các tệp này?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="205" />
        <source>{count} workbooks written to {folder}.</source>
        <translation>Đã ghi {count} sổ vào {folder}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="210" />
        <source>Export the plan</source>
        <translation>Xuất kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="223" />
        <source>Export the period summary</source>
        <translation>Xuất tổng hợp kỳ báo cáo</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="23" />
        <source>Status</source>
        <extracomment>a progress report's fields (ReportValues), named as the form and the workbook's columns name them</extracomment>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="24" />
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="25" />
        <source>Results achieved</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="26" />
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="27" />
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="28" />
        <source>Budget (million VND)</source>
        <translation>Kinh phí (triệu đồng)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="29" />
        <source>Documents, evidence</source>
        <translation>Văn bản, minh chứng</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="27" />
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="27" />
        <source>GPA Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu GPA Desktop (*.sqlite3 *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="33" />
        <location filename="../gpa_desktop/ui/file_actions.py" line="38" />
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="33" />
        <location filename="../gpa_desktop/ui/file_actions.py" line="49" />
        <source>GPA Desktop database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu GPA Desktop (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="39" />
        <source>{path} already exists. Choose a new file name, or open that file with “Open another database”.</source>
        <translation>Tệp {path} đã tồn tại. Hãy chọn một tên tệp mới, hoặc mở tệp đó bằng “Mở cơ sở dữ liệu khác”.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="49" />
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="52" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="64" />
        <location filename="../gpa_desktop/ui/file_actions.py" line="69" />
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="69" />
        <source>The database was copied to {path}.</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào {path}.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="32" />
        <source>Welcome to GPA Desktop</source>
        <translation>Chào mừng đến với GPA Desktop</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="34" />
        <source>Tell GPA Desktop whose installation this is and who signs its reports. You can change both later under Settings.</source>
        <translation>Cho GPA Desktop biết máy này thuộc cơ quan nào và ai ký báo cáo. Có thể thay đổi sau trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="45" />
        <source>Export the reorganisation workbook now</source>
        <translation>Xuất sổ sắp xếp cơ quan, đơn vị ngay bây giờ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="48" />
        <source>The database still lists the agencies of 2023 (Sở Kế hoạch và Đầu tư, the district People's Committees), but period {period} ends after the reorganisation of 2025: the departments merged on 01/03/2025 and the district level ended on 01/07/2025. The reorganisation workbook lists these changes for the province to confirm, with room for the communes and wards; applied, it makes the successors report from their dates.</source>
        <translation>Cơ sở dữ liệu vẫn ghi các cơ quan của năm 2023 (Sở Kế hoạch và Đầu tư, UBND cấp huyện), nhưng kỳ {period} kết thúc sau đợt sắp xếp năm 2025: các sở hợp nhất từ ngày 01/03/2025 và cấp huyện kết thúc hoạt động từ ngày 01/07/2025. Sổ sắp xếp cơ quan, đơn vị liệt kê các thay đổi này để tỉnh xác nhận, có chỗ ghi các xã, phường; khi áp dụng, các cơ quan tiếp nhận báo cáo từ ngày có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="62" />
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="63" />
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="86" />
        <source>Import returned workbooks</source>
        <translation>Nhập các sổ báo cáo nhận về</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>Task / field</source>
        <translation>Nhiệm vụ / trường</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>Now in the database</source>
        <translation>Hiện có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>Decision</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="112" />
        <source>Accept the province's new key…</source>
        <translation>Nhận khoá mới của tỉnh…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="116" />
        <source>Read the file again for this agency and period</source>
        <translation>Đọc lại tệp cho cơ quan và kỳ này</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="120" />
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="122" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="131" />
        <source>No row refused, nothing to warn about.</source>
        <translation>Không có dòng nào bị từ chối, không có cảnh báo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="132" />
        <source>Take the file's value in every conflict</source>
        <translation>Lấy giá trị trong tệp cho mọi xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="133" />
        <source>Keep the database's value in every conflict</source>
        <translation>Giữ giá trị hiện có cho mọi xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="136" />
        <source>Feedback file for the sender…</source>
        <translation>Tạo tệp phản hồi gửi cơ quan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="138" />
        <source>Import the ticked files</source>
        <translation>Nhập các tệp đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="142" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="177" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="334" />
        <source>Refused rows and warnings:</source>
        <translation>Dòng bị từ chối và cảnh báo:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="225" />
        <source>Which sheet is the report?</source>
        <translation>Trang tính nào là báo cáo?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="226" />
        <source>{file} holds several sheets that could be the report, with different values. Which one is it?</source>
        <translation>Tệp {file} có nhiều trang tính đều có thể là báo cáo nhưng số liệu khác nhau. Trang nào là báo cáo?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="235" />
        <source>Which copy is newer?</source>
        <translation>Bản nào mới hơn?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="237" />
        <source>{file} is another copy of the template that {earlier} came from, imported already, and the files do not say which was saved last. Is {file} the agency's newer copy? (If not, it changes nothing.)</source>
        <translation>Tệp {file} là một bản khác của cùng biểu mẫu với tệp {earlier} đã nhập, và các tệp không cho biết bản nào được lưu sau. {file} có phải là bản mới hơn của cơ quan không? (Nếu không, tệp này không thay đổi gì.)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="280" />
        <source>The province's key</source>
        <translation>Khoá của tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="281" />
        <source>Take the key that sealed {file} as the province's from now on? Do so only after the province has told you, by phone or in person, that it changed its key and read you the same fingerprint.</source>
        <translation>Từ nay nhận khoá đã niêm phong {file} là khoá của tỉnh? Chỉ làm vậy sau khi tỉnh đã báo cho anh/chị, qua điện thoại hoặc trực tiếp, rằng tỉnh đã đổi khoá và đọc cho anh/chị đúng dấu vân tay này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="295" />
        <source>{file}: waiting for your choice on text in an old Vietnamese encoding</source>
        <translation>{file}: chờ bạn chọn cách xử lý chữ gõ bằng bảng mã tiếng Việt cũ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="297" />
        <source>{file}: refused</source>
        <translation>{file}: bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="300" />
        <source>{file}: not newer than the province's template adopted already</source>
        <translation>{file}: không mới hơn mẫu của tỉnh đã nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="301" />
        <source>{file}: the province's template for {period} — {changes} changes to the plan, agencies and periods, {corrected} reports corrected, {conflicts} conflicts</source>
        <translation>{file}: mẫu của tỉnh kỳ {period} — {changes} thay đổi về kế hoạch, cơ quan và các kỳ, {corrected} báo cáo được chỉnh sửa, {conflicts} ô xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="306" />
        <source>{file}: already received on {day:%d/%m/%Y}</source>
        <translation>{file}: đã nhận ngày {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="307" />
        <source>{file}: {agency}, {period} — {new} new, {changed} changed, {conflicts} conflicts, {errors} refused</source>
        <translation>{file}: {agency}, {period} — {new} mới, {changed} thay đổi, {conflicts} xung đột, {errors} bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="334" />
        <source>Changes to the plan, agencies and periods:</source>
        <translation>Thay đổi về kế hoạch, cơ quan và các kỳ:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="347" />
        <source>&lt;b&gt;{agency}&lt;/b&gt; ({code}) — period {period} — plan {revision}</source>
        <translation>&lt;b&gt;{agency}&lt;/b&gt; ({code}) — kỳ {period} — kế hoạch {revision}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="351" />
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="351" />
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="351" />
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="367" />
        <source>take the file's value</source>
        <translation>lấy giá trị trong tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="370" />
        <source>apply</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="370" />
        <source>keep the database's</source>
        <translation>giữ giá trị hiện có</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="386" />
        <source>These cells look typed in an old Vietnamese encoding (TCVN3 or VNI):</source>
        <translation>Các ô này có vẻ được gõ bằng bảng mã tiếng Việt cũ (TCVN3 hoặc VNI):</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="391" />
        <source>Task / cell</source>
        <translation>Nhiệm vụ / ô</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="391" />
        <source>As written</source>
        <translation>Như đã gõ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="391" />
        <source>In Unicode</source>
        <translation>Bằng Unicode</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="398" />
        <source>Do not import this file yet</source>
        <translation>Chưa nhập tệp này</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="399" />
        <source>Convert these cells to Unicode</source>
        <translation>Chuyển các ô này sang Unicode</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="400" />
        <source>Take them as written</source>
        <translation>Nhận nguyên như đã gõ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="403" />
        <source>What to do with them:</source>
        <translation>Xử lý các ô này:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="419" />
        <source>{task}, row {row}, {column}</source>
        <translation>{task}, dòng {row}, {column}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="421" />
        <source>(only the runs in the old encoding)</source>
        <translation>(chỉ những đoạn gõ bằng bảng mã cũ)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="443" />
        <source>&lt;b&gt;The province's template&lt;/b&gt; for {agency}, period {period}, sealed by the key &lt;b&gt;{fingerprint}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Mẫu của tỉnh&lt;/b&gt; cho {agency}, kỳ {period}, niêm phong bằng khoá &lt;b&gt;{fingerprint}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="447" />
        <source>This installation takes this key as the province's: compare its fingerprint with the province by phone.</source>
        <translation>Bản cài đặt này sẽ nhận khoá này là khoá của tỉnh: hãy gọi điện cho tỉnh để đối chiếu dấu vân tay của khoá.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="449" />
        <source>This key replaces the province key taken before.</source>
        <translation>Khoá này thay cho khoá của tỉnh đã nhận trước đây.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="451" />
        <source>It is not newer than the province's template adopted already; nothing would change.</source>
        <translation>Mẫu này không mới hơn mẫu của tỉnh đã nhận; sẽ không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="453" />
        <source>Its reports are not newer than the template of this period adopted already; they stay.</source>
        <translation>Các báo cáo trong mẫu không mới hơn mẫu của kỳ này đã nhận; giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="456" />
        <source>Its plan, agencies and periods are not newer than the ones adopted already; they stay.</source>
        <translation>Kế hoạch, danh sách cơ quan và các kỳ trong mẫu không mới hơn những gì đã nhận; giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="534" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="509" />
        <source>{file} was not imported: {reason}</source>
        <translation>Chưa nhập được {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="523" />
        <source>{file}: adopted — {applied} reports written</source>
        <translation>{file}: đã nhận — ghi {applied} báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="530" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="552" />
        <source>{file}: imported — {applied} rows written</source>
        <translation>{file}: đã nhập — ghi {applied} dòng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="549" />
        <source>it was not read</source>
        <translation>tệp chưa được đọc</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="550" />
        <source>{file}: not imported — {reason}</source>
        <translation>{file}: chưa nhập — {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="554" />
        <source>{file}: taken — it changed nothing</source>
        <translation>{file}: đã nhận — không thay đổi gì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="556" />
        <source>{file}: already received — nothing changed</source>
        <translation>{file}: đã nhận trước đây — không có gì thay đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="557" />
        <source>{file}: not imported</source>
        <translation>{file}: chưa nhập</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="578" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="583" />
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="578" />
        <source>This file has no refused rows.</source>
        <translation>Tệp này không có dòng nào bị từ chối.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="580" />
        <source>Folder for the feedback file</source>
        <translation>Thư mục lưu tệp phản hồi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="583" />
        <source>Written: {file}</source>
        <translation>Đã ghi: {file}</translation>
    </message>
</context>
<context>
    <name>InstallationFields</name>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="18" />
        <source>The province's focal department (sees every agency)</source>
        <translation>Cơ quan đầu mối cấp tỉnh (xem tất cả cơ quan)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="30" />
        <source>This installation belongs to</source>
        <translation>Máy này thuộc cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="31" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="32" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="38" />
        <source>GPA Desktop – {title}</source>
        <translation>GPA Desktop – {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="51" />
        <source>&lt;h3&gt;Choose a task&lt;/h3&gt;&lt;p&gt;Click a task in the plan on the left (or move to it with the arrow keys) to see its activities and agencies and to enter their progress reports for the chosen period.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) to find a task by its code, its text or an agency's name; accents are optional: &lt;i&gt;tang truong&lt;/i&gt; finds &lt;i&gt;tăng trưởng&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Every accepted entry is saved at once; Ctrl+Z undoes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chọn một nhiệm vụ&lt;/h3&gt;&lt;p&gt;Bấm vào một nhiệm vụ trong kế hoạch ở bên trái (hoặc di chuyển đến bằng các phím mũi tên) để xem các hoạt động, cơ quan thực hiện và nhập báo cáo tiến độ của từng cơ quan cho kỳ báo cáo đã chọn.&lt;/p&gt;&lt;p&gt;Gõ vào ô lọc (Ctrl+F) để tìm nhiệm vụ theo mã, nội dung hoặc tên cơ quan; có thể gõ không dấu: &lt;i&gt;tang truong&lt;/i&gt; sẽ tìm thấy &lt;i&gt;tăng trưởng&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Mỗi nội dung đã nhập được lưu ngay; nhấn Ctrl+Z để hoàn tác.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="72" />
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="78" />
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="78" />
        <source>Reporting</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="78" />
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="338" />
        <source>Saved. Ctrl+Z undoes: {what}</source>
        <translation>Đã lưu. Ctrl+Z để hoàn tác: {what}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="373" />
        <source>the province (all agencies)</source>
        <translation>cấp tỉnh (tất cả cơ quan)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="374" />
        <source> — read-only</source>
        <translation> — chế độ chỉ xem</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="375" />
        <source>Database: {path} — this installation: {who}{mode}</source>
        <translation>Cơ sở dữ liệu: {path} — máy này thuộc: {who}{mode}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="31" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="32" />
        <source>Open another database…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="33" />
        <source>New database from the built-in plan…</source>
        <translation>Tạo cơ sở dữ liệu mới từ kế hoạch có sẵn…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="34" />
        <source>Back up the database…</source>
        <translation>Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="35" />
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="37" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="39" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="42" />
        <location filename="../gpa_desktop/ui/menus.py" line="50" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="43" />
        <location filename="../gpa_desktop/ui/menus.py" line="51" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="50" />
        <source>Undo: {what}</source>
        <translation>Hoàn tác: {what}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="51" />
        <source>Redo: {what}</source>
        <translation>Làm lại: {what}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="60" />
        <source>Save the report now</source>
        <translation>Lưu báo cáo ngay</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="61" />
        <source>Edit the selected task…</source>
        <translation>Sửa nhiệm vụ đang chọn…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="63" />
        <source>E&amp;xchange</source>
        <translation>T&amp;rao đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="64" />
        <source>Import returned workbooks…</source>
        <translation>Nhập tệp báo cáo nhận về…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="65" />
        <source>Export reporting templates…</source>
        <translation>Xuất mẫu báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="66" />
        <source>Export the plan…</source>
        <translation>Xuất kế hoạch…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="67" />
        <source>Export the period summary…</source>
        <translation>Xuất tổng hợp kỳ báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="68" />
        <source>Received workbooks…</source>
        <translation>Các tệp báo cáo đã nhận…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="70" />
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="71" />
        <source>Agency report…</source>
        <translation>Báo cáo của cơ quan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="72" />
        <source>Province report…</source>
        <translation>Báo cáo tổng hợp của tỉnh…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="73" />
        <source>Plan listing…</source>
        <translation>Danh mục nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="74" />
        <source>Verify a report code…</source>
        <translation>Kiểm tra mã xác thực báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="76" />
        <source>&amp;Lists</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="77" />
        <source>Reporting periods…</source>
        <translation>Kỳ báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="78" />
        <source>Agency changes…</source>
        <translation>Thay đổi cơ quan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="79" />
        <source>Export the reorganisation workbook…</source>
        <translation>Xuất sổ sắp xếp cơ quan, đơn vị…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="80" />
        <source>Apply a reorganisation workbook…</source>
        <translation>Áp dụng sổ sắp xếp cơ quan, đơn vị…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="82" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="83" />
        <source>Expand all</source>
        <translation>Mở rộng tất cả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="84" />
        <source>Collapse all</source>
        <translation>Thu gọn tất cả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="85" />
        <source>Find a task</source>
        <translation>Tìm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="86" />
        <source>Clear the filters</source>
        <translation>Bỏ các bộ lọc</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="88" />
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="89" />
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="90" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="99" />
        <source>Period and actions</source>
        <translation>Kỳ báo cáo và thao tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="106" />
        <source>The reporting period shown in every tab</source>
        <translation>Kỳ báo cáo hiển thị ở mọi thẻ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="107" />
        <source>&amp;Period</source>
        <translation>&amp;Kỳ báo cáo</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="37" />
        <source>Reporting periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="41" />
        <source>2025, 2025-H1 or 2025-Q3</source>
        <translation>2025, 2025-H1 hoặc 2025-Q3</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="51" />
        <source>Save period</source>
        <translation>Lưu kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="54" />
        <source>New period</source>
        <translation>Thêm kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="60" />
        <source>A year (2025), a half-year (2025-H1) or a quarter (2025-Q3).</source>
        <translation>Năm (2025), 6 tháng (2025-H1) hoặc quý (2025-Q3).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="64" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="66" />
        <source>Reports due</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="67" />
        <source>Data cut-off</source>
        <translation>Ngày chốt số liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="91" />
        <source>{code} — due {due:%d/%m/%Y}</source>
        <translation>{code} — hạn nộp {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="94" />
        <source>{start:%d/%m/%Y} – {end:%d/%m/%Y}, data cut-off {cutoff:%d/%m/%Y}</source>
        <translation>{start:%d/%m/%Y} – {end:%d/%m/%Y}, chốt số liệu {cutoff:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="127" />
        <source>Period {code}</source>
        <translation>Kỳ {code}</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="25" />
        <source>Filter: code, text or agency (accents optional)</source>
        <translation>Lọc: mã, nội dung hoặc cơ quan (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="37" />
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="40" />
        <source>Any role</source>
        <translation>Mọi vai trò</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="40" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="40" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="41" />
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="42" />
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="44" />
        <source>Any deadline</source>
        <translation>Mọi thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="46" />
        <source>Only the tasks of this agency (directly or through a collective)</source>
        <translation>Chỉ các nhiệm vụ của cơ quan này (trực tiếp hoặc qua một nhóm cơ quan)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="47" />
        <source>Only the tasks where the agency leads, or coordinates</source>
        <translation>Chỉ các nhiệm vụ mà cơ quan chủ trì, hoặc phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="48" />
        <source>Only the tasks with this consolidated status in the chosen period</source>
        <translation>Chỉ các nhiệm vụ có tình trạng tổng hợp này trong kỳ đã chọn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="49" />
        <source>Only the tasks with this deadline</source>
        <translation>Chỉ các nhiệm vụ có thời hạn này</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="91" />
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="106" />
        <source>{shown}/{total} tasks</source>
        <translation>{shown}/{total} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="98" />
        <source>No task matches the filters.</source>
        <translation>Không có nhiệm vụ nào khớp với bộ lọc.</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <location filename="../gpa_desktop/ui/plan_pane.py" line="44" />
        <source>No task matches the filters. Clear them with Ctrl+Shift+L.</source>
        <translation>Không có nhiệm vụ nào khớp bộ lọc. Xóa bộ lọc bằng Ctrl+Shift+L.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../gpa_desktop/ui/prompts.py" line="67" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
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
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="46" />
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="47" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="48" />
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="49" />
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="50" />
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="51" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Có ghi đè không?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="52" />
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="53" />
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="54" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="55" />
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="56" />
        <source>Recent Places</source>
        <translation>Nơi dùng gần đây</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="57" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="58" />
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="59" />
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="60" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="61" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="62" />
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="63" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="64" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="65" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="66" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="67" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="68" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="69" />
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
        <location filename="../gpa_desktop/ui/qt_strings.py" line="70" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="71" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="72" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="73" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="74" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="75" />
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="76" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../gpa_desktop/ui/read_only.py" line="15" />
        <source>Read-only: another GPA Desktop window has this database open, so nothing can be changed from here.</source>
        <translation>Chỉ đọc: một cửa sổ GPA Desktop khác đang mở cơ sở dữ liệu này nên không thể thay đổi gì từ đây.</translation>
    </message>
</context>
<context>
    <name>ReceiptModel</name>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Written</source>
        <translation>Đã ghi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Superseded by</source>
        <translation>Được thay bằng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="45" />
        <source>{count} ({kept} kept as in the database)</source>
        <translation>{count} ({kept} giữ như trong cơ sở dữ liệu)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="62" />
        <source>the database's value kept</source>
        <translation>giữ giá trị trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="62" />
        <source>the file's value taken</source>
        <translation>lấy giá trị trong tệp</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="78" />
        <source>Received workbooks</source>
        <translation>Các tệp báo cáo đã nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="80" />
        <source>All periods</source>
        <translation>Tất cả các kỳ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="89" />
        <source>No workbook received yet. Each returned workbook imported (Exchange → Import returned workbooks…) is listed here with what it changed.</source>
        <translation>Chưa nhận tệp nào. Mỗi tệp báo cáo gửi về đã nhập (Trao đổi → Nhập tệp báo cáo nhận về…) được liệt kê ở đây, kèm những gì tệp đó đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="93" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="96" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
</context>
<context>
    <name>Reorganisation</name>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="62" />
        <source>New units</source>
        <translation>Thành lập mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="63" />
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="64" />
        <source>Merge</source>
        <translation>Hợp nhất</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="65" />
        <source>Split</source>
        <translation>Chia tách</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="66" />
        <source>End</source>
        <translation>Chấm dứt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="67" />
        <source>Members of a group</source>
        <translation>Thành viên của nhóm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="88" />
        <source>to apply</source>
        <translation>sẽ áp dụng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="89" />
        <source>already in force</source>
        <translation>đã có hiệu lực</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="90" />
        <source>not confirmed, skipped</source>
        <translation>chưa xác nhận, bỏ qua</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="91" />
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="175" />
        <source>{apply} changes to apply, {in_force} already in force, {skipped} not confirmed, {refused} refused.</source>
        <translation>{apply} thay đổi sẽ áp dụng, {in_force} đã có hiệu lực, {skipped} chưa xác nhận, {refused} bị từ chối.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="187" />
        <source>No row is marked "{confirmed}": check the proposals in the workbook and set the status of those the province decided.</source>
        <translation>Chưa có dòng nào ghi "{confirmed}": hãy kiểm tra các đề xuất trong sổ và đặt trạng thái cho những thay đổi tỉnh đã quyết định.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="204" />
        <source>From {day:%d/%m/%Y}, the tasks {tasks} go to {targets}.</source>
        <translation>Từ ngày {day:%d/%m/%Y}, các nhiệm vụ {tasks} giao cho {targets}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="206" />
        <source>From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to no other agency.</source>
        <translation>Từ ngày {day:%d/%m/%Y}, các nhiệm vụ {tasks} của {source} không chuyển cho cơ quan nào khác.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="208" />
        <source>From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to {targets}.</source>
        <translation>Từ ngày {day:%d/%m/%Y}, các nhiệm vụ {tasks} của {source} chuyển cho {targets}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="214" />
        <source>From {day:%d/%m/%Y}, the group {group} ({count} tasks) — joining: {joined}; leaving: {left}.</source>
        <translation>Từ ngày {day:%d/%m/%Y}, nhóm {group} ({count} nhiệm vụ) — thêm: {joined}; bớt: {left}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="227" />
        <source>Reports expected on {day:%d/%m/%Y}: {before} before the changes, {after} after.</source>
        <translation>Số báo cáo phải nộp tính theo ngày {day:%d/%m/%Y}: {before} trước thay đổi, {after} sau thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="235" />
        <source>Row {row}: {kind}, {day} — {state}{what}</source>
        <translation>Dòng {row}: {kind}, {day} — {state}{what}</translation>
    </message>
</context>
<context>
    <name>ReorganisationDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="50" />
        <source>Reorganisation workbook: {file}</source>
        <translation>Sổ sắp xếp cơ quan, đơn vị: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Effective</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="66" />
        <source>Apply the confirmed changes</source>
        <translation>Áp dụng các thay đổi đã xác nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="69" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="73" />
        <source>Rows of the workbook</source>
        <translation>Các dòng của sổ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="74" />
        <source>What moves, from which day</source>
        <translation>Những gì chuyển giao, từ ngày nào</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="75" />
        <source>Refused rows and warnings</source>
        <translation>Dòng bị từ chối và cảnh báo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="114" />
        <source>Only rows marked "Xác nhận" are applied; all of them together, as one step that Ctrl+Z undoes.</source>
        <translation>Chỉ các dòng ghi "Xác nhận" được áp dụng, tất cả cùng lúc, thành một bước có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="147" />
        <source>Apply the reorganisation workbook {file}</source>
        <translation>Áp dụng sổ sắp xếp cơ quan, đơn vị {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="150" />
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="159" />
        <source>Reorganisation</source>
        <translation>Sắp xếp cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="157" />
        <source>Applied: {count} changes, as one step.</source>
        <translation>Đã áp dụng: {count} thay đổi, trong một bước.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="160" />
        <source>{count} changes were applied as one step; Edit → Undo reverses them together.</source>
        <translation>Đã áp dụng {count} thay đổi trong một bước; Sửa → Hoàn tác sẽ huỷ tất cả cùng lúc.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="34" />
        <source>Verification code: {code} (printed on every page; Reports → Verify a report code checks it later).</source>
        <translation>Mã xác thực: {code} (in ở mọi trang; Báo cáo → Kiểm tra mã xác thực báo cáo sẽ đối chiếu về sau).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="38" />
        <source>Save the plan listing</source>
        <translation>Lưu danh mục nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="38" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="46" />
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="49" />
        <source>Plan listing</source>
        <translation>Danh mục nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="32" />
        <location filename="../gpa_desktop/ui/report_actions.py" line="49" />
        <source>Written: {file}</source>
        <translation>Đã ghi: {file}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="45" />
        <source>Agency report</source>
        <translation>Báo cáo của cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="45" />
        <source>Province report</source>
        <translation>Báo cáo tổng hợp của tỉnh</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="55" />
        <source>leave empty to write it by hand</source>
        <translation>để trống để ghi tay</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="69" />
        <source>Sign digitally with my token</source>
        <translation>Ký số bằng token của tôi</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="75" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="76" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="76" />
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="77" />
        <source>Supervising body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="78" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="79" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="80" />
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="81" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="82" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="83" />
        <source>Recipients (one per line)</source>
        <translation>Nơi nhận (mỗi nơi một dòng)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="116" />
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="116" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="129" />
        <source>Token PIN</source>
        <translation>Mã PIN của token</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="129" />
        <source>PIN of the token {token}:</source>
        <translation>Mã PIN của token {token}:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="133" />
        <source>Preparing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="133" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="144" />
        <source>Preparing the report… page {page}</source>
        <translation>Đang chuẩn bị báo cáo… trang {page}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="156" />
        <source>Cancelled: no report was written.</source>
        <translation>Đã hủy: chưa ghi báo cáo nào.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="164" />
        <source>Signed without a timestamp</source>
        <translation>Đã ký nhưng không có dấu thời gian</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="115" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="116" />
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="117" />
        <source>Results achieved</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="118" />
        <location filename="../gpa_desktop/ui/report_form.py" line="232" />
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="119" />
        <location filename="../gpa_desktop/ui/report_form.py" line="232" />
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="120" />
        <source>Budget (million VND)</source>
        <translation>Kinh phí (triệu đồng)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="121" />
        <source>Documents, evidence</source>
        <translation>Văn bản, minh chứng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="150" />
        <source>Nothing saved yet: each change of this report (who, when, old and new value) is listed here.</source>
        <translation>Chưa lưu gì: mỗi lần báo cáo này thay đổi (ai, lúc nào, giá trị cũ và mới) được ghi ở đây.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="151" />
        <source>No other agency has reported on this task for this period.</source>
        <translation>Chưa có cơ quan nào khác báo cáo nhiệm vụ này trong kỳ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="158" />
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="159" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="160" />
        <source>Other agencies</source>
        <translation>Cơ quan, đơn vị khác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="217" />
        <source>&lt;b&gt;{task}&lt;/b&gt; — {agency} — period {period}</source>
        <translation>&lt;b&gt;{task}&lt;/b&gt; — {agency} — kỳ {period}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="261" />
        <source>import of {file}</source>
        <translation>nhập từ tệp {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="263" />
        <source>undo</source>
        <translation>hoàn tác</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="265" />
        <source>redo</source>
        <translation>làm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="267" />
        <source>entered here</source>
        <translation>nhập tại máy này</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="276" />
        <source>{when} {who}: report created ({source})</source>
        <translation>{when} {who}: tạo báo cáo ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="278" />
        <source>{when} {who}: report removed ({source})</source>
        <translation>{when} {who}: đã xóa báo cáo ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="280" />
        <source>{when} {who}: {field} {old} → {new} ({source})</source>
        <translation>{when} {who}: {field} {old} → {new} ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="313" />
        <source>NOT SAVED: {reason}</source>
        <translation>CHƯA LƯU: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="317" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="309" />
        <source>Edit report {task} of {agency}</source>
        <translation>Sửa báo cáo nhiệm vụ {task} của {agency}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="39" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="43" />
        <source>Date</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="43" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="43" />
        <source>What it holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="51" />
        <source>{reports} reports, {periods} periods, {agencies} agencies</source>
        <translation>{reports} báo cáo, {periods} kỳ báo cáo, {agencies} cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="55" />
        <source>damaged, cannot be restored</source>
        <translation>bị hỏng, không khôi phục được</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="70" />
        <source>The backup replaces everything in the database. The current state is backed up first.</source>
        <translation>Bản sao lưu sẽ thay toàn bộ nội dung cơ sở dữ liệu. Trạng thái hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="72" />
        <source>There are no automatic backups yet; choose a backup file.</source>
        <translation>Chưa có bản sao lưu tự động nào; hãy chọn một tệp sao lưu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="76" />
        <source>Restore the selected backup</source>
        <translation>Khôi phục bản đã chọn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="80" />
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="99" />
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="99" />
        <source>GPA Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu GPA Desktop (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="110" />
        <source>Replace everything in the database with the backup of {day:%d/%m/%Y %H:%M} ({reports} reports)? The current state is backed up first.</source>
        <translation>Thay toàn bộ nội dung cơ sở dữ liệu bằng bản sao lưu lúc {day:%d/%m/%Y %H:%M} ({reports} báo cáo)? Trạng thái hiện tại được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="124" />
        <source>Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.</source>
        <translation>Đã khôi phục bản sao lưu lúc {day:%d/%m/%Y %H:%M}: {reports} báo cáo, {periods} kỳ báo cáo, {agencies} cơ quan.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="50" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="54" />
        <source>e.g. KT. GIÁM ĐỐC (leave empty when the head signs)</source>
        <translation>ví dụ KT. GIÁM ĐỐC (để trống nếu thủ trưởng ký)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="61" />
        <source>Installation and reports</source>
        <translation>Máy cài đặt và báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="64" />
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="65" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="69" />
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="104" />
        <source>Key sealing its workbooks</source>
        <translation>Khoá niêm phong sổ của máy này</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="104" />
        <source>made when it first exports a template</source>
        <translation>sẽ được tạo khi máy xuất sổ mẫu lần đầu</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="106" />
        <source>Province key it trusts</source>
        <translation>Khoá của tỉnh được tin cậy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="115" />
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="119" />
        <source>empty: look in the usual places of Vietnamese CAs' token drivers</source>
        <translation>để trống: tìm ở các vị trí thường gặp của trình điều khiển token của các tổ chức chứng thực Việt Nam</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="120" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="126" />
        <source>Token library (PKCS#11)</source>
        <translation>Thư viện token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="129" />
        <source>optional, e.g. your CA's timestamp server</source>
        <translation>không bắt buộc, ví dụ máy chủ dấu thời gian của tổ chức chứng thực</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="130" />
        <source>Timestamp server</source>
        <translation>Máy chủ dấu thời gian</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="134" />
        <source>Trust a CA…</source>
        <translation>Tin cậy tổ chức chứng thực…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="134" />
        <source>Stop trusting</source>
        <translation>Thôi tin cậy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="149" />
        <source>Trusted certificate authorities</source>
        <translation>Tổ chức chứng thực được tin cậy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="154" />
        <source>The token's PKCS#11 library</source>
        <translation>Thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="154" />
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="167" />
        <source>{subject}, valid until {day}</source>
        <translation>{subject}, hiệu lực đến {day}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="177" />
        <source>A certificate authority's certificate</source>
        <translation>Chứng thư của tổ chức chứng thực</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="177" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt *.cer *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="183" />
        <source>The file {file} cannot be read.</source>
        <translation>Không đọc được tệp {file}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="184" />
        <source>Trust a CA</source>
        <translation>Tin cậy tổ chức chứng thực</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../gpa_desktop/app.py" line="43" />
        <source>{message}

Open it read-only?</source>
        <translation>{message}

Mở ở chế độ chỉ xem?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/app.py" line="52" />
        <source>{message}

Restore that backup now? The damaged file is kept in the backups folder.</source>
        <translation>{message}

Khôi phục bản sao lưu đó ngay bây giờ? Tệp bị hỏng được giữ lại trong thư mục backups.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="23" />
        <source>Sign with a token</source>
        <translation>Ký số bằng token</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="30" />
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="38" />
        <source>Plug in your digital-signature token and choose the certificate to sign with:</source>
        <translation>Cắm token chữ ký số và chọn chứng thư dùng để ký:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="58" />
        <source>{name} ({organisation})
issued by {issuer}, valid until {day}; token {token}</source>
        <translation>{name} ({organisation})
do {issuer} cấp, hiệu lực đến {day}; token {token}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="65" />
        <source>(expired)</source>
        <translation>(đã hết hạn)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="69" />
        <source>The tokens plugged in hold no certificate to sign with.</source>
        <translation>Các token đang cắm không có chứng thư nào để ký.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="15" />
        <source>Not started</source>
        <extracomment>the built-in statuses (resources/plan/statuses.json) by code, in English</extracomment>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="16" />
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="17" />
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="18" />
        <source>Behind schedule</source>
        <translation>Chậm tiến độ</translation>
    </message>
</context>
<context>
    <name>TaskAgenciesModel</name>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="70" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="70" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="49" />
        <source>Task {code}</source>
        <translation>Nhiệm vụ {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="54" />
        <source>Double-click or press F2 to edit; drag, or use Up and Down, to reorder</source>
        <translation>Nhấp đúp hoặc nhấn F2 để sửa; kéo thả, hoặc dùng Lên và Xuống, để đổi thứ tự</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="59" />
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="60" />
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="61" />
        <source>&amp;Up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="62" />
        <source>&amp;Down</source>
        <translation>X&amp;uống</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="76" />
        <source>e.g. Năm 2025, Thường xuyên, 2021-2025</source>
        <translation>ví dụ: Năm 2025, Thường xuyên, 2021-2025</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="83" />
        <source>&amp;Lead agencies (tick one or more)</source>
        <translation>Cơ quan &amp;chủ trì (đánh dấu một hoặc nhiều)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="84" />
        <source>&amp;Coordinating agencies</source>
        <translation>Cơ quan &amp;phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="91" />
        <source>Role note for the selected agency:</source>
        <translation>Ghi chú vai trò của cơ quan đang chọn:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="96" />
        <source>D&amp;eadline</source>
        <translation>&amp;Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="106" />
        <source>Acti&amp;vities (double-click to edit):</source>
        <translation>&amp;Hoạt động (nhấp đúp để sửa):</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="142" />
        <source>A collective: stands for {members}</source>
        <translation>Nhóm cơ quan, gồm: {members}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="172" />
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="209" />
        <source>Edit task {code}</source>
        <translation>Sửa nhiệm vụ {code}</translation>
    </message>
</context>
<context>
    <name>TaskPane</name>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="42" />
        <source>No agency is expected to report on this task in this period.</source>
        <extracomment>the values shown for the task changed without a read (the form saved them): task code</extracomment>
        <translation>Không có cơ quan nào phải báo cáo nhiệm vụ này trong kỳ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Task {code}</source>
        <translation>Nhiệm vụ {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="146" />
        <source>This database is open read-only: reports can be read, not changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: có thể xem báo cáo nhưng không sửa được.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="148" />
        <source>This installation reports for {agency}: another agency's report can be read here, not changed.</source>
        <translation>Máy này báo cáo cho {agency}: báo cáo của cơ quan khác chỉ xem được, không sửa được.</translation>
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
        <location filename="../gpa_desktop/domain/plan.py" line="299" />
        <source>The plan file is not valid: {reason}</source>
        <translation>Tệp kế hoạch không hợp lệ: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="68" />
        <location filename="../gpa_desktop/operations/reports.py" line="103" />
        <source>The status "{status}" is not in the status list.</source>
        <extracomment>openpyxl/Excel cannot hold more in one cell; we refuse rather than cut. How the province's documents (PDF, summary workbook) name a report that came in without a status: a state of its own, never counted as the first status on the list ("Chưa thực hiện"). Beside the status codes, the keys of a count of expected reports by status (storage.completeness.status_by_group).</extracomment>
        <translation>Tình trạng "{status}" không có trong danh mục tình trạng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="73" />
        <source>Progress must be a whole number from 0 to 100, not {value}.</source>
        <translation>Tiến độ phải là số nguyên từ 0 đến 100, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="78" />
        <source>The budget must be a number of million VND, zero or more, not {value}.</source>
        <translation>Kinh phí phải là số triệu đồng, từ 0 trở lên, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="84" />
        <source>A text is longer than {limit} characters and cannot be stored whole.</source>
        <translation>Có nội dung dài quá {limit} ký tự nên không thể lưu trọn vẹn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agencies.py" line="58" />
        <source>No agency is called "{text}".</source>
        <translation>Không có cơ quan nào tên hoặc mã là "{text}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/changes.py" line="249" />
        <source>There is nothing to undo.</source>
        <translation>Không có thao tác nào để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/changes.py" line="265" />
        <source>This change cannot be undone: {what} is used by records made after it (for example reports filed since). Undo or remove those first.</source>
        <translation>Không thể hoàn tác thay đổi này: {what} đã được dùng trong các dữ liệu ghi sau đó (ví dụ các báo cáo đã nộp từ đó đến nay). Hãy hoàn tác hoặc xoá các dữ liệu đó trước.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="37" />
        <source>Warning: the database {path} is on a network share, where it can be damaged. Keep it on this computer's own disk and send copies instead.</source>
        <extracomment>Schema revisions this version of the app knows, oldest first; the last is current. What the window and the command line say when Database.on_network_share is true.</extracomment>
        <translation>Cảnh báo: cơ sở dữ liệu {path} nằm trong thư mục dùng chung qua mạng, ở đó dữ liệu có thể bị hỏng. Hãy để cơ sở dữ liệu trên ổ đĩa của chính máy này và gửi bản sao khi cần.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="55" />
        <source>The file {path} is not a GPA Desktop database.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu GPA Desktop.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="112" />
        <source>The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>Tệp cơ sở dữ liệu {path} chỉ cho phép đọc. Hãy chép tệp sang thư mục có quyền ghi, hoặc đổi quyền của tệp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="190" />
        <source>{path} is a folder, not a database file.</source>
        <extracomment>SQLite cannot lock or journal safely over a network share: the window and the CLI warn.</extracomment>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="95" />
        <source>The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của GPA Desktop. Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="197" />
        <source>The database {path} must be opened normally once before it can be viewed.</source>
        <translation>Cơ sở dữ liệu {path} cần được mở bình thường một lần trước khi có thể mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="26" />
        <source>This database is open read-only; the change was not saved.</source>
        <extracomment>What a write to a database open read-only is told (operations.Workspace refuses it first).</extracomment>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ xem; thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="24" />
        <location filename="../gpa_desktop/storage/reports.py" line="22" />
        <location filename="../gpa_desktop/storage/reports.py" line="115" />
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
        <location filename="../gpa_desktop/exchange/importer.py" line="196" />
        <source>The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the agency to fill a fresh template.</source>
        <translation>Thông tin nhận dạng trong tệp {name} không khớp với nội dung: tệp đã bị sửa hoặc ghép từ tệp khác. Đề nghị cơ quan điền lại trên sổ mẫu mới.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="208" />
        <source>The file {name} has lost the data that says which agency and period it is for (was it copied into a new file?). Import it again naming the agency and the period.</source>
        <translation>Tệp {name} đã mất thông tin cho biết của cơ quan nào, kỳ nào (có thể đã được chép sang tệp mới). Hãy nhập lại và chỉ rõ cơ quan, kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="51" />
        <source>The file {name} is not a template sealed by the province, so this agency's installation cannot take it. Ask the province to export a fresh template.</source>
        <translation>Tệp {name} không phải là mẫu được tỉnh niêm phong nên bản cài đặt của cơ quan này không thể nhận. Đề nghị tỉnh xuất một mẫu mới.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="55" />
        <source>The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the province for a fresh template.</source>
        <translation>Dữ liệu nhận dạng trong {name} không khớp với nội dung: tệp đã bị sửa hoặc bị ghép từ nhiều tệp. Đề nghị tỉnh gửi một mẫu mới.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="59" />
        <location filename="../gpa_desktop/exchange/importer.py" line="190" />
        <source>The file {name} was made by a newer version of GPA Desktop. Install the newer version to import it.</source>
        <translation>Tệp {name} được tạo bởi phiên bản GPA Desktop mới hơn. Hãy cài phiên bản mới hơn để nhập.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="62" />
        <source>The file {name} is the template of {agency}; this installation is {mine}'s. It was not imported.</source>
        <translation>Tệp {name} là mẫu của {agency}; bản cài đặt này là của {mine}. Tệp không được nhập.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="65" />
        <source>The file {name} is sealed by a key with the fingerprint {fingerprint}, not by the province key this installation took first ({pinned}). Call the province to compare the fingerprint; if the province changed its key, import the file again accepting the new key (--trust-new-key).</source>
        <translation>Tệp {name} được niêm phong bằng khoá có dấu vân tay {fingerprint}, không phải khoá của tỉnh mà bản cài đặt này đã nhận lần đầu ({pinned}). Hãy gọi điện cho tỉnh để đối chiếu dấu vân tay; nếu tỉnh đã đổi khoá, hãy nhập lại tệp và chấp nhận khoá mới (--trust-new-key).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="71" />
        <source>The file {name} is for period {period}, which this installation does not have; import a newer template from the province.</source>
        <translation>Tệp {name} dành cho kỳ {period}, mà bản cài đặt này không có; hãy nhập một mẫu mới hơn của tỉnh.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="215" />
        <source>The file {name} was made for another plan ({revision}) than the one in this database.</source>
        <translation>Tệp {name} được tạo cho một kế hoạch khác ({revision}), không phải kế hoạch trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="228" />
        <source>The file {name} is for {agency}, period {period}, not for the agency and period given.</source>
        <translation>Tệp {name} là của {agency}, kỳ {period}, không phải cơ quan và kỳ đã chọn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="234" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="28" />
        <location filename="../gpa_desktop/storage/installation.py" line="73" />
        <location filename="../gpa_desktop/storage/plan_edits.py" line="86" />
        <location filename="../gpa_desktop/storage/reports.py" line="29" />
        <source>There is no agency with the code {code}.</source>
        <translation>Không có cơ quan nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="260" />
        <source>The file {name} has {count} text cells typed in an old Vietnamese encoding ({encodings}); it is not imported until you choose to convert them to Unicode or to take them as written.</source>
        <translation>Tệp {name} có {count} ô chữ gõ bằng bảng mã tiếng Việt cũ ({encodings}); tệp chưa được nhập cho đến khi bạn chọn chuyển các ô đó sang Unicode hoặc giữ nguyên như đã gõ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="277" />
        <source>Task {code}: the text typed in {encoding} is converted to Unicode.</source>
        <translation>Nhiệm vụ {code}: chữ gõ bằng bảng mã {encoding} được chuyển sang Unicode.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="279" />
        <source>Task {code}: the text looks typed in {encoding}; it is taken as written, not converted.</source>
        <translation>Nhiệm vụ {code}: chữ có vẻ được gõ bằng bảng mã {encoding}; được nhận nguyên như đã gõ, không chuyển mã.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="283" />
        <source>The file {name} is sealed by an installation this one does not know (key {fingerprint}), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.</source>
        <translation>Tệp {name} được niêm phong bởi một bản cài đặt mà bản cài đặt này không biết (khoá {fingerprint}), nên không thể tin tệp dành cho cơ quan và kỳ nào: hãy nhập lại và chỉ rõ cơ quan và kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="287" />
        <source>The file {name} carries no installation's seal (an old template, or its seal was taken out), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.</source>
        <translation>Tệp {name} không có dấu niêm phong của bản cài đặt nào (mẫu cũ, hoặc dấu niêm phong đã bị gỡ bỏ), nên không thể tin tệp dành cho cơ quan và kỳ nào: hãy nhập lại và chỉ rõ cơ quan và kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="291" />
        <source>The file {name} says it is for {agency}, period {period}, but its seal is not this installation's: it was read as the agency and period given, without the values it was exported with.</source>
        <translation>Tệp {name} ghi là của {agency}, kỳ {period}, nhưng dấu niêm phong không phải của bản cài đặt này: tệp được đọc theo cơ quan và kỳ đã chỉ rõ, không dựa vào các giá trị lúc xuất mẫu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="295" />
        <source>The file {name} was exported by the agency's installation before {newer}, which was imported already; nothing changed.</source>
        <translation>Tệp {name} được bản cài đặt của cơ quan xuất trước tệp {newer} đã nhập; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="314" />
        <source>The file {name} was saved before {newer}, a copy of the same template imported already, so it is the older copy; nothing changed.</source>
        <translation>Tệp {name} được lưu trước {newer} (một bản của cùng biểu mẫu đã được nhập), nên đây là bản cũ hơn; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="318" />
        <source>The file {name} and {earlier}, imported already, are copies of the same template and which was saved last cannot be told; nothing changed: if {name} is the newer copy, import it again with --newer-copy.</source>
        <translation>Tệp {name} và tệp {earlier} (đã nhập) là hai bản của cùng một biểu mẫu và không xác định được bản nào lưu sau; không có gì thay đổi: nếu {name} là bản mới hơn, hãy nhập lại với --newer-copy.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="424" />
        <source>Row {row}: {agency} is not assigned to task {code}; the row was not taken.</source>
        <translation>Dòng {row}: {agency} không được giao nhiệm vụ {code}; dòng này không được nhận.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="429" />
        <source>Row {row}: task {code} appears twice; only its first row was taken.</source>
        <translation>Dòng {row}: nhiệm vụ {code} xuất hiện hai lần; chỉ nhận dòng đầu tiên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="277" />
        <location filename="../gpa_desktop/exchange/importer.py" line="520" />
        <location filename="../gpa_desktop/exchange/importer.py" line="525" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="571" />
        <source>The database changed after {name} was checked (another file or an edit touched the same reports). Nothing was written; read the file again.</source>
        <translation>Cơ sở dữ liệu đã thay đổi sau khi kiểm tra tệp {name} (một tệp khác hoặc một lần sửa đã chạm vào cùng các báo cáo). Chưa ghi gì; hãy đọc lại tệp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="38" />
        <source>An agency named "{name}" already exists ({code}).</source>
        <translation>Đã có cơ quan tên "{name}" ({code}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="47" />
        <source>{name} is a group of agencies; change its members instead.</source>
        <translation>{name} là một nhóm cơ quan; hãy thay đổi thành viên của nhóm.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="51" />
        <source>{name} already ended on {day:%d/%m/%Y}.</source>
        <translation>{name} đã chấm dứt hoạt động từ ngày {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="95" />
        <source>The change must take effect after {day:%d/%m/%Y}, when {name} took up its tasks.</source>
        <translation>Thay đổi phải có hiệu lực sau ngày {day:%d/%m/%Y}, là ngày {name} bắt đầu nhận nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="176" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="251" />
        <source>An agency needs a code and a name.</source>
        <translation>Cơ quan phải có mã và tên.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="178" />
        <source>The code {code} is already used by another agency.</source>
        <translation>Mã {code} đã được dùng cho cơ quan khác.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="193" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="214" />
        <source>{name} is not a group of agencies.</source>
        <translation>{name} không phải là nhóm cơ quan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="272" />
        <source>Choose the agencies to merge.</source>
        <translation>Hãy chọn các cơ quan cần hợp nhất.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="284" />
        <source>{name} cannot be merged into itself.</source>
        <translation>Không thể hợp nhất {name} vào chính nó.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="325" />
        <source>{name} is not assigned to the tasks {tasks}.</source>
        <translation>{name} không được giao các nhiệm vụ {tasks}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="332" />
        <source>Choose a successor for the tasks {tasks}.</source>
        <translation>Hãy chọn cơ quan kế thừa cho các nhiệm vụ {tasks}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/dates.py" line="27" />
        <source>"{text}" is not a date. Write it as dd/mm/yyyy, for example 01/03/2025.</source>
        <translation>"{text}" không phải là ngày hợp lệ. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 01/03/2025.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plain_reads.py" line="139" />
        <source>There is no reporting period {code} in this database (the periods are: {known}). Create it first under Lists → Reporting periods, or with gpa-desktop period {code}.</source>
        <translation>Cơ sở dữ liệu chưa có kỳ báo cáo {code} (các kỳ hiện có: {known}). Hãy tạo kỳ đó trước ở Danh mục → Kỳ báo cáo, hoặc bằng lệnh gpa-desktop period {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/periods.py" line="87" />
        <source>The due date {day:%d/%m/%Y} is before the period starts.</source>
        <translation>Hạn nộp {day:%d/%m/%Y} sớm hơn ngày bắt đầu kỳ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/periods.py" line="91" />
        <source>The data cut-off {day:%d/%m/%Y} is before the period starts.</source>
        <translation>Ngày chốt số liệu {day:%d/%m/%Y} ở trước ngày bắt đầu kỳ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/periods.py" line="116" />
        <source>The period {code} cannot be deleted: reports, received workbooks or printed reports refer to it.</source>
        <translation>Không xóa được kỳ {code}: đã có báo cáo, tệp đã nhận hoặc báo cáo đã in thuộc kỳ này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/instance_lock.py" line="33" />
        <source>The database {path} is already open in another copy of GPA Desktop ({holder}). Close that copy first, or open this one read-only.</source>
        <translation>Cơ sở dữ liệu {path} đang được mở bởi một cửa sổ GPA Desktop khác ({holder}). Hãy đóng cửa sổ đó trước, hoặc mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="440" />
        <source>--delete cannot be given with --due or --cutoff.</source>
        <translation>Không dùng --delete cùng với --due hoặc --cutoff.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="600" />
        <source>Name one agency with --agency (and -o FILE), or use --all DIR.</source>
        <translation>Hãy chỉ một cơ quan bằng --agency (kèm -o TỆP), hoặc dùng --all THƯ_MỤC.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="620" />
        <source>Nothing was written: {files} already exist (add --force to replace them).</source>
        <translation>Chưa ghi tệp nào: đã có sẵn {files} (thêm --force để ghi đè).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="663" />
        <source>Give --agency and --period together (for a workbook that lost its identification).</source>
        <translation>Hãy nêu cùng lúc --agency và --period (cho tệp đã mất thông tin nhận dạng).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="850" />
        <source>No PIN was given: set GPA_PIN, or run the command in a terminal to be asked for it.</source>
        <translation>Chưa có mã PIN: đặt biến GPA_PIN, hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi mã PIN.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="877" />
        <location filename="../gpa_desktop/operations/issue.py" line="60" />
        <source>Name the period with --period, or ask for the plan with --plan.</source>
        <translation>Hãy chỉ kỳ báo cáo bằng --period, hoặc dùng --plan để in danh mục kế hoạch.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="920" />
        <source>The file {file} cannot be read.</source>
        <translation>Không đọc được tệp {file}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1179" />
        <source>Name a command, or leave out the options to open the window; gpa-desktop --help lists the commands.</source>
        <translation>Hãy ghi tên một lệnh, hoặc bỏ các tham số để mở cửa sổ chương trình; gpa-desktop --help liệt kê các lệnh.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="48" />
        <source>sheet "{sheet}"</source>
        <translation>trang "{sheet}"</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="50" />
        <source>row {row}</source>
        <translation>dòng {row}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="52" />
        <source>column {column}</source>
        <translation>cột {column}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="347" />
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="381" />
        <location filename="../gpa_desktop/exchange/safety.py" line="139" />
        <location filename="../gpa_desktop/exchange/safety.py" line="153" />
        <location filename="../gpa_desktop/exchange/safety.py" line="167" />
        <location filename="../gpa_desktop/exchange/safety.py" line="173" />
        <source>The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete.</source>
        <translation>Tệp {name} không phải là sổ Excel (.xlsx), hoặc đã bị hỏng hay không đầy đủ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="352" />
        <source>The file contains macros; they were not run, and are not kept.</source>
        <translation>Tệp có chứa macro; các macro không được chạy và không được giữ lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="357" />
        <source>The file is too large to check all its text for old Vietnamese encodings: {count} text cells were not checked.</source>
        <translation>Tệp quá lớn để kiểm tra toàn bộ chữ xem có gõ bằng bảng mã tiếng Việt cũ không: {count} ô chữ chưa được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="373" />
        <source>The file {name} holds several sheets that could be the report, with different values ({sheets}); nothing was taken: say which sheet is the report.</source>
        <translation>Tệp {name} có nhiều trang tính đều có thể là báo cáo nhưng số liệu khác nhau ({sheets}); chưa lấy gì: hãy cho biết trang nào là báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="417" />
        <source>The file {name} has no sheet named "{sheet}"; its sheets are {sheets}.</source>
        <translation>Tệp {name} không có trang tính tên "{sheet}"; các trang tính của tệp là {sheets}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="467" />
        <source>The file {name} has no header row with a "{anchor}" cell; it is not a reporting workbook.</source>
        <translation>Tệp {name} không có dòng tiêu đề chứa ô "{anchor}"; đây không phải sổ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="476" />
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="396" />
        <source>The file {name} lacks the columns {columns}.</source>
        <translation>Tệp {name} thiếu các cột {columns}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="503" />
        <source>Row {row}: "{code}" is not a task code.</source>
        <translation>Dòng {row}: "{code}" không phải là mã nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="515" />
        <source>Task {code}: the cell holds a formula; type the value itself.</source>
        <translation>Nhiệm vụ {code}: ô chứa công thức; hãy nhập trực tiếp giá trị.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="548" />
        <source>Task {code}: invisible control characters were removed from the text.</source>
        <translation>Nhiệm vụ {code}: đã bỏ các ký tự điều khiển vô hình khỏi văn bản.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="557" />
        <source>Task {code}: "{value}" is not a status in the list.</source>
        <translation>Nhiệm vụ {code}: "{value}" không có trong danh mục tình trạng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="565" />
        <source>Task {code}: the text is longer than {limit} characters.</source>
        <translation>Nhiệm vụ {code}: nội dung dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="572" />
        <source>Task {code}: progress must be a whole number from 0 to 100, not "{value}".</source>
        <translation>Nhiệm vụ {code}: tiến độ phải là số nguyên từ 0 đến 100, không phải "{value}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="574" />
        <source>Task {code}: the budget must be a number of million VND, zero or more, not "{value}".</source>
        <translation>Nhiệm vụ {code}: kinh phí phải là số triệu đồng, từ 0 trở lên, không phải "{value}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="49" />
        <source>This installation lacks the defusedxml package that protects against malicious workbooks; workbooks cannot be read until it is reinstalled.</source>
        <translation>Bản cài đặt này thiếu gói defusedxml dùng để chống tệp Excel độc hại; chưa thể đọc tệp Excel cho đến khi cài đặt lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="128" />
        <source>The file {name} is too large for a reporting workbook.</source>
        <translation>Tệp {name} quá lớn so với một sổ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="131" />
        <source>The file {name} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as .xlsx.</source>
        <translation>Tệp {name} bị đặt mật khẩu hoặc ở định dạng .xls cũ. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành .xlsx.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="148" />
        <source>The file {name} is an OpenDocument (.ods) file. Save it as Excel (.xlsx) and send it again.</source>
        <translation>Tệp {name} ở định dạng OpenDocument (.ods). Hãy lưu thành Excel (.xlsx) rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="161" />
        <source>The file {name} unpacks to far more data than a reporting workbook holds; it was not opened.</source>
        <translation>Tệp {name} giải nén ra nhiều dữ liệu hơn hẳn một sổ báo cáo; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="174" />
        <source>The file {name} contains XML constructs that workbooks never use; it was not opened.</source>
        <translation>Tệp {name} chứa cấu trúc XML mà sổ Excel không bao giờ dùng; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="175" />
        <source>The file {name} declares sizes or counts that its content does not have, as only a damaged or forged workbook does; it was not opened.</source>
        <translation>Tệp {name} khai báo kích thước hoặc số lượng không khớp với nội dung của nó, điều chỉ có ở sổ Excel bị hỏng hoặc bị làm giả; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="178" />
        <source>The file {name} places cells beyond the 1,048,576 rows and 16,384 columns Excel can hold; it was not opened.</source>
        <translation>Tệp {name} đặt ô vượt quá 1.048.576 dòng và 16.384 cột mà Excel có thể chứa; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="181" />
        <source>The file {name} has a sheet, merged area or list spanning far more cells than a reporting workbook holds; it was not opened.</source>
        <translation>Tệp {name} có trang tính, vùng gộp ô hoặc danh sách trải rộng hơn rất nhiều so với một sổ báo cáo; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="184" />
        <source>The file {name} has a part in a text encoding that workbooks never use; it was not opened.</source>
        <translation>Tệp {name} có một phần dùng bảng mã văn bản mà sổ Excel không bao giờ dùng; tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="463" />
        <source>The file {name} has more than {limit} rows in a sheet; a reporting workbook has far fewer.</source>
        <translation>Tệp {name} có trang tính hơn {limit} dòng; sổ báo cáo ít hơn nhiều.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/summary_workbook.py" line="85" />
        <location filename="../gpa_desktop/exchange/template.py" line="195" />
        <source>Task {code}: invisible control characters in the stored text were left out of the workbook.</source>
        <translation>Nhiệm vụ {code}: các ký tự điều khiển vô hình trong văn bản đã lưu không được đưa vào tệp Excel.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="54" />
        <source>This database is open read-only: a report printed from it could not be verified later. Open it normally to print.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: báo cáo in ra sẽ không xác thực được về sau. Hãy mở bình thường để in.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="98" />
        <source>Choose the agency whose report to print.</source>
        <translation>Hãy chọn cơ quan cần in báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/plan.py" line="59" />
        <source>Some fields were refused; nothing was saved.</source>
        <translation>Một số trường không hợp lệ nên chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="63" />
        <source>The token library {path} does not exist; install the token driver from your certificate authority or correct the library's path in Settings.</source>
        <translation>Không có thư viện token {path}; hãy cài trình điều khiển token của tổ chức chứng thực hoặc sửa đường dẫn thư viện trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="64" />
        <source>No token library was found on this computer; install the token driver from your certificate authority, or give the library's path in Settings (or with --pkcs11-lib).</source>
        <translation>Không tìm thấy thư viện token trên máy này; hãy cài trình điều khiển token của tổ chức chứng thực, hoặc nhập đường dẫn thư viện trong Cài đặt (hoặc bằng --pkcs11-lib).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="65" />
        <source>The token library {path} is a {theirs}-bit library, which this {ours}-bit program cannot load; install the {ours}-bit token driver from your certificate authority.</source>
        <translation>Thư viện token {path} là bản {theirs} bit, chương trình {ours} bit này không nạp được; hãy cài trình điều khiển token bản {ours} bit của tổ chức chứng thực.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="66" />
        <source>The file {path} is not a token library (PKCS#11 module).</source>
        <translation>Tệp {path} không phải là thư viện token (mô-đun PKCS#11).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="67" />
        <source>The token library {path} could not be loaded; reinstall the token driver from your certificate authority.</source>
        <translation>Không nạp được thư viện token {path}; hãy cài lại trình điều khiển token của tổ chức chứng thực.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="68" />
        <source>No token is plugged in; plug in your digital-signature token and try again.</source>
        <translation>Chưa cắm token; hãy cắm token chữ ký số rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="69" />
        <source>No token named {label} is plugged in (tokens found: {found}).</source>
        <translation>Không có token tên {label} đang cắm (các token tìm thấy: {found}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="70" />
        <source>Several tokens are plugged in ({found}); name the one to sign with (--token-label).</source>
        <translation>Đang cắm nhiều token ({found}); hãy chỉ rõ token dùng để ký (--token-label).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="71" />
        <source>The token was unplugged or stopped answering; plug it in again and retry.</source>
        <translation>Token đã bị rút ra hoặc không phản hồi; hãy cắm lại và thử lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="72" />
        <source>Enter the token's PIN to sign.</source>
        <translation>Hãy nhập mã PIN của token để ký.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="73" />
        <source>The PIN is wrong.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="74" />
        <source>The PIN is wrong; the token counts wrong PINs and locks itself after a few more.</source>
        <translation>Mã PIN không đúng; token đếm số lần nhập sai và sẽ tự khóa nếu sai thêm vài lần nữa.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="75" />
        <source>The PIN is wrong; one more wrong PIN will lock the token.</source>
        <translation>Mã PIN không đúng; nhập sai thêm một lần nữa token sẽ bị khóa.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="76" />
        <source>The token is locked after too many wrong PINs; ask your certificate authority to unlock it.</source>
        <translation>Token đã bị khóa do nhập sai mã PIN quá nhiều lần; hãy đề nghị tổ chức chứng thực mở khóa.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="77" />
        <source>The token {token} holds no certificate to sign with.</source>
        <translation>Token {token} không có chứng thư nào để ký.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="78" />
        <source>The token {token} holds no certificate named {label} (certificates: {found}).</source>
        <translation>Token {token} không có chứng thư tên {label} (các chứng thư: {found}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="79" />
        <source>The token {token} holds several certificates ({found}); name the one to sign with (--key-label).</source>
        <translation>Token {token} có nhiều chứng thư ({found}); hãy chỉ rõ chứng thư dùng để ký (--key-label).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="80" />
        <source>The token {token} holds no private key for the certificate of {name}.</source>
        <translation>Token {token} không có khóa bí mật cho chứng thư của {name}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="81" />
        <source>The certificate of {name} expired on {day}; renew it with your certificate authority.</source>
        <translation>Chứng thư của {name} đã hết hạn ngày {day}; hãy gia hạn với tổ chức chứng thực.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="82" />
        <source>The certificate of {name} is valid only from {day}.</source>
        <translation>Chứng thư của {name} chỉ có hiệu lực từ ngày {day}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="83" />
        <source>The token refused to sign; unplug it, plug it in again and retry.</source>
        <translation>Token từ chối ký; hãy rút token ra, cắm lại và thử lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="84" />
        <source>The timestamp server {url} did not answer, so the report was signed without a timestamp (the signing time is this computer's clock).</source>
        <translation>Máy chủ dấu thời gian {url} không phản hồi nên báo cáo được ký không có dấu thời gian (thời gian ký lấy theo đồng hồ của máy này).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="85" />
        <source>The file {file} is not a readable PDF document.</source>
        <translation>Tệp {file} không phải là tài liệu PDF đọc được.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="20" />
        <source>The file {file} holds no certificate (PEM or DER).</source>
        <translation>Tệp {file} không chứa chứng thư nào (PEM hoặc DER).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="21" />
        <source>The certificate of {name} is not a certificate authority's, so it cannot be trusted as one.</source>
        <translation>Chứng thư của {name} không phải của tổ chức chứng thực nên không thể tin cậy như một tổ chức chứng thực.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="22" />
        <source>No trusted certificate authority has a fingerprint starting with {fingerprint}.</source>
        <translation>Không có tổ chức chứng thực được tin cậy nào có dấu vân tay bắt đầu bằng {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="23" />
        <source>Several trusted certificate authorities have a fingerprint starting with {fingerprint}; give more of it.</source>
        <translation>Có nhiều tổ chức chứng thực được tin cậy có dấu vân tay bắt đầu bằng {fingerprint}; hãy nhập dài hơn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="387" />
        <source>The file {name} has no header row with a "{anchor}" cell; it is not a reorganisation workbook.</source>
        <translation>Tệp {name} không có dòng tiêu đề chứa ô "{anchor}"; đây không phải sổ sắp xếp cơ quan, đơn vị.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="418" />
        <source>Row {row}: the cell holds a formula; type the value itself.</source>
        <translation>Dòng {row}: ô chứa công thức; hãy nhập trực tiếp giá trị.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="420" />
        <source>Row {row}: the text is longer than a cell holds.</source>
        <translation>Dòng {row}: nội dung dài hơn sức chứa của một ô.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="424" />
        <source>Row {row}: "{value}" is not a kind of change in the list.</source>
        <translation>Dòng {row}: "{value}" không phải loại thay đổi trong danh sách.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="426" />
        <source>Row {row}: choose the kind of change.</source>
        <translation>Dòng {row}: hãy chọn loại thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="431" />
        <source>Row {row}: "{value}" is not a date; write it as dd/mm/yyyy, for example 01/07/2025.</source>
        <translation>Dòng {row}: "{value}" không phải là ngày; hãy ghi theo dạng dd/mm/yyyy, ví dụ 01/07/2025.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="435" />
        <source>Row {row}: the effective date is missing.</source>
        <translation>Dòng {row}: thiếu ngày hiệu lực.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="438" />
        <source>Row {row}: the status "{value}" is not in the list; the row is not applied.</source>
        <translation>Dòng {row}: trạng thái "{value}" không có trong danh sách; dòng này không được áp dụng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="443" />
        <source>Row {row} has no status; only rows marked "{confirmed}" are applied.</source>
        <translation>Dòng {row} chưa có trạng thái; chỉ các dòng ghi "{confirmed}" được áp dụng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="377" />
        <source>Rows {rows} give no legal basis (document number); the change log will not say on what authority they changed.</source>
        <translation>Các dòng {rows} chưa ghi căn cứ (số văn bản); nhật ký thay đổi sẽ không ghi được căn cứ của các thay đổi này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="403" />
        <source>From {day:%d/%m/%Y} the group {group} would have no members, so nobody would report on its {count} tasks: name its members in a "Thành viên nhóm" row.</source>
        <translation>Từ ngày {day:%d/%m/%Y}, nhóm {group} sẽ không còn thành viên nên không ai báo cáo {count} nhiệm vụ của nhóm: hãy ghi các thành viên ở một dòng "Thành viên nhóm".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="428" />
        <source>The workbook {file} has refused rows; nothing was applied. Correct them and apply it again.</source>
        <translation>Sổ {file} có dòng bị từ chối nên chưa áp dụng gì. Hãy sửa các dòng đó rồi áp dụng lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="437" />
        <source>The database changed after the workbook {file} was checked; nothing was applied. Check it again.</source>
        <translation>Cơ sở dữ liệu đã thay đổi sau khi kiểm tra sổ {file} nên chưa áp dụng gì. Hãy kiểm tra lại sổ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="488" />
        <source>Row {row}: the effective date {day:%d/%m/%Y} is before the plan began ({start:%d/%m/%Y}).</source>
        <translation>Dòng {row}: ngày hiệu lực {day:%d/%m/%Y} trước ngày bắt đầu kế hoạch ({start:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="497" />
        <source>Row {row}: no unit is called "{text}"; write its code or its name as the list of units gives it.</source>
        <translation>Dòng {row}: không có đơn vị nào tên "{text}"; hãy ghi mã hoặc tên đơn vị đúng như danh sách đơn vị.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="500" />
        <location filename="../gpa_desktop/operations/reorganisation.py" line="558" />
        <location filename="../gpa_desktop/operations/reorganisation.py" line="584" />
        <source>Row {row}: {name} is a group of agencies; change its members instead.</source>
        <translation>Dòng {row}: {name} là một nhóm cơ quan; hãy thay đổi thành viên của nhóm.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="503" />
        <source>Row {row}: {name} is not a group of agencies.</source>
        <translation>Dòng {row}: {name} không phải là nhóm cơ quan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="510" />
        <source>Row {row}: name exactly one unit under "{header}".</source>
        <translation>Dòng {row}: ghi đúng một đơn vị ở cột "{header}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="517" />
        <source>Row {row}: {name} is already merged, split or ended in row {first}.</source>
        <translation>Dòng {row}: {name} đã được hợp nhất, chia tách hoặc chấm dứt ở dòng {first}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="525" />
        <source>Row {row}: write the names of the new units under "Đơn vị sau", one per line.</source>
        <translation>Dòng {row}: ghi tên các đơn vị mới ở cột "Đơn vị sau", mỗi tên một dòng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="536" />
        <source>Row {row}: a unit called "{name}" exists already ({code}).</source>
        <translation>Dòng {row}: đã có đơn vị tên "{name}" ({code}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="548" />
        <source>Row {row}: name the units merged under "Đơn vị trước".</source>
        <translation>Dòng {row}: ghi các đơn vị hợp nhất ở cột "Đơn vị trước".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="560" />
        <source>Row {row}: {name} cannot be merged into itself.</source>
        <translation>Dòng {row}: không thể hợp nhất {name} vào chính nó.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="572" />
        <source>Row {row}: write each successor with the tasks it takes over, for example "Sở Nội vụ: 3.1, 7.2".</source>
        <translation>Dòng {row}: ghi mỗi đơn vị tiếp nhận kèm các nhiệm vụ được nhận, ví dụ "Sở Nội vụ: 3.1, 7.2".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="576" />
        <source>Row {row}: there is no task {tasks} in the plan.</source>
        <translation>Dòng {row}: kế hoạch không có nhiệm vụ {tasks}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="588" />
        <source>Row {row}: a split needs at least two successors; for one, use "Hợp nhất".</source>
        <translation>Dòng {row}: chia tách cần ít nhất hai đơn vị tiếp nhận; nếu chỉ có một, hãy dùng "Hợp nhất".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="593" />
        <source>Row {row}: name the units that end under "Đơn vị trước".</source>
        <translation>Dòng {row}: ghi các đơn vị chấm dứt hoạt động ở cột "Đơn vị trước".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="595" />
        <source>Row {row}: a unit that ends has no successor here; to hand its tasks over, use "Hợp nhất".</source>
        <translation>Dòng {row}: đơn vị chấm dứt không ghi đơn vị tiếp nhận ở đây; để chuyển giao nhiệm vụ, hãy dùng "Hợp nhất".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="604" />
        <source>Row {row}: a group left without members: name its members from that day under "Đơn vị sau".</source>
        <translation>Dòng {row}: nhóm không còn thành viên; hãy ghi các thành viên từ ngày đó ở cột "Đơn vị sau".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="171" />
        <source>The file {path} is not a GPA Desktop database, so it cannot be restored.</source>
        <extracomment>progress(done_pages, total_pages) The one place to change how many automatic backups are kept (README: "Dữ liệu nằm ở đâu").</extracomment>
        <translation>Tệp {path} không phải là cơ sở dữ liệu GPA Desktop nên không khôi phục được.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="172" />
        <source>The backup {path} is damaged, so it cannot be restored.</source>
        <translation>Bản sao lưu {path} bị hỏng nên không khôi phục được.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="173" />
        <source>{path} is the open database itself; choose a backup of it.</source>
        <translation>{path} chính là cơ sở dữ liệu đang mở; hãy chọn một bản sao lưu của nó.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="174" />
        <source>This database is open read-only; a backup cannot be restored into it.</source>
        <translation>Cơ sở dữ liệu này đang mở ở chế độ chỉ xem nên không khôi phục bản sao lưu vào được.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="202" />
        <source>The backup {path} was made by a newer version of GPA Desktop; install it to restore this backup.</source>
        <translation>Bản sao lưu {path} được tạo bởi phiên bản GPA Desktop mới hơn; hãy cài phiên bản đó để khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="239" />
        <source>The database {path} is damaged, so nothing was written to it; the newest sound backup is from {day:%d/%m/%Y %H:%M} ({backup}).</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng nên chưa ghi gì vào đó; bản sao lưu còn tốt mới nhất là bản lúc {day:%d/%m/%Y %H:%M} ({backup}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="243" />
        <source>The database {path} is damaged, so nothing was written to it, and no sound backup of it was found.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng nên chưa ghi gì vào đó, và không tìm thấy bản sao lưu nào của nó còn tốt.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="35" />
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: không ghi được {path}. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="36" />
        <source>The disk holding {path} is read-only, so nothing could be written there.</source>
        <translation>Ổ đĩa chứa {path} chỉ cho phép đọc nên không ghi được gì vào đó.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="37" />
        <source>You are not allowed to write {path}, or another program has it open; nothing was written.</source>
        <translation>Bạn không có quyền ghi {path}, hoặc một chương trình khác đang mở tệp này; chưa ghi gì.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="40" />
        <source>The folder for {path} does not exist, so nothing was written.</source>
        <translation>Thư mục chứa {path} không tồn tại nên chưa ghi gì.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="41" />
        <source>{path} is a folder, not a file.</source>
        <translation>{path} là một thư mục, không phải một tệp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="42" />
        <source>The name {path} is too long for this disk; choose a shorter name.</source>
        <translation>Tên {path} quá dài đối với ổ đĩa này; hãy chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="43" />
        <source>The file {path} could not be written.</source>
        <translation>Không ghi được tệp {path}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="44" />
        <source>The file {path} does not exist.</source>
        <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="45" />
        <source>You are not allowed to read {path}, or another program has it locked.</source>
        <translation>Bạn không có quyền đọc {path}, hoặc một chương trình khác đang khoá tệp này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="46" />
        <source>The file {path} could not be read.</source>
        <translation>Không đọc được tệp {path}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="48" />
        <source>The disk holding the database {path} is full, so nothing was changed. Free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu {path} đã đầy nên chưa có gì thay đổi. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="51" />
        <source>The database {path} is on a read-only disk or is a read-only file, so nothing was changed.</source>
        <translation>Cơ sở dữ liệu {path} nằm trên ổ đĩa chỉ đọc hoặc là tệp chỉ đọc nên chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="54" />
        <source>The database {path} could not be written (the disk may have been removed or be failing), so nothing was changed.</source>
        <translation>Không ghi được vào cơ sở dữ liệu {path} (ổ đĩa có thể đã bị rút ra hoặc đang hỏng) nên chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="57" />
        <source>The database {path} cannot be opened: its folder is missing or you are not allowed to use it.</source>
        <translation>Không mở được cơ sở dữ liệu {path}: thư mục chứa nó không còn hoặc bạn không có quyền dùng nó.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="60" />
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>Cơ sở dữ liệu {path} đang được một chương trình khác sử dụng; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/migrations.py" line="50" />
        <source>Upgrading {path} would leave broken references, so it was not upgraded; nothing was changed.</source>
        <translation>Nâng cấp {path} sẽ làm hỏng liên kết giữa các bảng nên đã không nâng cấp; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/exchange.py" line="62" />
        <source>Nothing was written: {files} already exist in that folder.</source>
        <translation>Chưa ghi tệp nào: trong thư mục đó đã có {files}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/exchange.py" line="120" />
        <source>{file} holds values that are not in the database yet, so it was not replaced and nothing was written: import it first, or export to another folder.</source>
        <translation>Tệp {file} có số liệu chưa có trong cơ sở dữ liệu nên không bị ghi đè và chưa tệp nào được ghi: hãy nhập tệp đó trước, hoặc xuất ra thư mục khác.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/exchange.py" line="223" />
        <source>The file {name} could not be imported because of an unexpected error (the details are in the log); the other files were not affected.</source>
        <translation>Không nhập được tệp {name} do một lỗi ngoài dự kiến (chi tiết ghi trong nhật ký); các tệp khác không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="40" />
        <source>The plan's title, basis or revision changed.</source>
        <translation>Tên, căn cứ hoặc phiên bản của kế hoạch đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="42" />
        <source>The list of statuses changed.</source>
        <translation>Danh sách tình trạng đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="49" />
        <source>Agency {code} added: {name}.</source>
        <translation>Thêm cơ quan {code}: {name}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="51" />
        <source>Agency {code} renamed: "{old}" → "{new}".</source>
        <translation>Cơ quan {code} đổi tên: "{old}" → "{new}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="53" />
        <source>Agency {code} ({name}) ends on {day:%d/%m/%Y}.</source>
        <translation>Cơ quan {code} ({name}) chấm dứt từ ngày {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="55" />
        <source>Agency {code} ({name}): its kind, former names or other spellings changed.</source>
        <translation>Cơ quan {code} ({name}): loại, tên cũ hoặc cách viết khác đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="57" />
        <source>Agency {code} ({name}) is no longer in the province's list.</source>
        <translation>Cơ quan {code} ({name}) không còn trong danh sách của tỉnh.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="69" />
        <source>Group {code} ({name}): who belongs to it changed.</source>
        <translation>Nhóm {code} ({name}): thành viên đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="73" />
        <source>{old} is succeeded by {new} from {day:%d/%m/%Y}.</source>
        <translation>{new} kế thừa {old} từ ngày {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="76" />
        <source>The plan's themes changed.</source>
        <translation>Các nhóm nhiệm vụ của kế hoạch đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="81" />
        <source>Task {code} added.</source>
        <translation>Thêm nhiệm vụ {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="84" />
        <source>Task {code}: deadline "{old}" → "{new}".</source>
        <translation>Nhiệm vụ {code}: thời hạn "{old}" → "{new}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="86" />
        <source>Task {code}: its activities changed.</source>
        <translation>Nhiệm vụ {code}: nội dung hoạt động đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="88" />
        <source>Task {code}: the agencies assigned to it, or their dates, changed.</source>
        <translation>Nhiệm vụ {code}: cơ quan được giao hoặc thời gian giao đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="90" />
        <source>Task {code} is no longer in the province's plan.</source>
        <translation>Nhiệm vụ {code} không còn trong kế hoạch của tỉnh.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="96" />
        <source>Period {code} added, due {day:%d/%m/%Y}.</source>
        <translation>Thêm kỳ {code}, hạn nộp {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="99" />
        <source>Period {code}: due date {old:%d/%m/%Y} → {new:%d/%m/%Y}.</source>
        <translation>Kỳ {code}: hạn nộp {old:%d/%m/%Y} → {new:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="102" />
        <source>Period {code}: data cut-off {old:%d/%m/%Y} → {new:%d/%m/%Y}.</source>
        <translation>Kỳ {code}: ngày chốt số liệu {old:%d/%m/%Y} → {new:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="106" />
        <source>Period {code} is no longer in the province's list.</source>
        <translation>Kỳ {code} không còn trong danh sách của tỉnh.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="108" />
        <source>The order of the plan's lists changed.</source>
        <translation>Thứ tự các danh sách của kế hoạch đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/convergence.py" line="72" />
        <source>No template from the province for period {period} has been imported here yet: import the province's template first, then export the workbook.</source>
        <translation>Chưa nhập mẫu nào của tỉnh cho kỳ {period} vào đây: hãy nhập mẫu của tỉnh trước, rồi mới xuất sổ báo cáo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/installation.py" line="75" />
        <source>{name} is a group of agencies; an installation belongs to one agency.</source>
        <translation>{name} là một nhóm cơ quan; mỗi bản cài đặt thuộc về một cơ quan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/contained.py" line="30" />
        <source>The file {name} could not be read safely: reading it needed far more memory or time than a reporting workbook does, or made the reader fail; it was not imported.</source>
        <translation>Tệp {name} không đọc được an toàn: việc đọc cần nhiều bộ nhớ hoặc thời gian hơn hẳn một sổ báo cáo, hoặc làm bộ đọc gặp lỗi; tệp không được nhập.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="130" />
        <source>No report with the code {code} was issued from this database.</source>
        <translation>Cơ sở dữ liệu này chưa phát hành báo cáo nào có mã {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="139" />
        <source>OK: the report of {what}, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</source>
        <translation>ĐÚNG: báo cáo của {what}, kỳ {period}, ngày {day:%d/%m/%Y} khớp hoàn toàn với dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="141" />
        <source>OK: the province report, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</source>
        <translation>ĐÚNG: báo cáo tổng hợp của tỉnh, kỳ {period}, ngày {day:%d/%m/%Y}, khớp hoàn toàn với dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="145" />
        <source>CHANGED: the records differ from the report of {what}, period {period}, dated {day:%d/%m/%Y}:</source>
        <translation>ĐÃ THAY ĐỔI: dữ liệu hiện nay khác với báo cáo của {what}, kỳ {period}, ngày {day:%d/%m/%Y}:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="147" />
        <source>CHANGED: the records differ from the province report, period {period}, dated {day:%d/%m/%Y}:</source>
        <translation>ĐÃ THAY ĐỔI: dữ liệu khác với báo cáo tổng hợp của tỉnh, kỳ {period}, ngày {day:%d/%m/%Y}:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="43" />
        <source>Signature: NONE, the file is not signed.</source>
        <translation>Chữ ký số: KHÔNG CÓ, tệp chưa được ký.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="44" />
        <source>Signature: BROKEN, the file was changed after it was signed.</source>
        <translation>Chữ ký số: HỎNG, tệp đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="45" />
        <source>Signature: intact, but it does NOT cover the whole file: something was added after signing.</source>
        <translation>Chữ ký số: nguyên vẹn nhưng KHÔNG bao trùm toàn bộ tệp: có nội dung được thêm vào sau khi ký.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="46" />
        <source>Signature: intact, covers the whole file.</source>
        <translation>Chữ ký số: nguyên vẹn, bao trùm toàn bộ tệp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="47" />
        <source>Signed by: {signer} ({organisation}), at {time} ({how}).</source>
        <translation>Người ký: {signer} ({organisation}), lúc {time} ({how}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="48" />
        <source>Certificate authority: trusted ({issuer}).</source>
        <translation>Tổ chức chứng thực: được tin cậy ({issuer}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="49" />
        <source>Certificate authority: NOT TRUSTED ({issuer}): the certificate does not chain to an authority this installation trusts.</source>
        <translation>Tổ chức chứng thực: KHÔNG ĐƯỢC TIN CẬY ({issuer}): chứng thư không thuộc tổ chức chứng thực nào mà máy này tin cậy.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="50" />
        <source>Verification code: NONE found in the file.</source>
        <translation>Mã xác thực: KHÔNG tìm thấy trong tệp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="51" />
        <source>Verification code {code}: NOT FOUND, no report with this code was issued from this database.</source>
        <translation>Mã xác thực {code}: KHÔNG CÓ, cơ sở dữ liệu này chưa phát hành báo cáo nào có mã này.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="52" />
        <source>Verification code {code}: matches the records exactly.</source>
        <translation>Mã xác thực {code}: khớp hoàn toàn với dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="53" />
        <source>Verification code {code}: CHANGED, the records now differ:</source>
        <translation>Mã xác thực {code}: ĐÃ THAY ĐỔI, dữ liệu hiện nay khác:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="54" />
        <source>Result: VALID.</source>
        <translation>Kết luận: HỢP LỆ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="55" />
        <source>Result: NOT VALID.</source>
        <translation>Kết luận: KHÔNG HỢP LỆ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="57" />
        <source>time vouched for by a timestamp server</source>
        <translation>thời gian được máy chủ dấu thời gian xác nhận</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="58" />
        <source>the signer's computer clock, no timestamp</source>
        <translation>theo đồng hồ máy tính của người ký, không có dấu thời gian</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="182" />
        <source>Verify a report code</source>
        <translation>Kiểm tra mã xác thực báo cáo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="187" />
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="190" />
        <source>Check a signed PDF file…</source>
        <translation>Kiểm tra tệp PDF đã ký số…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="195" />
        <source>Verification code printed on the report:</source>
        <translation>Mã xác thực in trên báo cáo:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="210" />
        <source>Check a signed report</source>
        <translation>Kiểm tra báo cáo đã ký số</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="210" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
</TS>
