<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Cli</name>
    <message>
        <location filename="../gpa_desktop/cli.py" line="27" />
        <source>The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.
</source>
        <translation>Lệnh không hợp lệ: {detail}. Gõ gpa-desktop --help để xem danh sách lệnh.
</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="35" />
        <source>database file to open</source>
        <translation>tệp cơ sở dữ liệu cần mở</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="36" />
        <source>language: vi or en</source>
        <translation>ngôn ngữ: vi (tiếng Việt) hoặc en (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="38" />
        <source>Green Growth Action Plan of Gia Lai province.</source>
        <translation>Kế hoạch hành động tăng trưởng xanh tỉnh Gia Lai.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="40" />
        <source>open the main window, paint it once and exit</source>
        <translation>mở cửa sổ chính, vẽ một lần rồi thoát (kiểm tra nhanh)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="43" />
        <source>print the plan: groups, tasks, agencies</source>
        <translation>in kế hoạch: nhóm nhiệm vụ, nhiệm vụ, cơ quan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="44" />
        <location filename="../gpa_desktop/cli.py" line="46" />
        <location filename="../gpa_desktop/cli.py" line="48" />
        <source>print JSON</source>
        <translation>in dạng JSON</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="45" />
        <source>list agencies with the tasks they lead and coordinate</source>
        <translation>liệt kê các cơ quan cùng nhiệm vụ chủ trì và phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="47" />
        <source>list reporting periods and their due dates</source>
        <translation>liệt kê các kỳ báo cáo và hạn nộp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="75" />
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="76" />
        <location filename="../gpa_desktop/cli.py" line="109" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="77" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="78" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="107" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="108" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="110" />
        <source>Coord.</source>
        <translation>Ph.hợp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="111" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="142" />
        <source>due</source>
        <translation>hạn nộp</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="182" />
        <source>An unexpected error stopped the command. Details were written to the log.</source>
        <translation>Lệnh bị dừng do một lỗi không lường trước. Chi tiết đã được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="13" />
        <source>GPA Desktop – {title}</source>
        <translation>GPA Desktop – {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="16" />
        <source>{title}

{groups} task groups, {tasks} tasks.</source>
        <translation>{title}

{groups} nhóm nhiệm vụ, {tasks} nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="23" />
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
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
        <location filename="../gpa_desktop/domain/plan.py" line="167" />
        <source>The plan file is not valid: {reason}</source>
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
        <location filename="../gpa_desktop/storage/changes.py" line="161" />
        <source>There is nothing to undo.</source>
        <translation>Không có thao tác nào để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="63" />
        <source>Cannot read the file {path}: {reason}</source>
        <extracomment>Schema revisions this version of the app knows, oldest first; the last is current.</extracomment>
        <translation>Không đọc được tệp {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="68" />
        <source>The file {path} is not a GPA Desktop database.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu GPA Desktop.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="85" />
        <source>The database file {path} is damaged and cannot be opened.</source>
        <translation>Tệp cơ sở dữ liệu {path} bị hỏng, không mở được.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="96" />
        <source>The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>Tệp cơ sở dữ liệu {path} chỉ cho phép đọc. Hãy chép tệp sang thư mục có quyền ghi, hoặc đổi quyền của tệp.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="120" />
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="126" />
        <source>The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của GPA Desktop. Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/migrations.py" line="43" />
        <source>Upgrading {path} left broken references; the copy made before the upgrade is at {backup}.</source>
        <translation>Nâng cấp {path} để lại liên kết dữ liệu bị hỏng; bản sao trước khi nâng cấp nằm tại {backup}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/reports.py" line="19" />
        <source>There is no task {code} in the plan.</source>
        <translation>Kế hoạch không có nhiệm vụ {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/reports.py" line="26" />
        <source>There is no agency with the code {code}.</source>
        <translation>Không có cơ quan nào mang mã {code}.</translation>
    </message>
</context>
</TS>
