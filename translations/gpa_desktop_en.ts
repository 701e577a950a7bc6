<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../gpa_desktop/cli.py" line="27" />
        <source>The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.
</source>
        <translation>The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.
</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="35" />
        <source>database file to open</source>
        <translation>database file to open</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="36" />
        <source>language: vi or en</source>
        <translation>language: vi or en</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="38" />
        <source>Green Growth Action Plan of Gia Lai province.</source>
        <translation>Green Growth Action Plan of Gia Lai province.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="40" />
        <source>open the main window, paint it once and exit</source>
        <translation>open the main window, paint it once and exit</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="43" />
        <source>print the plan: groups, tasks, agencies</source>
        <translation>print the plan: groups, tasks, agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="44" />
        <location filename="../gpa_desktop/cli.py" line="46" />
        <location filename="../gpa_desktop/cli.py" line="48" />
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="45" />
        <source>list agencies with the tasks they lead and coordinate</source>
        <translation>list agencies with the tasks they lead and coordinate</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="47" />
        <source>list reporting periods and their due dates</source>
        <translation>list reporting periods and their due dates</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="75" />
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="76" />
        <location filename="../gpa_desktop/cli.py" line="109" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="77" />
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="78" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="107" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="108" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="110" />
        <source>Coord.</source>
        <translation>Coord.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="111" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="142" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="182" />
        <source>An unexpected error stopped the command. Details were written to the log.</source>
        <translation>An unexpected error stopped the command. Details were written to the log.</translation>
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

{groups} task groups, {tasks} tasks.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="23" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../gpa_desktop/domain/periods.py" line="53" />
        <source>"{text}" is not a reporting period. Write a year (2024), a half-year (2024-H1) or a quarter (2024-Q3).</source>
        <extracomment>Days after a period's end by which its reports are due, unless the province sets another date.</extracomment>
        <translation>"{text}" is not a reporting period. Write a year (2024), a half-year (2024-H1) or a quarter (2024-Q3).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/periods.py" line="61" />
        <source>The year {year} is out of range.</source>
        <translation>The year {year} is out of range.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/periods.py" line="65" />
        <source>A year has two halves: H1 and H2, not H{number}.</source>
        <translation>A year has two halves: H1 and H2, not H{number}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="167" />
        <source>The plan file is not valid: {reason}</source>
        <translation>The plan file is not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="55" />
        <source>The status "{status}" is not in the status list.</source>
        <extracomment>openpyxl/Excel cannot hold more in one cell; we refuse rather than cut.</extracomment>
        <translation>The status "{status}" is not in the status list.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="60" />
        <source>Progress must be a whole number from 0 to 100, not {value}.</source>
        <translation>Progress must be a whole number from 0 to 100, not {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="65" />
        <source>The budget must be a number of million VND, zero or more, not {value}.</source>
        <translation>The budget must be a number of million VND, zero or more, not {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="71" />
        <source>A text is longer than {limit} characters and cannot be stored whole.</source>
        <translation>A text is longer than {limit} characters and cannot be stored whole.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agencies.py" line="53" />
        <source>No agency is called "{text}".</source>
        <translation>No agency is called "{text}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="33" />
        <source>The backup copy failed its integrity check: {detail}</source>
        <extracomment>progress(done_pages, total_pages)</extracomment>
        <translation>The backup copy failed its integrity check: {detail}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/changes.py" line="161" />
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="63" />
        <source>Cannot read the file {path}: {reason}</source>
        <extracomment>Schema revisions this version of the app knows, oldest first; the last is current.</extracomment>
        <translation>Cannot read the file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="68" />
        <source>The file {path} is not a GPA Desktop database.</source>
        <translation>The file {path} is not a GPA Desktop database.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="85" />
        <source>The database file {path} is damaged and cannot be opened.</source>
        <translation>The database file {path} is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="96" />
        <source>The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="120" />
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="126" />
        <source>The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.</source>
        <translation>The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/migrations.py" line="43" />
        <source>Upgrading {path} left broken references; the copy made before the upgrade is at {backup}.</source>
        <translation>Upgrading {path} left broken references; the copy made before the upgrade is at {backup}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/reports.py" line="19" />
        <source>There is no task {code} in the plan.</source>
        <translation>There is no task {code} in the plan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/reports.py" line="26" />
        <source>There is no agency with the code {code}.</source>
        <translation>There is no agency with the code {code}.</translation>
    </message>
</context>
</TS>
