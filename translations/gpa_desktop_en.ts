<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgencyChangeDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="53" />
        <source>Change agencies</source>
        <translation>Change agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Add an agency</source>
        <translation>Add an agency</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="57" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="58" />
        <source>Members of a group</source>
        <translation>Members of a group</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="86" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="87" />
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="99" />
        <source>A new agency is expected to report from the effective date on the tasks of the groups it joins.</source>
        <translation>A new agency is expected to report from the effective date on the tasks of the groups it joins.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="100" />
        <source>The new name is shown from the effective date; reports filed before keep the old name.</source>
        <translation>The new name is shown from the effective date; reports filed before keep the old name.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="102" />
        <source>From the effective date the merged agencies' tasks are expected from the agency they merge into. Reports filed before stay with the old agencies.</source>
        <translation>From the effective date the merged agencies' tasks are expected from the agency they merge into. Reports filed before stay with the old agencies.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="106" />
        <source>From the effective date each task moves to the successor chosen for it. Reports filed before stay with the old agency.</source>
        <translation>From the effective date each task moves to the successor chosen for it. Reports filed before stay with the old agency.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="109" />
        <source>From the effective date nothing more is expected of the agencies; their reports are kept.</source>
        <translation>From the effective date nothing more is expected of the agencies; their reports are kept.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="111" />
        <source>A group's tasks are expected from each of its members. From the effective date the agencies ticked here are its members; one unticked stops being expected on the group's tasks.</source>
        <translation>A group's tasks are expected from each of its members. From the effective date the agencies ticked here are its members; one unticked stops being expected on the group's tasks.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="116" />
        <source>The change can be undone (Edit → Undo).</source>
        <translation>The change can be undone (Edit → Undo).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="151" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="152" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="153" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="154" />
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="161" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="162" />
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="170" />
        <source>A new agency…</source>
        <translation>A new agency…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="173" />
        <source>Merge these agencies</source>
        <translation>Merge these agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="174" />
        <source>Into</source>
        <translation>Into</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="175" />
        <source>New agency's code</source>
        <translation>New agency's code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="176" />
        <source>New agency's name</source>
        <translation>New agency's name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="190" />
        <source>Agency to split</source>
        <translation>Agency to split</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="192" />
        <source>Choose which agency takes over each task:</source>
        <translation>Choose which agency takes over each task:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="194" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="194" />
        <source>Successor</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="203" />
        <source>Give every task to</source>
        <translation>Give every task to</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="227" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="244" />
        <source>End these agencies</source>
        <translation>End these agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="254" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="255" />
        <source>Its members</source>
        <translation>Its members</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_change_dialog.py" line="311" />
        <source>Agency change</source>
        <translation>Agency change</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="49" />
        <source>Departments</source>
        <extracomment>The day the plan's structure (agencies, their roles, collectives' members) is taken to start.</extracomment>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="49" />
        <source>Provincial departments</source>
        <translation>Provincial departments</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="50" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="50" />
        <source>District-level units</source>
        <translation>District-level units</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="51" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="51" />
        <source>Communes and wards</source>
        <translation>Communes and wards</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="53" />
        <source>Central branches</source>
        <translation>Central branches</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="53" />
        <source>Central agencies' branches</source>
        <translation>Central agencies' branches</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="55" />
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="55" />
        <source>Associations and unions</source>
        <translation>Associations and unions</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="56" />
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="56" />
        <source>Other agencies</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="57" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/plan.py" line="57" />
        <source>Groups of agencies</source>
        <translation>Groups of agencies</translation>
    </message>
</context>
<context>
    <name>AgencyView</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="190" />
        <source>{name} (ended {day})</source>
        <translation>{name} (ended {day})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="192" />
        <source>{name} ({count} members)</source>
        <translation>{name} ({count} members)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="199" />
        <source>Called {name} from {day}</source>
        <translation>Called {name} from {day}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="203" />
        <source>From {day} its tasks went to {name}</source>
        <translation>From {day} its tasks went to {name}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="205" />
        <source>From {day} it took over from {name}</source>
        <translation>From {day} it took over from {name}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="263" />
        <source>{received} of {count} members reported</source>
        <translation>{received} of {count} members reported</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="275" />
        <source>Now called {name}.</source>
        <translation>Now called {name}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="280" />
        <source>Nothing is expected of it in this period.</source>
        <translation>Nothing is expected of it in this period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="283" />
        <source>No agency belongs to this group in this period, so nobody is expected to report on its tasks. Choose its members in Lists → Agency changes… → Members of a group.</source>
        <translation>No agency belongs to this group in this period, so nobody is expected to report on its tasks. Choose its members in Lists → Agency changes… → Members of a group.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="220" />
        <source>Choose an agency on the left.</source>
        <translation>Choose an agency on the left.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="119" />
        <source>The tasks the chosen agency leads or coordinates in this period, with their reports, appear here.</source>
        <translation>The tasks the chosen agency leads or coordinates in this period, with their reports, appear here.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="271" />
        <source>&lt;b&gt;{name}&lt;/b&gt; — leads {led} and coordinates {coordinated} tasks; period {period}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — leads {led} and coordinates {coordinated} tasks; period {period}</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../gpa_desktop/cli.py" line="34" />
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="35" />
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="36" />
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="37" />
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="38" />
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="39" />
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="40" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="41" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="42" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="43" />
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="44" />
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="45" />
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="46" />
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="47" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../gpa_desktop/cli.py" line="93" />
        <source>The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.
</source>
        <translation>The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.
</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="125" />
        <source>database file to open</source>
        <translation>database file to open</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="126" />
        <source>language: vi or en</source>
        <translation>language: vi or en</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="129" />
        <source>Green Growth Action Plan of Gia Lai province.</source>
        <translation>Green Growth Action Plan of Gia Lai province.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="133" />
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="135" />
        <source>open the main window, paint it once and exit</source>
        <translation>open the main window, paint it once and exit</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="138" />
        <source>print the plan: groups, tasks, agencies</source>
        <translation>print the plan: groups, tasks, agencies</translation>
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
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="143" />
        <source>list agencies with the tasks they lead and coordinate</source>
        <translation>list agencies with the tasks they lead and coordinate</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="145" />
        <source>list reporting periods and their due dates</source>
        <translation>list reporting periods and their due dates</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="148" />
        <source>create a reporting period or set its dates</source>
        <translation>create a reporting period or set its dates</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="149" />
        <source>2024, 2024-H1 or 2024-Q3</source>
        <translation>2024, 2024-H1 or 2024-Q3</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="150" />
        <source>due date of the reports</source>
        <translation>due date of the reports</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="151" />
        <source>data cut-off date</source>
        <translation>data cut-off date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="152" />
        <source>delete the period (only while nothing refers to it)</source>
        <translation>delete the period (only while nothing refers to it)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="155" />
        <source>who has reported for a period, on time or late</source>
        <translation>who has reported for a period, on time or late</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="158" />
        <source>the period (default: the current year)</source>
        <translation>the period (default: the current year)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="162" />
        <source>add, rename, merge, split or end agencies, or set a group's members</source>
        <translation>add, rename, merge, split or end agencies, or set a group's members</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="164" />
        <source>add an agency</source>
        <translation>add an agency</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="168" />
        <source>rename an agency from a date</source>
        <translation>rename an agency from a date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="172" />
        <source>merge agencies into one from a date</source>
        <translation>merge agencies into one from a date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="175" />
        <source>name of the merged agency, when it is new</source>
        <translation>name of the merged agency, when it is new</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="177" />
        <source>split an agency from a date</source>
        <translation>split an agency from a date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="181" />
        <source>a successor and the tasks it takes over (repeat for each successor)</source>
        <translation>a successor and the tasks it takes over (repeat for each successor)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="184" />
        <source>end agencies from a date</source>
        <translation>end agencies from a date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="187" />
        <source>set a group's members from a date</source>
        <translation>set a group's members from a date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="189" />
        <source>every member from that day (none: the group is emptied)</source>
        <translation>every member from that day (none: the group is emptied)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="199" />
        <source>write an agency's reporting workbook for a period</source>
        <translation>write an agency's reporting workbook for a period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="203" />
        <source>one workbook for every agency with tasks in the period</source>
        <translation>one workbook for every agency with tasks in the period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="205" />
        <source>write the whole plan as a workbook</source>
        <translation>write the whole plan as a workbook</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="207" />
        <source>write every report of a period as a workbook</source>
        <translation>write every report of a period as a workbook</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="210" />
        <source>import returned reporting workbooks</source>
        <translation>import returned reporting workbooks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="197" />
        <location filename="../gpa_desktop/cli.py" line="212" />
        <source>check and show, write nothing</source>
        <translation>check and show, write nothing</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="89" />
        <source>The command is not valid: {detail}. Did you mean {suggestion}? Run gpa-desktop --help for the list of commands.
</source>
        <translation>The command is not valid: {detail}. Did you mean {suggestion}? Run gpa-desktop --help for the list of commands.
</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="141" />
        <source>the agencies in force on the period's last day (default: the plan as it stands)</source>
        <translation>the agencies in force on the period's last day (default: the plan as it stands)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="192" />
        <source>write the reorganisation workbook: the known changes as proposals to confirm</source>
        <translation>write the reorganisation workbook: the known changes as proposals to confirm</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="195" />
        <source>apply the confirmed rows of a reorganisation workbook</source>
        <translation>apply the confirmed rows of a reorganisation workbook</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="204" />
        <source>replace workbooks of the same name (never one holding values not imported yet)</source>
        <translation>replace workbooks of the same name (never one holding values not imported yet)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="213" />
        <source>in a conflict, take the workbook's value</source>
        <translation>in a conflict, take the workbook's value</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="214" />
        <source>for a workbook that lost its identification</source>
        <translation>for a workbook that lost its identification</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="216" />
        <source>write marked copies of files with refused rows</source>
        <translation>write marked copies of files with refused rows</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="217" />
        <source>the sheet that is the report, in workbooks holding several that could be</source>
        <translation>the sheet that is the report, in workbooks holding several that could be</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="220" />
        <source>take copies of a template whose saved time cannot tell them from the copy imported before as the agency's newer ones</source>
        <translation>take copies of a template whose saved time cannot tell them from the copy imported before as the agency's newer ones</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="225" />
        <source>convert text typed in an old Vietnamese encoding (TCVN3, VNI) to Unicode</source>
        <translation>convert text typed in an old Vietnamese encoding (TCVN3, VNI) to Unicode</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="229" />
        <source>take text that looks typed in an old Vietnamese encoding as written</source>
        <translation>take text that looks typed in an old Vietnamese encoding as written</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="233" />
        <source>take a province template sealed by another key than the one this installation took first (after comparing its fingerprint with the province)</source>
        <translation>take a province template sealed by another key than the one this installation took first (after comparing its fingerprint with the province)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="235" />
        <source>print a report to PDF: an agency's, the province's, or the plan</source>
        <translation>print a report to PDF: an agency's, the province's, or the plan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="238" />
        <source>the plan's task table</source>
        <translation>the plan's task table</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="240" />
        <source>document number (left blank to write by hand)</source>
        <translation>document number (left blank to write by hand)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="241" />
        <source>document date (default: today)</source>
        <translation>document date (default: today)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="242" />
        <source>signer's name</source>
        <translation>signer's name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="243" />
        <source>signer's title</source>
        <translation>signer's title</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="244" />
        <source>signing authority, e.g. "KT. GIÁM ĐỐC"</source>
        <translation>signing authority, e.g. "KT. GIÁM ĐỐC"</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="245" />
        <source>a recipient (repeat for each)</source>
        <translation>a recipient (repeat for each)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="246" />
        <source>issuing agency of the province report</source>
        <translation>issuing agency of the province report</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="247" />
        <source>supervising body on the first line of the header (default: UBND TỈNH GIA LAI)</source>
        <translation>supervising body on the first line of the header (default: UBND TỈNH GIA LAI)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="248" />
        <source>sign the PDF with your digital-signature token (PIN from GPA_PIN or asked)</source>
        <translation>sign the PDF with your digital-signature token (PIN from GPA_PIN or asked)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="249" />
        <source>the token's PKCS#11 library (default: GPA_PKCS11_LIB, then the usual places)</source>
        <translation>the token's PKCS#11 library (default: GPA_PKCS11_LIB, then the usual places)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="250" />
        <source>the token to sign with, when several are plugged in</source>
        <translation>the token to sign with, when several are plugged in</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="251" />
        <source>the certificate to sign with, when the token holds several</source>
        <translation>the certificate to sign with, when the token holds several</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="252" />
        <source>a timestamp server (RFC 3161) for a signature with a trusted time</source>
        <translation>a timestamp server (RFC 3161) for a signature with a trusted time</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="253" />
        <source>check a printed report's verification code</source>
        <translation>check a printed report's verification code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="255" />
        <source>check a signed report file: its signature and its verification code</source>
        <translation>check a signed report file: its signature and its verification code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="258" />
        <source>also trust this certificate authority for this check (repeat for each)</source>
        <translation>also trust this certificate authority for this check (repeat for each)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="259" />
        <source>the certificate authorities trusted for signed reports</source>
        <translation>the certificate authorities trusted for signed reports</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="261" />
        <source>trust a certificate authority (its certificate, PEM or DER)</source>
        <translation>trust a certificate authority (its certificate, PEM or DER)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="263" />
        <source>list the trusted certificate authorities</source>
        <translation>list the trusted certificate authorities</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="264" />
        <source>stop trusting a certificate authority</source>
        <translation>stop trusting a certificate authority</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="267" />
        <source>replace the database's content with a backup (the current state is backed up first)</source>
        <translation>replace the database's content with a backup (the current state is backed up first)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="270" />
        <source>list the automatic backups with their date and what they hold</source>
        <translation>list the automatic backups with their date and what they hold</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="271" />
        <source>list the workbooks received</source>
        <translation>list the workbooks received</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="279" />
        <source>show or set whose installation this database is</source>
        <translation>show or set whose installation this database is</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="281" />
        <source>this database is this agency's installation</source>
        <translation>this database is this agency's installation</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="282" />
        <source>this database is the province's focal department's</source>
        <translation>this database is the province's focal department's</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="284" />
        <source>write one progress report (the fields given; the others stay)</source>
        <translation>write one progress report (the fields given; the others stay)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="292" />
        <source>million VND</source>
        <translation>million VND</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="293" />
        <source>list the progress reports of a period</source>
        <translation>list the progress reports of a period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="358" />
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="359" />
        <location filename="../gpa_desktop/cli.py" line="394" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="360" />
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="361" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="365" />
        <source>Agencies in force on {day:%d/%m/%Y} (period {period}).</source>
        <translation>Agencies in force on {day:%d/%m/%Y} (period {period}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="392" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="393" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="395" />
        <source>Coord.</source>
        <translation>Coord.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="396" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="429" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="447" />
        <source>Period {code} deleted.</source>
        <translation>Period {code} deleted.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="454" />
        <source>Period {code}: reports due {due}, data cut-off {cutoff}.</source>
        <translation>Period {code}: reports due {due}, data cut-off {cutoff}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="480" />
        <source>Period {period}, reports due {due}</source>
        <translation>Period {period}, reports due {due}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="484" />
        <source>Expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</source>
        <translation>Expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="492" />
        <source>Not reported:</source>
        <translation>Not reported:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="497" />
        <source>Reported late:</source>
        <translation>Reported late:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="501" />
        <source>Overdue tasks (dated deadline passed, not reported done): {tasks}</source>
        <translation>Overdue tasks (dated deadline passed, not reported done): {tasks}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="539" />
        <source>Done: the change was recorded (batch {batch}).</source>
        <translation>Done: the change was recorded (batch {batch}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="553" />
        <source>Wrote {file} ({rows} proposed changes for the province to confirm).</source>
        <translation>Wrote {file} ({rows} proposed changes for the province to confirm).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="571" />
        <source>Nothing was applied: correct the refused rows and apply the workbook again.</source>
        <translation>Nothing was applied: correct the refused rows and apply the workbook again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="574" />
        <source>Checked only (--dry-run): nothing was written.</source>
        <translation>Checked only (--dry-run): nothing was written.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="581" />
        <source>Applied {count} changes in one step (batch {batch}).</source>
        <translation>Applied {count} changes in one step (batch {batch}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="587" />
        <source>Nothing to apply: every confirmed row is in force already.</source>
        <translation>Nothing to apply: every confirmed row is in force already.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="618" />
        <source>{count} more</source>
        <translation>{count} more</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="624" />
        <source>Wrote {file} ({rows} tasks).</source>
        <translation>Wrote {file} ({rows} tasks).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="638" />
        <source>Wrote {file}.</source>
        <translation>Wrote {file}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="650" />
        <source>Wrote {file} ({rows} rows).</source>
        <translation>Wrote {file} ({rows} rows).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="672" />
        <source>Name the sheet that is the report with --sheet NAME.</source>
        <translation>Name the sheet that is the report with --sheet NAME.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="681" />
        <source>already received on {day:%d/%m/%Y %H:%M}; nothing changed.</source>
        <translation>already received on {day:%d/%m/%Y %H:%M}; nothing changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="685" />
        <source>{agency}, period {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {errors} rows refused.</source>
        <translation>{agency}, period {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {errors} rows refused.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="778" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="711" />
        <source>Feedback for the sender: {file}</source>
        <translation>Feedback for the sender: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="713" />
        <source>Backup made first: {file}</source>
        <translation>Backup made first: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="719" />
        <source>Not imported: {reason}</source>
        <translation>Not imported: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="724" />
        <source>Adopted: {applied} reports written, {kept} conflicts kept as they were.</source>
        <translation>Adopted: {applied} reports written, {kept} conflicts kept as they were.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="730" />
        <source>Applied: {applied} rows written, {kept} conflicts kept as they were.</source>
        <translation>Applied: {applied} rows written, {kept} conflicts kept as they were.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="730" />
        <source>Taken: it changed nothing ({kept} conflicts kept as they were).</source>
        <translation>Taken: it changed nothing ({kept} conflicts kept as they were).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="735" />
        <source>the same file came earlier in this batch; nothing changed.</source>
        <translation>the same file came earlier in this batch; nothing changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="742" />
        <source>the province's template for {agency}, period {period}, sealed by the key {fingerprint}.</source>
        <translation>the province's template for {agency}, period {period}, sealed by the key {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="748" />
        <source>This installation takes this key as the province's from now on: compare its fingerprint with the province by phone.</source>
        <translation>This installation takes this key as the province's from now on: compare its fingerprint with the province by phone.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="750" />
        <source>This key replaces the province key taken before, as asked.</source>
        <translation>This key replaces the province key taken before, as asked.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="752" />
        <source>It is not newer than the province's template adopted already; nothing changed.</source>
        <translation>It is not newer than the province's template adopted already; nothing changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="755" />
        <source>Its plan, agencies and periods are not newer than the ones adopted already; they stay.</source>
        <translation>Its plan, agencies and periods are not newer than the ones adopted already; they stay.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="757" />
        <source>Plan, agencies and periods: the same as here.</source>
        <translation>Plan, agencies and periods: the same as here.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="759" />
        <source>Plan, agencies and periods: {count} changes.</source>
        <translation>Plan, agencies and periods: {count} changes.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="763" />
        <source>Its reports are not newer than the template of this period adopted already; they stay.</source>
        <translation>Its reports are not newer than the template of this period adopted already; they stay.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="766" />
        <source>Reports: {corrected} corrected by the province, {conflicts} conflicts.</source>
        <translation>Reports: {corrected} corrected by the province, {conflicts} conflicts.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="798" />
        <source>Text typed in an old Vietnamese encoding, as written → in Unicode:</source>
        <translation>Text typed in an old Vietnamese encoding, as written → in Unicode:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="800" />
        <source>row {row}, column {column}</source>
        <translation>row {row}, column {column}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="801" />
        <source>(only the runs in the old encoding)</source>
        <translation>(only the runs in the old encoding)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="804" />
        <source>To import the file with these cells converted to Unicode, add --convert-legacy; to take them as written, add --keep-legacy-text.</source>
        <translation>To import the file with these cells converted to Unicode, add --convert-legacy; to take them as written, add --keep-legacy-text.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="840" />
        <source>superseded by {file}</source>
        <translation>superseded by {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="864" />
        <source>PIN of the token: </source>
        <translation>PIN of the token: </translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="897" />
        <source>Wrote {file} ({pages} pages).</source>
        <translation>Wrote {file} ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="899" />
        <source>Verification code: {code}</source>
        <translation>Verification code: {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="904" />
        <source>Signed by {signer} ({organisation}) at {time}, PAdES {level}.</source>
        <translation>Signed by {signer} ({organisation}) at {time}, PAdES {level}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="971" />
        <source>Trusted: {subject} ({fingerprint}).</source>
        <translation>Trusted: {subject} ({fingerprint}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="974" />
        <source>No longer trusted: {subject} ({fingerprint}).</source>
        <translation>No longer trusted: {subject} ({fingerprint}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="976" />
        <source>valid until</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="977" />
        <source>No certificate authority is trusted yet: add one with gpa-desktop trust add CA.pem.</source>
        <translation>No certificate authority is trusted yet: add one with gpa-desktop trust add CA.pem.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="992" />
        <source>Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.</source>
        <translation>Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="998" />
        <source>The state before the restore was kept in {file}</source>
        <translation>The state before the restore was kept in {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1008" />
        <source>No automatic backups in {folder}.</source>
        <translation>No automatic backups in {folder}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1010" />
        <source>{reports} reports, {periods} periods, {agencies} agencies</source>
        <translation>{reports} reports, {periods} periods, {agencies} agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1011" />
        <source>damaged, cannot be restored</source>
        <translation>damaged, cannot be restored</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1037" />
        <source>This installation belongs to {name} ({code}).</source>
        <translation>This installation belongs to {name} ({code}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1039" />
        <source>This installation is the province's focal department's (it sees every agency).</source>
        <translation>This installation is the province's focal department's (it sees every agency).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1040" />
        <source>Installation: {id}</source>
        <translation>Installation: {id}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1042" />
        <source>Its sealing key: {fingerprint}</source>
        <translation>Its sealing key: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1044" />
        <source>The province key it trusts: {fingerprint}</source>
        <translation>The province key it trusts: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1059" />
        <source>Report {task} / {agency} / {period} saved (revision {revision}).</source>
        <translation>Report {task} / {agency} / {period} saved (revision {revision}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1061" />
        <source>Report {task} / {agency} / {period} unchanged.</source>
        <translation>Report {task} / {agency} / {period} unchanged.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1183" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1189" />
        <source>To restore it: gpa-desktop restore "{backup}" --db "{path}"</source>
        <translation>To restore it: gpa-desktop restore "{backup}" --db "{path}"</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1196" />
        <source>An unexpected error stopped the command. Details were written to the log.</source>
        <translation>An unexpected error stopped the command. Details were written to the log.</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="63" />
        <source>{name} (ended {day})</source>
        <translation>{name} (ended {day})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="114" />
        <source>On time {on_time}, late {late}, missing {missing}</source>
        <translation>On time {on_time}, late {late}, missing {missing}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="119" />
        <source>Not due until {day}.</source>
        <translation>Not due until {day}.</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="159" />
        <source>Every agency has sent all its reports for this period.</source>
        <translation>Every agency has sent all its reports for this period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="160" />
        <source>No report of this period came in after its due date.</source>
        <translation>No report of this period came in after its due date.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="161" />
        <source>No task with a dated deadline in this period is overdue.</source>
        <translation>No task with a dated deadline in this period is overdue.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="199" />
        <source>all on time</source>
        <translation>all on time</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="200" />
        <source>all received, some late</source>
        <translation>all received, some late</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="201" />
        <source>some missing</source>
        <translation>some missing</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="202" />
        <source>none received</source>
        <translation>none received</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="203" />
        <source>not due yet</source>
        <translation>not due yet</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="204" />
        <source>nothing expected</source>
        <translation>nothing expected</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="207" />
        <source>Cells: received / expected.</source>
        <translation>Cells: received / expected.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="227" />
        <source>Period {period} (due {due:%d/%m/%Y}): expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</source>
        <translation>Period {period} (due {due:%d/%m/%Y}): expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="234" />
        <source>Reports are not due yet.</source>
        <translation>Reports are not due yet.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="241" />
        <source>{name}: {missing} of {expected} missing</source>
        <translation>{name}: {missing} of {expected} missing</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="250" />
        <source>{name}: late for {tasks}</source>
        <translation>{name}: late for {tasks}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="255" />
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="260" />
        <source>Not reported ({count})</source>
        <translation>Not reported ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="261" />
        <source>Reported late ({count})</source>
        <translation>Reported late ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="262" />
        <source>Overdue tasks ({count})</source>
        <translation>Overdue tasks ({count})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="286" />
        <source>Choose a cell to see the missing and late tasks.</source>
        <translation>Choose a cell to see the missing and late tasks.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="292" />
        <source>Nothing expected in this period.</source>
        <translation>Nothing expected in this period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="294" />
        <source>Missing: {code} {title}</source>
        <translation>Missing: {code} {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="294" />
        <source>Late: {code} {title}</source>
        <translation>Late: {code} {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/completeness_view.py" line="300" />
        <source>All reports received on time.</source>
        <translation>All reports received on time.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="98" />
        <source>Group {code}</source>
        <translation>Group {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="78" />
        <source>Expected reports by status and task group, period {period}</source>
        <translation>Expected reports by status and task group, period {period}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="83" />
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="83" />
        <source>No status given</source>
        <translation>No status given</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="93" />
        <source>Group {code}: {title}</source>
        <translation>Group {code}: {title}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="113" />
        <source>Reports received by kind of agency, period {period} (% of expected)</source>
        <translation>Reports received by kind of agency, period {period} (% of expected)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="117" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="118" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="139" />
        <source>Average progress reported, by period (%)</source>
        <translation>Average progress reported, by period (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="140" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="140" />
        <source>Half-years</source>
        <translation>Half-years</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/dashboard.py" line="140" />
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
</context>
<context>
    <name>DutyTableModel</name>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="44" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="72" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="72" />
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="73" />
        <source>{role} (through {group})</source>
        <translation>{role} (through {group})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="75" />
        <source>(no status)</source>
        <translation>(no status)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="75" />
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/agency_view.py" line="80" />
        <source>{day} (late)</source>
        <translation>{day} (late)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="40" />
        <source>Import returned workbooks</source>
        <translation>Import returned workbooks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="97" />
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="141" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="143" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="199" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="203" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="205" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="75" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="153" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="210" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="223" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="32" />
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="62" />
        <source>Apply a reorganisation workbook</source>
        <translation>Apply a reorganisation workbook</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="75" />
        <source>Export the reorganisation workbook</source>
        <translation>Export the reorganisation workbook</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="81" />
        <source>Written: {file} ({rows} proposed changes). The province confirms each row ("Xác nhận") and adds the communes and wards; then import it back with Exchange → Import returned workbooks.</source>
        <translation>Written: {file} ({rows} proposed changes). The province confirms each row ("Xác nhận") and adds the communes and wards; then import it back with Exchange → Import returned workbooks.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="97" />
        <source>Import of {count} workbooks</source>
        <translation>Import of {count} workbooks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="103" />
        <source>{imported} of {total} files imported: {rows} rows written, {kept} conflicts kept as in the database.</source>
        <translation>{imported} of {total} files imported: {rows} rows written, {kept} conflicts kept as in the database.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="114" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="123" />
        <source>Period {period}: every agency has reported everything.</source>
        <translation>Period {period}: every agency has reported everything.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="127" />
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="128" />
        <source>Period {period}: {count} agencies have not reported everything yet: {names} (the Reporting tab lists them).</source>
        <translation>Period {period}: {count} agencies have not reported everything yet: {names} (the Reporting tab lists them).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="155" />
        <source>Export the reporting workbook</source>
        <translation>Export the reporting workbook</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="159" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="214" />
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="227" />
        <source>Written: {file}</source>
        <translation>Written: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="163" />
        <source>Folder for the reporting workbooks</source>
        <translation>Folder for the reporting workbooks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="171" />
        <source>Writing the reporting workbooks…</source>
        <translation>Writing the reporting workbooks…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="171" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="179" />
        <source>Writing the reporting workbooks… {done} of {total}</source>
        <translation>Writing the reporting workbooks… {done} of {total}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="196" />
        <source>These workbooks are in {folder} already:

{files}

Replace them?</source>
        <translation>These workbooks are in {folder} already:

{files}

Replace them?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="205" />
        <source>{count} workbooks written to {folder}.</source>
        <translation>{count} workbooks written to {folder}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="210" />
        <source>Export the plan</source>
        <translation>Export the plan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/exchange_actions.py" line="223" />
        <source>Export the period summary</source>
        <translation>Export the period summary</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="23" />
        <source>Status</source>
        <extracomment>a progress report's fields (ReportValues), named as the form and the workbook's columns name them</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="24" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="25" />
        <source>Results achieved</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="26" />
        <source>Difficulties</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="27" />
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="28" />
        <source>Budget (million VND)</source>
        <translation>Budget (million VND)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="29" />
        <source>Documents, evidence</source>
        <translation>Documents, evidence</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="27" />
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="27" />
        <source>GPA Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>GPA Desktop database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="33" />
        <location filename="../gpa_desktop/ui/file_actions.py" line="38" />
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="33" />
        <location filename="../gpa_desktop/ui/file_actions.py" line="49" />
        <source>GPA Desktop database (*.sqlite3)</source>
        <translation>GPA Desktop database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="39" />
        <source>{path} already exists. Choose a new file name, or open that file with “Open another database”.</source>
        <translation>{path} already exists. Choose a new file name, or open that file with “Open another database”.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="49" />
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="52" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="64" />
        <location filename="../gpa_desktop/ui/file_actions.py" line="69" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/file_actions.py" line="69" />
        <source>The database was copied to {path}.</source>
        <translation>The database was copied to {path}.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="32" />
        <source>Welcome to GPA Desktop</source>
        <translation>Welcome to GPA Desktop</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="34" />
        <source>Tell GPA Desktop whose installation this is and who signs its reports. You can change both later under Settings.</source>
        <translation>Tell GPA Desktop whose installation this is and who signs its reports. You can change both later under Settings.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="45" />
        <source>Export the reorganisation workbook now</source>
        <translation>Export the reorganisation workbook now</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="48" />
        <source>The database still lists the agencies of 2023 (Sở Kế hoạch và Đầu tư, the district People's Committees), but period {period} ends after the reorganisation of 2025: the departments merged on 01/03/2025 and the district level ended on 01/07/2025. The reorganisation workbook lists these changes for the province to confirm, with room for the communes and wards; applied, it makes the successors report from their dates.</source>
        <translation>The database still lists the agencies of 2023 (Sở Kế hoạch và Đầu tư, the district People's Committees), but period {period} ends after the reorganisation of 2025: the departments merged on 01/03/2025 and the district level ended on 01/07/2025. The reorganisation workbook lists these changes for the province to confirm, with room for the communes and wards; applied, it makes the successors report from their dates.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="62" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/first_run.py" line="63" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="86" />
        <source>Import returned workbooks</source>
        <translation>Import returned workbooks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>Task / field</source>
        <translation>Task / field</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>Now in the database</source>
        <translation>Now in the database</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="95" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="112" />
        <source>Accept the province's new key…</source>
        <translation>Accept the province's new key…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="116" />
        <source>Read the file again for this agency and period</source>
        <translation>Read the file again for this agency and period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="120" />
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="122" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="131" />
        <source>No row refused, nothing to warn about.</source>
        <translation>No row refused, nothing to warn about.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="132" />
        <source>Take the file's value in every conflict</source>
        <translation>Take the file's value in every conflict</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="133" />
        <source>Keep the database's value in every conflict</source>
        <translation>Keep the database's value in every conflict</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="136" />
        <source>Feedback file for the sender…</source>
        <translation>Feedback file for the sender…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="138" />
        <source>Import the ticked files</source>
        <translation>Import the ticked files</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="142" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="177" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="334" />
        <source>Refused rows and warnings:</source>
        <translation>Refused rows and warnings:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="225" />
        <source>Which sheet is the report?</source>
        <translation>Which sheet is the report?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="226" />
        <source>{file} holds several sheets that could be the report, with different values. Which one is it?</source>
        <translation>{file} holds several sheets that could be the report, with different values. Which one is it?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="235" />
        <source>Which copy is newer?</source>
        <translation>Which copy is newer?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="237" />
        <source>{file} is another copy of the template that {earlier} came from, imported already, and the files do not say which was saved last. Is {file} the agency's newer copy? (If not, it changes nothing.)</source>
        <translation>{file} is another copy of the template that {earlier} came from, imported already, and the files do not say which was saved last. Is {file} the agency's newer copy? (If not, it changes nothing.)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="280" />
        <source>The province's key</source>
        <translation>The province's key</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="281" />
        <source>Take the key that sealed {file} as the province's from now on? Do so only after the province has told you, by phone or in person, that it changed its key and read you the same fingerprint.</source>
        <translation>Take the key that sealed {file} as the province's from now on? Do so only after the province has told you, by phone or in person, that it changed its key and read you the same fingerprint.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="295" />
        <source>{file}: waiting for your choice on text in an old Vietnamese encoding</source>
        <translation>{file}: waiting for your choice on text in an old Vietnamese encoding</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="297" />
        <source>{file}: refused</source>
        <translation>{file}: refused</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="300" />
        <source>{file}: not newer than the province's template adopted already</source>
        <translation>{file}: not newer than the province's template adopted already</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="301" />
        <source>{file}: the province's template for {period} — {changes} changes to the plan, agencies and periods, {corrected} reports corrected, {conflicts} conflicts</source>
        <translation>{file}: the province's template for {period} — {changes} changes to the plan, agencies and periods, {corrected} reports corrected, {conflicts} conflicts</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="306" />
        <source>{file}: already received on {day:%d/%m/%Y}</source>
        <translation>{file}: already received on {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="307" />
        <source>{file}: {agency}, {period} — {new} new, {changed} changed, {conflicts} conflicts, {errors} refused</source>
        <translation>{file}: {agency}, {period} — {new} new, {changed} changed, {conflicts} conflicts, {errors} refused</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="334" />
        <source>Changes to the plan, agencies and periods:</source>
        <translation>Changes to the plan, agencies and periods:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="347" />
        <source>&lt;b&gt;{agency}&lt;/b&gt; ({code}) — period {period} — plan {revision}</source>
        <translation>&lt;b&gt;{agency}&lt;/b&gt; ({code}) — period {period} — plan {revision}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="351" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="351" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="351" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="367" />
        <source>take the file's value</source>
        <translation>take the file's value</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="370" />
        <source>apply</source>
        <translation>apply</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="370" />
        <source>keep the database's</source>
        <translation>keep the database's</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="386" />
        <source>These cells look typed in an old Vietnamese encoding (TCVN3 or VNI):</source>
        <translation>These cells look typed in an old Vietnamese encoding (TCVN3 or VNI):</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="391" />
        <source>Task / cell</source>
        <translation>Task / cell</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="391" />
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="391" />
        <source>In Unicode</source>
        <translation>In Unicode</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="398" />
        <source>Do not import this file yet</source>
        <translation>Do not import this file yet</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="399" />
        <source>Convert these cells to Unicode</source>
        <translation>Convert these cells to Unicode</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="400" />
        <source>Take them as written</source>
        <translation>Take them as written</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="403" />
        <source>What to do with them:</source>
        <translation>What to do with them:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="419" />
        <source>{task}, row {row}, {column}</source>
        <translation>{task}, row {row}, {column}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="421" />
        <source>(only the runs in the old encoding)</source>
        <translation>(only the runs in the old encoding)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="443" />
        <source>&lt;b&gt;The province's template&lt;/b&gt; for {agency}, period {period}, sealed by the key &lt;b&gt;{fingerprint}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;The province's template&lt;/b&gt; for {agency}, period {period}, sealed by the key &lt;b&gt;{fingerprint}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="447" />
        <source>This installation takes this key as the province's: compare its fingerprint with the province by phone.</source>
        <translation>This installation takes this key as the province's: compare its fingerprint with the province by phone.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="449" />
        <source>This key replaces the province key taken before.</source>
        <translation>This key replaces the province key taken before.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="451" />
        <source>It is not newer than the province's template adopted already; nothing would change.</source>
        <translation>It is not newer than the province's template adopted already; nothing would change.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="453" />
        <source>Its reports are not newer than the template of this period adopted already; they stay.</source>
        <translation>Its reports are not newer than the template of this period adopted already; they stay.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="456" />
        <source>Its plan, agencies and periods are not newer than the ones adopted already; they stay.</source>
        <translation>Its plan, agencies and periods are not newer than the ones adopted already; they stay.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="534" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="509" />
        <source>{file} was not imported: {reason}</source>
        <translation>{file} was not imported: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="523" />
        <source>{file}: adopted — {applied} reports written</source>
        <translation>{file}: adopted — {applied} reports written</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="530" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="552" />
        <source>{file}: imported — {applied} rows written</source>
        <translation>{file}: imported — {applied} rows written</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="549" />
        <source>it was not read</source>
        <translation>it was not read</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="550" />
        <source>{file}: not imported — {reason}</source>
        <translation>{file}: not imported — {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="554" />
        <source>{file}: taken — it changed nothing</source>
        <translation>{file}: taken — it changed nothing</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="556" />
        <source>{file}: already received — nothing changed</source>
        <translation>{file}: already received — nothing changed</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="557" />
        <source>{file}: not imported</source>
        <translation>{file}: not imported</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="578" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="583" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="578" />
        <source>This file has no refused rows.</source>
        <translation>This file has no refused rows.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="580" />
        <source>Folder for the feedback file</source>
        <translation>Folder for the feedback file</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/import_dialog.py" line="583" />
        <source>Written: {file}</source>
        <translation>Written: {file}</translation>
    </message>
</context>
<context>
    <name>InstallationFields</name>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="18" />
        <source>The province's focal department (sees every agency)</source>
        <translation>The province's focal department (sees every agency)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="30" />
        <source>This installation belongs to</source>
        <translation>This installation belongs to</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="31" />
        <source>Signer's name</source>
        <translation>Signer's name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/installation_fields.py" line="32" />
        <source>Signer's title</source>
        <translation>Signer's title</translation>
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
        <translation>&lt;h3&gt;Choose a task&lt;/h3&gt;&lt;p&gt;Click a task in the plan on the left (or move to it with the arrow keys) to see its activities and agencies and to enter their progress reports for the chosen period.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) to find a task by its code, its text or an agency's name; accents are optional: &lt;i&gt;tang truong&lt;/i&gt; finds &lt;i&gt;tăng trưởng&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Every accepted entry is saved at once; Ctrl+Z undoes it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="72" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="78" />
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="78" />
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="78" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="338" />
        <source>Saved. Ctrl+Z undoes: {what}</source>
        <translation>Saved. Ctrl+Z undoes: {what}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="373" />
        <source>the province (all agencies)</source>
        <translation>the province (all agencies)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="374" />
        <source> — read-only</source>
        <translation> — read-only</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/main_window.py" line="375" />
        <source>Database: {path} — this installation: {who}{mode}</source>
        <translation>Database: {path} — this installation: {who}{mode}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="31" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="32" />
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="33" />
        <source>New database from the built-in plan…</source>
        <translation>New database from the built-in plan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="34" />
        <source>Back up the database…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="35" />
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="37" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="39" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="42" />
        <location filename="../gpa_desktop/ui/menus.py" line="50" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="43" />
        <location filename="../gpa_desktop/ui/menus.py" line="51" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="50" />
        <source>Undo: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="51" />
        <source>Redo: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="60" />
        <source>Save the report now</source>
        <translation>Save the report now</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="61" />
        <source>Edit the selected task…</source>
        <translation>Edit the selected task…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="63" />
        <source>E&amp;xchange</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="64" />
        <source>Import returned workbooks…</source>
        <translation>Import returned workbooks…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="65" />
        <source>Export reporting templates…</source>
        <translation>Export reporting templates…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="66" />
        <source>Export the plan…</source>
        <translation>Export the plan…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="67" />
        <source>Export the period summary…</source>
        <translation>Export the period summary…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="68" />
        <source>Received workbooks…</source>
        <translation>Received workbooks…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="70" />
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="71" />
        <source>Agency report…</source>
        <translation>Agency report…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="72" />
        <source>Province report…</source>
        <translation>Province report…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="73" />
        <source>Plan listing…</source>
        <translation>Plan listing…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="74" />
        <source>Verify a report code…</source>
        <translation>Verify a report code…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="76" />
        <source>&amp;Lists</source>
        <translation>&amp;Lists</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="77" />
        <source>Reporting periods…</source>
        <translation>Reporting periods…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="78" />
        <source>Agency changes…</source>
        <translation>Agency changes…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="79" />
        <source>Export the reorganisation workbook…</source>
        <translation>Export the reorganisation workbook…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="80" />
        <source>Apply a reorganisation workbook…</source>
        <translation>Apply a reorganisation workbook…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="82" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="83" />
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="84" />
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="85" />
        <source>Find a task</source>
        <translation>Find a task</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="86" />
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="88" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="89" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="90" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="99" />
        <source>Period and actions</source>
        <translation>Period and actions</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="106" />
        <source>The reporting period shown in every tab</source>
        <translation>The reporting period shown in every tab</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/menus.py" line="107" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="37" />
        <source>Reporting periods</source>
        <translation>Reporting periods</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="41" />
        <source>2025, 2025-H1 or 2025-Q3</source>
        <translation>2025, 2025-H1 or 2025-Q3</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="51" />
        <source>Save period</source>
        <translation>Save period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="54" />
        <source>New period</source>
        <translation>New period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="60" />
        <source>A year (2025), a half-year (2025-H1) or a quarter (2025-Q3).</source>
        <translation>A year (2025), a half-year (2025-H1) or a quarter (2025-Q3).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="64" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="66" />
        <source>Reports due</source>
        <translation>Reports due</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="67" />
        <source>Data cut-off</source>
        <translation>Data cut-off</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="91" />
        <source>{code} — due {due:%d/%m/%Y}</source>
        <translation>{code} — due {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="94" />
        <source>{start:%d/%m/%Y} – {end:%d/%m/%Y}, data cut-off {cutoff:%d/%m/%Y}</source>
        <translation>{start:%d/%m/%Y} – {end:%d/%m/%Y}, data cut-off {cutoff:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/periods_dialog.py" line="127" />
        <source>Period {code}</source>
        <translation>Period {code}</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="25" />
        <source>Filter: code, text or agency (accents optional)</source>
        <translation>Filter: code, text or agency (accents optional)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="37" />
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="40" />
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="40" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="40" />
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="41" />
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="42" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="44" />
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="46" />
        <source>Only the tasks of this agency (directly or through a collective)</source>
        <translation>Only the tasks of this agency (directly or through a collective)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="47" />
        <source>Only the tasks where the agency leads, or coordinates</source>
        <translation>Only the tasks where the agency leads, or coordinates</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="48" />
        <source>Only the tasks with this consolidated status in the chosen period</source>
        <translation>Only the tasks with this consolidated status in the chosen period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="49" />
        <source>Only the tasks with this deadline</source>
        <translation>Only the tasks with this deadline</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="91" />
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="106" />
        <source>{shown}/{total} tasks</source>
        <translation>{shown}/{total} tasks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_filter_bar.py" line="98" />
        <source>No task matches the filters.</source>
        <translation>No task matches the filters.</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <location filename="../gpa_desktop/ui/plan_pane.py" line="44" />
        <source>No task matches the filters. Clear them with Ctrl+Shift+L.</source>
        <translation>No task matches the filters. Clear them with Ctrl+Shift+L.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/plan_model.py" line="288" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../gpa_desktop/ui/prompts.py" line="67" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="34" />
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="35" />
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="36" />
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="37" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="38" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="39" />
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="40" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="41" />
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="42" />
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="43" />
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="44" />
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="45" />
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="46" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="47" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="48" />
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="49" />
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="50" />
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="51" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="52" />
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="53" />
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="54" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="55" />
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="56" />
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="57" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="58" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="59" />
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="60" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="61" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="62" />
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="63" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="64" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="65" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="66" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="67" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="68" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="69" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="14" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="15" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="16" />
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="17" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="18" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="19" />
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="20" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="21" />
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="22" />
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="23" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="24" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="25" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="26" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="27" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="28" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="29" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="30" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="31" />
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="32" />
        <source>Don't Save</source>
        <translation>Don't Save</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="33" />
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="70" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="71" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="72" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="73" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="74" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="75" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/qt_strings.py" line="76" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../gpa_desktop/ui/read_only.py" line="15" />
        <source>Read-only: another GPA Desktop window has this database open, so nothing can be changed from here.</source>
        <translation>Read-only: another GPA Desktop window has this database open, so nothing can be changed from here.</translation>
    </message>
</context>
<context>
    <name>ReceiptModel</name>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="23" />
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>Superseded by</source>
        <translation>Superseded by</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="24" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="45" />
        <source>{count} ({kept} kept as in the database)</source>
        <translation>{count} ({kept} kept as in the database)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="62" />
        <source>the database's value kept</source>
        <translation>the database's value kept</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="62" />
        <source>the file's value taken</source>
        <translation>the file's value taken</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="78" />
        <source>Received workbooks</source>
        <translation>Received workbooks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="80" />
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="89" />
        <source>No workbook received yet. Each returned workbook imported (Exchange → Import returned workbooks…) is listed here with what it changed.</source>
        <translation>No workbook received yet. Each returned workbook imported (Exchange → Import returned workbooks…) is listed here with what it changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="93" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/receipts_view.py" line="96" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
</context>
<context>
    <name>Reorganisation</name>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="62" />
        <source>New units</source>
        <translation>New units</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="63" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="64" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="65" />
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="66" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="67" />
        <source>Members of a group</source>
        <translation>Members of a group</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="88" />
        <source>to apply</source>
        <translation>to apply</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="89" />
        <source>already in force</source>
        <translation>already in force</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="90" />
        <source>not confirmed, skipped</source>
        <translation>not confirmed, skipped</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="91" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="175" />
        <source>{apply} changes to apply, {in_force} already in force, {skipped} not confirmed, {refused} refused.</source>
        <translation>{apply} changes to apply, {in_force} already in force, {skipped} not confirmed, {refused} refused.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="187" />
        <source>No row is marked "{confirmed}": check the proposals in the workbook and set the status of those the province decided.</source>
        <translation>No row is marked "{confirmed}": check the proposals in the workbook and set the status of those the province decided.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="204" />
        <source>From {day:%d/%m/%Y}, the tasks {tasks} go to {targets}.</source>
        <translation>From {day:%d/%m/%Y}, the tasks {tasks} go to {targets}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="206" />
        <source>From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to no other agency.</source>
        <translation>From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to no other agency.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="208" />
        <source>From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to {targets}.</source>
        <translation>From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to {targets}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="214" />
        <source>From {day:%d/%m/%Y}, the group {group} ({count} tasks) — joining: {joined}; leaving: {left}.</source>
        <translation>From {day:%d/%m/%Y}, the group {group} ({count} tasks) — joining: {joined}; leaving: {left}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="227" />
        <source>Reports expected on {day:%d/%m/%Y}: {before} before the changes, {after} after.</source>
        <translation>Reports expected on {day:%d/%m/%Y}: {before} before the changes, {after} after.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="235" />
        <source>Row {row}: {kind}, {day} — {state}{what}</source>
        <translation>Row {row}: {kind}, {day} — {state}{what}</translation>
    </message>
</context>
<context>
    <name>ReorganisationDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="50" />
        <source>Reorganisation workbook: {file}</source>
        <translation>Reorganisation workbook: {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="57" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="66" />
        <source>Apply the confirmed changes</source>
        <translation>Apply the confirmed changes</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="69" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="73" />
        <source>Rows of the workbook</source>
        <translation>Rows of the workbook</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="74" />
        <source>What moves, from which day</source>
        <translation>What moves, from which day</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="75" />
        <source>Refused rows and warnings</source>
        <translation>Refused rows and warnings</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="114" />
        <source>Only rows marked "Xác nhận" are applied; all of them together, as one step that Ctrl+Z undoes.</source>
        <translation>Only rows marked "Xác nhận" are applied; all of them together, as one step that Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="147" />
        <source>Apply the reorganisation workbook {file}</source>
        <translation>Apply the reorganisation workbook {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="150" />
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="159" />
        <source>Reorganisation</source>
        <translation>Reorganisation</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="157" />
        <source>Applied: {count} changes, as one step.</source>
        <translation>Applied: {count} changes, as one step.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/reorganisation_dialog.py" line="160" />
        <source>{count} changes were applied as one step; Edit → Undo reverses them together.</source>
        <translation>{count} changes were applied as one step; Edit → Undo reverses them together.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="34" />
        <source>Verification code: {code} (printed on every page; Reports → Verify a report code checks it later).</source>
        <translation>Verification code: {code} (printed on every page; Reports → Verify a report code checks it later).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="38" />
        <source>Save the plan listing</source>
        <translation>Save the plan listing</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="38" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="46" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="49" />
        <source>Plan listing</source>
        <translation>Plan listing</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_actions.py" line="32" />
        <location filename="../gpa_desktop/ui/report_actions.py" line="49" />
        <source>Written: {file}</source>
        <translation>Written: {file}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="45" />
        <source>Agency report</source>
        <translation>Agency report</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="45" />
        <source>Province report</source>
        <translation>Province report</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="55" />
        <source>leave empty to write it by hand</source>
        <translation>leave empty to write it by hand</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="69" />
        <source>Sign digitally with my token</source>
        <translation>Sign digitally with my token</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="75" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="76" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="76" />
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="77" />
        <source>Supervising body</source>
        <translation>Supervising body</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="78" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="79" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="80" />
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="81" />
        <source>Signer's title</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="82" />
        <source>Signer's name</source>
        <translation>Signer's name</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="83" />
        <source>Recipients (one per line)</source>
        <translation>Recipients (one per line)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="116" />
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="116" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="129" />
        <source>Token PIN</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="129" />
        <source>PIN of the token {token}:</source>
        <translation>PIN of the token {token}:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="133" />
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="133" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="144" />
        <source>Preparing the report… page {page}</source>
        <translation>Preparing the report… page {page}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="156" />
        <source>Cancelled: no report was written.</source>
        <translation>Cancelled: no report was written.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="164" />
        <source>Signed without a timestamp</source>
        <translation>Signed without a timestamp</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="115" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="116" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="117" />
        <source>Results achieved</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="118" />
        <location filename="../gpa_desktop/ui/report_form.py" line="232" />
        <source>Difficulties</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="119" />
        <location filename="../gpa_desktop/ui/report_form.py" line="232" />
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="120" />
        <source>Budget (million VND)</source>
        <translation>Budget (million VND)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="121" />
        <source>Documents, evidence</source>
        <translation>Documents, evidence</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="150" />
        <source>Nothing saved yet: each change of this report (who, when, old and new value) is listed here.</source>
        <translation>Nothing saved yet: each change of this report (who, when, old and new value) is listed here.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="151" />
        <source>No other agency has reported on this task for this period.</source>
        <translation>No other agency has reported on this task for this period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="158" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="159" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="160" />
        <source>Other agencies</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="217" />
        <source>&lt;b&gt;{task}&lt;/b&gt; — {agency} — period {period}</source>
        <translation>&lt;b&gt;{task}&lt;/b&gt; — {agency} — period {period}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="261" />
        <source>import of {file}</source>
        <translation>import of {file}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="263" />
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="265" />
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="267" />
        <source>entered here</source>
        <translation>entered here</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="276" />
        <source>{when} {who}: report created ({source})</source>
        <translation>{when} {who}: report created ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="278" />
        <source>{when} {who}: report removed ({source})</source>
        <translation>{when} {who}: report removed ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="280" />
        <source>{when} {who}: {field} {old} → {new} ({source})</source>
        <translation>{when} {who}: {field} {old} → {new} ({source})</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="313" />
        <source>NOT SAVED: {reason}</source>
        <translation>NOT SAVED: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="317" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_form.py" line="309" />
        <source>Edit report {task} of {agency}</source>
        <translation>Edit report {task} of {agency}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="39" />
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="43" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="43" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="43" />
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="51" />
        <source>{reports} reports, {periods} periods, {agencies} agencies</source>
        <translation>{reports} reports, {periods} periods, {agencies} agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="55" />
        <source>damaged, cannot be restored</source>
        <translation>damaged, cannot be restored</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="70" />
        <source>The backup replaces everything in the database. The current state is backed up first.</source>
        <translation>The backup replaces everything in the database. The current state is backed up first.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="72" />
        <source>There are no automatic backups yet; choose a backup file.</source>
        <translation>There are no automatic backups yet; choose a backup file.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="76" />
        <source>Restore the selected backup</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="80" />
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="99" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="99" />
        <source>GPA Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>GPA Desktop database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="110" />
        <source>Replace everything in the database with the backup of {day:%d/%m/%Y %H:%M} ({reports} reports)? The current state is backed up first.</source>
        <translation>Replace everything in the database with the backup of {day:%d/%m/%Y %H:%M} ({reports} reports)? The current state is backed up first.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/restore_dialog.py" line="124" />
        <source>Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.</source>
        <translation>Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="50" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="54" />
        <source>e.g. KT. GIÁM ĐỐC (leave empty when the head signs)</source>
        <translation>e.g. KT. GIÁM ĐỐC (leave empty when the head signs)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="61" />
        <source>Installation and reports</source>
        <translation>Installation and reports</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="64" />
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="65" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="69" />
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="104" />
        <source>Key sealing its workbooks</source>
        <translation>Key sealing its workbooks</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="104" />
        <source>made when it first exports a template</source>
        <translation>made when it first exports a template</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="106" />
        <source>Province key it trusts</source>
        <translation>Province key it trusts</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="115" />
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="119" />
        <source>empty: look in the usual places of Vietnamese CAs' token drivers</source>
        <translation>empty: look in the usual places of Vietnamese CAs' token drivers</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="120" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="126" />
        <source>Token library (PKCS#11)</source>
        <translation>Token library (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="129" />
        <source>optional, e.g. your CA's timestamp server</source>
        <translation>optional, e.g. your CA's timestamp server</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="130" />
        <source>Timestamp server</source>
        <translation>Timestamp server</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="134" />
        <source>Trust a CA…</source>
        <translation>Trust a CA…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="134" />
        <source>Stop trusting</source>
        <translation>Stop trusting</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="149" />
        <source>Trusted certificate authorities</source>
        <translation>Trusted certificate authorities</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="154" />
        <source>The token's PKCS#11 library</source>
        <translation>The token's PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="154" />
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Libraries (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="167" />
        <source>{subject}, valid until {day}</source>
        <translation>{subject}, valid until {day}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="177" />
        <source>A certificate authority's certificate</source>
        <translation>A certificate authority's certificate</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="177" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="183" />
        <source>The file {file} cannot be read.</source>
        <translation>The file {file} cannot be read.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/settings_dialog.py" line="184" />
        <source>Trust a CA</source>
        <translation>Trust a CA</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../gpa_desktop/app.py" line="43" />
        <source>{message}

Open it read-only?</source>
        <translation>{message}

Open it read-only?</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/app.py" line="52" />
        <source>{message}

Restore that backup now? The damaged file is kept in the backups folder.</source>
        <translation>{message}

Restore that backup now? The damaged file is kept in the backups folder.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="23" />
        <source>Sign with a token</source>
        <translation>Sign with a token</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="30" />
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="38" />
        <source>Plug in your digital-signature token and choose the certificate to sign with:</source>
        <translation>Plug in your digital-signature token and choose the certificate to sign with:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="58" />
        <source>{name} ({organisation})
issued by {issuer}, valid until {day}; token {token}</source>
        <translation>{name} ({organisation})
issued by {issuer}, valid until {day}; token {token}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="65" />
        <source>(expired)</source>
        <translation>(expired)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/sign_dialog.py" line="69" />
        <source>The tokens plugged in hold no certificate to sign with.</source>
        <translation>The tokens plugged in hold no certificate to sign with.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="15" />
        <source>Not started</source>
        <extracomment>the built-in statuses (resources/plan/statuses.json) by code, in English</extracomment>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="16" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="17" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/vocabulary.py" line="18" />
        <source>Behind schedule</source>
        <translation>Behind schedule</translation>
    </message>
</context>
<context>
    <name>TaskAgenciesModel</name>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="55" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="70" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_agencies_model.py" line="70" />
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="49" />
        <source>Task {code}</source>
        <translation>Task {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="54" />
        <source>Double-click or press F2 to edit; drag, or use Up and Down, to reorder</source>
        <translation>Double-click or press F2 to edit; drag, or use Up and Down, to reorder</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="59" />
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="60" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="61" />
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="62" />
        <source>&amp;Down</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="76" />
        <source>e.g. Năm 2025, Thường xuyên, 2021-2025</source>
        <translation>e.g. Năm 2025, Thường xuyên, 2021-2025</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="83" />
        <source>&amp;Lead agencies (tick one or more)</source>
        <translation>&amp;Lead agencies (tick one or more)</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="84" />
        <source>&amp;Coordinating agencies</source>
        <translation>&amp;Coordinating agencies</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="91" />
        <source>Role note for the selected agency:</source>
        <translation>Role note for the selected agency:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="96" />
        <source>D&amp;eadline</source>
        <translation>D&amp;eadline</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="106" />
        <source>Acti&amp;vities (double-click to edit):</source>
        <translation>Acti&amp;vities (double-click to edit):</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="142" />
        <source>A collective: stands for {members}</source>
        <translation>A collective: stands for {members}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="172" />
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_form.py" line="209" />
        <source>Edit task {code}</source>
        <translation>Edit task {code}</translation>
    </message>
</context>
<context>
    <name>TaskPane</name>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="42" />
        <source>No agency is expected to report on this task in this period.</source>
        <extracomment>the values shown for the task changed without a read (the form saved them): task code</extracomment>
        <translation>No agency is expected to report on this task in this period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Task {code}</source>
        <translation>Task {code}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Coordinating</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="77" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="146" />
        <source>This database is open read-only: reports can be read, not changed.</source>
        <translation>This database is open read-only: reports can be read, not changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/task_pane.py" line="148" />
        <source>This installation reports for {agency}: another agency's report can be read here, not changed.</source>
        <translation>This installation reports for {agency}: another agency's report can be read here, not changed.</translation>
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
        <location filename="../gpa_desktop/domain/plan.py" line="299" />
        <source>The plan file is not valid: {reason}</source>
        <translation>The plan file is not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="68" />
        <location filename="../gpa_desktop/operations/reports.py" line="103" />
        <source>The status "{status}" is not in the status list.</source>
        <extracomment>openpyxl/Excel cannot hold more in one cell; we refuse rather than cut. How the province's documents (PDF, summary workbook) name a report that came in without a status: a state of its own, never counted as the first status on the list ("Chưa thực hiện"). Beside the status codes, the keys of a count of expected reports by status (storage.completeness.status_by_group).</extracomment>
        <translation>The status "{status}" is not in the status list.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="73" />
        <source>Progress must be a whole number from 0 to 100, not {value}.</source>
        <translation>Progress must be a whole number from 0 to 100, not {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="78" />
        <source>The budget must be a number of million VND, zero or more, not {value}.</source>
        <translation>The budget must be a number of million VND, zero or more, not {value}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reports.py" line="84" />
        <source>A text is longer than {limit} characters and cannot be stored whole.</source>
        <translation>A text is longer than {limit} characters and cannot be stored whole.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agencies.py" line="58" />
        <source>No agency is called "{text}".</source>
        <translation>No agency is called "{text}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/changes.py" line="249" />
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/changes.py" line="265" />
        <source>This change cannot be undone: {what} is used by records made after it (for example reports filed since). Undo or remove those first.</source>
        <translation>This change cannot be undone: {what} is used by records made after it (for example reports filed since). Undo or remove those first.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="37" />
        <source>Warning: the database {path} is on a network share, where it can be damaged. Keep it on this computer's own disk and send copies instead.</source>
        <extracomment>Schema revisions this version of the app knows, oldest first; the last is current. What the window and the command line say when Database.on_network_share is true.</extracomment>
        <translation>Warning: the database {path} is on a network share, where it can be damaged. Keep it on this computer's own disk and send copies instead.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="55" />
        <source>The file {path} is not a GPA Desktop database.</source>
        <translation>The file {path} is not a GPA Desktop database.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="112" />
        <source>The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>The database file {path} is read-only. Copy it to a folder you can write to, or change its permissions.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="190" />
        <source>{path} is a folder, not a database file.</source>
        <extracomment>SQLite cannot lock or journal safely over a network share: the window and the CLI warn.</extracomment>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="95" />
        <source>The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.</source>
        <translation>The database {path} was made by a newer version of GPA Desktop. Install the newer version to open it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/database.py" line="197" />
        <source>The database {path} must be opened normally once before it can be viewed.</source>
        <translation>The database {path} must be opened normally once before it can be viewed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="26" />
        <source>This database is open read-only; the change was not saved.</source>
        <extracomment>What a write to a database open read-only is told (operations.Workspace refuses it first).</extracomment>
        <translation>This database is open read-only; the change was not saved.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="24" />
        <location filename="../gpa_desktop/storage/reports.py" line="22" />
        <location filename="../gpa_desktop/storage/reports.py" line="115" />
        <source>There is no task {code} in the plan.</source>
        <translation>There is no task {code} in the plan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="38" />
        <source>Write the deadline, for example "Năm 2025" or "Thường xuyên".</source>
        <translation>Write the deadline, for example "Năm 2025" or "Thường xuyên".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="50" />
        <source>A task needs at least one activity, and no activity can be empty.</source>
        <translation>A task needs at least one activity, and no activity can be empty.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plan_edits.py" line="81" />
        <source>A task needs at least one lead agency.</source>
        <translation>A task needs at least one lead agency.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="196" />
        <source>The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the agency to fill a fresh template.</source>
        <translation>The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the agency to fill a fresh template.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="208" />
        <source>The file {name} has lost the data that says which agency and period it is for (was it copied into a new file?). Import it again naming the agency and the period.</source>
        <translation>The file {name} has lost the data that says which agency and period it is for (was it copied into a new file?). Import it again naming the agency and the period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="51" />
        <source>The file {name} is not a template sealed by the province, so this agency's installation cannot take it. Ask the province to export a fresh template.</source>
        <translation>The file {name} is not a template sealed by the province, so this agency's installation cannot take it. Ask the province to export a fresh template.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="55" />
        <source>The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the province for a fresh template.</source>
        <translation>The identification data inside {name} does not match its content: the file was altered or pieced together. Ask the province for a fresh template.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="59" />
        <location filename="../gpa_desktop/exchange/importer.py" line="190" />
        <source>The file {name} was made by a newer version of GPA Desktop. Install the newer version to import it.</source>
        <translation>The file {name} was made by a newer version of GPA Desktop. Install the newer version to import it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="62" />
        <source>The file {name} is the template of {agency}; this installation is {mine}'s. It was not imported.</source>
        <translation>The file {name} is the template of {agency}; this installation is {mine}'s. It was not imported.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="65" />
        <source>The file {name} is sealed by a key with the fingerprint {fingerprint}, not by the province key this installation took first ({pinned}). Call the province to compare the fingerprint; if the province changed its key, import the file again accepting the new key (--trust-new-key).</source>
        <translation>The file {name} is sealed by a key with the fingerprint {fingerprint}, not by the province key this installation took first ({pinned}). Call the province to compare the fingerprint; if the province changed its key, import the file again accepting the new key (--trust-new-key).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="71" />
        <source>The file {name} is for period {period}, which this installation does not have; import a newer template from the province.</source>
        <translation>The file {name} is for period {period}, which this installation does not have; import a newer template from the province.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="215" />
        <source>The file {name} was made for another plan ({revision}) than the one in this database.</source>
        <translation>The file {name} was made for another plan ({revision}) than the one in this database.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="228" />
        <source>The file {name} is for {agency}, period {period}, not for the agency and period given.</source>
        <translation>The file {name} is for {agency}, period {period}, not for the agency and period given.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="234" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="28" />
        <location filename="../gpa_desktop/storage/installation.py" line="73" />
        <location filename="../gpa_desktop/storage/plan_edits.py" line="86" />
        <location filename="../gpa_desktop/storage/reports.py" line="29" />
        <source>There is no agency with the code {code}.</source>
        <translation>There is no agency with the code {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="260" />
        <source>The file {name} has {count} text cells typed in an old Vietnamese encoding ({encodings}); it is not imported until you choose to convert them to Unicode or to take them as written.</source>
        <translation>The file {name} has {count} text cells typed in an old Vietnamese encoding ({encodings}); it is not imported until you choose to convert them to Unicode or to take them as written.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="277" />
        <source>Task {code}: the text typed in {encoding} is converted to Unicode.</source>
        <translation>Task {code}: the text typed in {encoding} is converted to Unicode.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="279" />
        <source>Task {code}: the text looks typed in {encoding}; it is taken as written, not converted.</source>
        <translation>Task {code}: the text looks typed in {encoding}; it is taken as written, not converted.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="283" />
        <source>The file {name} is sealed by an installation this one does not know (key {fingerprint}), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.</source>
        <translation>The file {name} is sealed by an installation this one does not know (key {fingerprint}), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="287" />
        <source>The file {name} carries no installation's seal (an old template, or its seal was taken out), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.</source>
        <translation>The file {name} carries no installation's seal (an old template, or its seal was taken out), so which agency and period it is for cannot be trusted: import it again naming the agency and the period.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="291" />
        <source>The file {name} says it is for {agency}, period {period}, but its seal is not this installation's: it was read as the agency and period given, without the values it was exported with.</source>
        <translation>The file {name} says it is for {agency}, period {period}, but its seal is not this installation's: it was read as the agency and period given, without the values it was exported with.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="295" />
        <source>The file {name} was exported by the agency's installation before {newer}, which was imported already; nothing changed.</source>
        <translation>The file {name} was exported by the agency's installation before {newer}, which was imported already; nothing changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="314" />
        <source>The file {name} was saved before {newer}, a copy of the same template imported already, so it is the older copy; nothing changed.</source>
        <translation>The file {name} was saved before {newer}, a copy of the same template imported already, so it is the older copy; nothing changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="318" />
        <source>The file {name} and {earlier}, imported already, are copies of the same template and which was saved last cannot be told; nothing changed: if {name} is the newer copy, import it again with --newer-copy.</source>
        <translation>The file {name} and {earlier}, imported already, are copies of the same template and which was saved last cannot be told; nothing changed: if {name} is the newer copy, import it again with --newer-copy.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="424" />
        <source>Row {row}: {agency} is not assigned to task {code}; the row was not taken.</source>
        <translation>Row {row}: {agency} is not assigned to task {code}; the row was not taken.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/importer.py" line="429" />
        <source>Row {row}: task {code} appears twice; only its first row was taken.</source>
        <translation>Row {row}: task {code} appears twice; only its first row was taken.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/adoption.py" line="277" />
        <location filename="../gpa_desktop/exchange/importer.py" line="520" />
        <location filename="../gpa_desktop/exchange/importer.py" line="525" />
        <location filename="../gpa_desktop/ui/import_dialog.py" line="571" />
        <source>The database changed after {name} was checked (another file or an edit touched the same reports). Nothing was written; read the file again.</source>
        <translation>The database changed after {name} was checked (another file or an edit touched the same reports). Nothing was written; read the file again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="38" />
        <source>An agency named "{name}" already exists ({code}).</source>
        <translation>An agency named "{name}" already exists ({code}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="47" />
        <source>{name} is a group of agencies; change its members instead.</source>
        <translation>{name} is a group of agencies; change its members instead.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="51" />
        <source>{name} already ended on {day:%d/%m/%Y}.</source>
        <translation>{name} already ended on {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="95" />
        <source>The change must take effect after {day:%d/%m/%Y}, when {name} took up its tasks.</source>
        <translation>The change must take effect after {day:%d/%m/%Y}, when {name} took up its tasks.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="176" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="251" />
        <source>An agency needs a code and a name.</source>
        <translation>An agency needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="178" />
        <source>The code {code} is already used by another agency.</source>
        <translation>The code {code} is already used by another agency.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="193" />
        <location filename="../gpa_desktop/storage/agency_changes.py" line="214" />
        <source>{name} is not a group of agencies.</source>
        <translation>{name} is not a group of agencies.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="272" />
        <source>Choose the agencies to merge.</source>
        <translation>Choose the agencies to merge.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="284" />
        <source>{name} cannot be merged into itself.</source>
        <translation>{name} cannot be merged into itself.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="325" />
        <source>{name} is not assigned to the tasks {tasks}.</source>
        <translation>{name} is not assigned to the tasks {tasks}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/agency_changes.py" line="332" />
        <source>Choose a successor for the tasks {tasks}.</source>
        <translation>Choose a successor for the tasks {tasks}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/dates.py" line="27" />
        <source>"{text}" is not a date. Write it as dd/mm/yyyy, for example 01/03/2025.</source>
        <translation>"{text}" is not a date. Write it as dd/mm/yyyy, for example 01/03/2025.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/plain_reads.py" line="139" />
        <source>There is no reporting period {code} in this database (the periods are: {known}). Create it first under Lists → Reporting periods, or with gpa-desktop period {code}.</source>
        <translation>There is no reporting period {code} in this database (the periods are: {known}). Create it first under Lists → Reporting periods, or with gpa-desktop period {code}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/periods.py" line="87" />
        <source>The due date {day:%d/%m/%Y} is before the period starts.</source>
        <translation>The due date {day:%d/%m/%Y} is before the period starts.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/periods.py" line="91" />
        <source>The data cut-off {day:%d/%m/%Y} is before the period starts.</source>
        <translation>The data cut-off {day:%d/%m/%Y} is before the period starts.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/periods.py" line="116" />
        <source>The period {code} cannot be deleted: reports, received workbooks or printed reports refer to it.</source>
        <translation>The period {code} cannot be deleted: reports, received workbooks or printed reports refer to it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/instance_lock.py" line="33" />
        <source>The database {path} is already open in another copy of GPA Desktop ({holder}). Close that copy first, or open this one read-only.</source>
        <translation>The database {path} is already open in another copy of GPA Desktop ({holder}). Close that copy first, or open this one read-only.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="440" />
        <source>--delete cannot be given with --due or --cutoff.</source>
        <translation>--delete cannot be given with --due or --cutoff.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="600" />
        <source>Name one agency with --agency (and -o FILE), or use --all DIR.</source>
        <translation>Name one agency with --agency (and -o FILE), or use --all DIR.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="620" />
        <source>Nothing was written: {files} already exist (add --force to replace them).</source>
        <translation>Nothing was written: {files} already exist (add --force to replace them).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="663" />
        <source>Give --agency and --period together (for a workbook that lost its identification).</source>
        <translation>Give --agency and --period together (for a workbook that lost its identification).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="850" />
        <source>No PIN was given: set GPA_PIN, or run the command in a terminal to be asked for it.</source>
        <translation>No PIN was given: set GPA_PIN, or run the command in a terminal to be asked for it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="877" />
        <location filename="../gpa_desktop/operations/issue.py" line="60" />
        <source>Name the period with --period, or ask for the plan with --plan.</source>
        <translation>Name the period with --period, or ask for the plan with --plan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="920" />
        <source>The file {file} cannot be read.</source>
        <translation>The file {file} cannot be read.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/cli.py" line="1179" />
        <source>Name a command, or leave out the options to open the window; gpa-desktop --help lists the commands.</source>
        <translation>Name a command, or leave out the options to open the window; gpa-desktop --help lists the commands.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="48" />
        <source>sheet "{sheet}"</source>
        <translation>sheet "{sheet}"</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="50" />
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="52" />
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="347" />
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="381" />
        <location filename="../gpa_desktop/exchange/safety.py" line="139" />
        <location filename="../gpa_desktop/exchange/safety.py" line="153" />
        <location filename="../gpa_desktop/exchange/safety.py" line="167" />
        <location filename="../gpa_desktop/exchange/safety.py" line="173" />
        <source>The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete.</source>
        <translation>The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="352" />
        <source>The file contains macros; they were not run, and are not kept.</source>
        <translation>The file contains macros; they were not run, and are not kept.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="357" />
        <source>The file is too large to check all its text for old Vietnamese encodings: {count} text cells were not checked.</source>
        <translation>The file is too large to check all its text for old Vietnamese encodings: {count} text cells were not checked.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="373" />
        <source>The file {name} holds several sheets that could be the report, with different values ({sheets}); nothing was taken: say which sheet is the report.</source>
        <translation>The file {name} holds several sheets that could be the report, with different values ({sheets}); nothing was taken: say which sheet is the report.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="417" />
        <source>The file {name} has no sheet named "{sheet}"; its sheets are {sheets}.</source>
        <translation>The file {name} has no sheet named "{sheet}"; its sheets are {sheets}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="467" />
        <source>The file {name} has no header row with a "{anchor}" cell; it is not a reporting workbook.</source>
        <translation>The file {name} has no header row with a "{anchor}" cell; it is not a reporting workbook.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="476" />
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="396" />
        <source>The file {name} lacks the columns {columns}.</source>
        <translation>The file {name} lacks the columns {columns}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="503" />
        <source>Row {row}: "{code}" is not a task code.</source>
        <translation>Row {row}: "{code}" is not a task code.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="515" />
        <source>Task {code}: the cell holds a formula; type the value itself.</source>
        <translation>Task {code}: the cell holds a formula; type the value itself.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="548" />
        <source>Task {code}: invisible control characters were removed from the text.</source>
        <translation>Task {code}: invisible control characters were removed from the text.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="557" />
        <source>Task {code}: "{value}" is not a status in the list.</source>
        <translation>Task {code}: "{value}" is not a status in the list.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="565" />
        <source>Task {code}: the text is longer than {limit} characters.</source>
        <translation>Task {code}: the text is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="572" />
        <source>Task {code}: progress must be a whole number from 0 to 100, not "{value}".</source>
        <translation>Task {code}: progress must be a whole number from 0 to 100, not "{value}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reading.py" line="574" />
        <source>Task {code}: the budget must be a number of million VND, zero or more, not "{value}".</source>
        <translation>Task {code}: the budget must be a number of million VND, zero or more, not "{value}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="49" />
        <source>This installation lacks the defusedxml package that protects against malicious workbooks; workbooks cannot be read until it is reinstalled.</source>
        <translation>This installation lacks the defusedxml package that protects against malicious workbooks; workbooks cannot be read until it is reinstalled.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="128" />
        <source>The file {name} is too large for a reporting workbook.</source>
        <translation>The file {name} is too large for a reporting workbook.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="131" />
        <source>The file {name} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as .xlsx.</source>
        <translation>The file {name} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it as .xlsx.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="148" />
        <source>The file {name} is an OpenDocument (.ods) file. Save it as Excel (.xlsx) and send it again.</source>
        <translation>The file {name} is an OpenDocument (.ods) file. Save it as Excel (.xlsx) and send it again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="161" />
        <source>The file {name} unpacks to far more data than a reporting workbook holds; it was not opened.</source>
        <translation>The file {name} unpacks to far more data than a reporting workbook holds; it was not opened.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="174" />
        <source>The file {name} contains XML constructs that workbooks never use; it was not opened.</source>
        <translation>The file {name} contains XML constructs that workbooks never use; it was not opened.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="175" />
        <source>The file {name} declares sizes or counts that its content does not have, as only a damaged or forged workbook does; it was not opened.</source>
        <translation>The file {name} declares sizes or counts that its content does not have, as only a damaged or forged workbook does; it was not opened.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="178" />
        <source>The file {name} places cells beyond the 1,048,576 rows and 16,384 columns Excel can hold; it was not opened.</source>
        <translation>The file {name} places cells beyond the 1,048,576 rows and 16,384 columns Excel can hold; it was not opened.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="181" />
        <source>The file {name} has a sheet, merged area or list spanning far more cells than a reporting workbook holds; it was not opened.</source>
        <translation>The file {name} has a sheet, merged area or list spanning far more cells than a reporting workbook holds; it was not opened.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="184" />
        <source>The file {name} has a part in a text encoding that workbooks never use; it was not opened.</source>
        <translation>The file {name} has a part in a text encoding that workbooks never use; it was not opened.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/safety.py" line="463" />
        <source>The file {name} has more than {limit} rows in a sheet; a reporting workbook has far fewer.</source>
        <translation>The file {name} has more than {limit} rows in a sheet; a reporting workbook has far fewer.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/summary_workbook.py" line="85" />
        <location filename="../gpa_desktop/exchange/template.py" line="195" />
        <source>Task {code}: invisible control characters in the stored text were left out of the workbook.</source>
        <translation>Task {code}: invisible control characters in the stored text were left out of the workbook.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="54" />
        <source>This database is open read-only: a report printed from it could not be verified later. Open it normally to print.</source>
        <translation>This database is open read-only: a report printed from it could not be verified later. Open it normally to print.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="98" />
        <source>Choose the agency whose report to print.</source>
        <translation>Choose the agency whose report to print.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/plan.py" line="59" />
        <source>Some fields were refused; nothing was saved.</source>
        <translation>Some fields were refused; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="63" />
        <source>The token library {path} does not exist; install the token driver from your certificate authority or correct the library's path in Settings.</source>
        <translation>The token library {path} does not exist; install the token driver from your certificate authority or correct the library's path in Settings.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="64" />
        <source>No token library was found on this computer; install the token driver from your certificate authority, or give the library's path in Settings (or with --pkcs11-lib).</source>
        <translation>No token library was found on this computer; install the token driver from your certificate authority, or give the library's path in Settings (or with --pkcs11-lib).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="65" />
        <source>The token library {path} is a {theirs}-bit library, which this {ours}-bit program cannot load; install the {ours}-bit token driver from your certificate authority.</source>
        <translation>The token library {path} is a {theirs}-bit library, which this {ours}-bit program cannot load; install the {ours}-bit token driver from your certificate authority.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="66" />
        <source>The file {path} is not a token library (PKCS#11 module).</source>
        <translation>The file {path} is not a token library (PKCS#11 module).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="67" />
        <source>The token library {path} could not be loaded; reinstall the token driver from your certificate authority.</source>
        <translation>The token library {path} could not be loaded; reinstall the token driver from your certificate authority.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="68" />
        <source>No token is plugged in; plug in your digital-signature token and try again.</source>
        <translation>No token is plugged in; plug in your digital-signature token and try again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="69" />
        <source>No token named {label} is plugged in (tokens found: {found}).</source>
        <translation>No token named {label} is plugged in (tokens found: {found}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="70" />
        <source>Several tokens are plugged in ({found}); name the one to sign with (--token-label).</source>
        <translation>Several tokens are plugged in ({found}); name the one to sign with (--token-label).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="71" />
        <source>The token was unplugged or stopped answering; plug it in again and retry.</source>
        <translation>The token was unplugged or stopped answering; plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="72" />
        <source>Enter the token's PIN to sign.</source>
        <translation>Enter the token's PIN to sign.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="73" />
        <source>The PIN is wrong.</source>
        <translation>The PIN is wrong.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="74" />
        <source>The PIN is wrong; the token counts wrong PINs and locks itself after a few more.</source>
        <translation>The PIN is wrong; the token counts wrong PINs and locks itself after a few more.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="75" />
        <source>The PIN is wrong; one more wrong PIN will lock the token.</source>
        <translation>The PIN is wrong; one more wrong PIN will lock the token.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="76" />
        <source>The token is locked after too many wrong PINs; ask your certificate authority to unlock it.</source>
        <translation>The token is locked after too many wrong PINs; ask your certificate authority to unlock it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="77" />
        <source>The token {token} holds no certificate to sign with.</source>
        <translation>The token {token} holds no certificate to sign with.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="78" />
        <source>The token {token} holds no certificate named {label} (certificates: {found}).</source>
        <translation>The token {token} holds no certificate named {label} (certificates: {found}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="79" />
        <source>The token {token} holds several certificates ({found}); name the one to sign with (--key-label).</source>
        <translation>The token {token} holds several certificates ({found}); name the one to sign with (--key-label).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="80" />
        <source>The token {token} holds no private key for the certificate of {name}.</source>
        <translation>The token {token} holds no private key for the certificate of {name}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="81" />
        <source>The certificate of {name} expired on {day}; renew it with your certificate authority.</source>
        <translation>The certificate of {name} expired on {day}; renew it with your certificate authority.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="82" />
        <source>The certificate of {name} is valid only from {day}.</source>
        <translation>The certificate of {name} is valid only from {day}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="83" />
        <source>The token refused to sign; unplug it, plug it in again and retry.</source>
        <translation>The token refused to sign; unplug it, plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="84" />
        <source>The timestamp server {url} did not answer, so the report was signed without a timestamp (the signing time is this computer's clock).</source>
        <translation>The timestamp server {url} did not answer, so the report was signed without a timestamp (the signing time is this computer's clock).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/reports/signing.py" line="85" />
        <source>The file {file} is not a readable PDF document.</source>
        <translation>The file {file} is not a readable PDF document.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="20" />
        <source>The file {file} holds no certificate (PEM or DER).</source>
        <translation>The file {file} holds no certificate (PEM or DER).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="21" />
        <source>The certificate of {name} is not a certificate authority's, so it cannot be trusted as one.</source>
        <translation>The certificate of {name} is not a certificate authority's, so it cannot be trusted as one.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="22" />
        <source>No trusted certificate authority has a fingerprint starting with {fingerprint}.</source>
        <translation>No trusted certificate authority has a fingerprint starting with {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/trusted_cas.py" line="23" />
        <source>Several trusted certificate authorities have a fingerprint starting with {fingerprint}; give more of it.</source>
        <translation>Several trusted certificate authorities have a fingerprint starting with {fingerprint}; give more of it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="387" />
        <source>The file {name} has no header row with a "{anchor}" cell; it is not a reorganisation workbook.</source>
        <translation>The file {name} has no header row with a "{anchor}" cell; it is not a reorganisation workbook.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="418" />
        <source>Row {row}: the cell holds a formula; type the value itself.</source>
        <translation>Row {row}: the cell holds a formula; type the value itself.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="420" />
        <source>Row {row}: the text is longer than a cell holds.</source>
        <translation>Row {row}: the text is longer than a cell holds.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="424" />
        <source>Row {row}: "{value}" is not a kind of change in the list.</source>
        <translation>Row {row}: "{value}" is not a kind of change in the list.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="426" />
        <source>Row {row}: choose the kind of change.</source>
        <translation>Row {row}: choose the kind of change.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="431" />
        <source>Row {row}: "{value}" is not a date; write it as dd/mm/yyyy, for example 01/07/2025.</source>
        <translation>Row {row}: "{value}" is not a date; write it as dd/mm/yyyy, for example 01/07/2025.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="435" />
        <source>Row {row}: the effective date is missing.</source>
        <translation>Row {row}: the effective date is missing.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="438" />
        <source>Row {row}: the status "{value}" is not in the list; the row is not applied.</source>
        <translation>Row {row}: the status "{value}" is not in the list; the row is not applied.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/reorganisation.py" line="443" />
        <source>Row {row} has no status; only rows marked "{confirmed}" are applied.</source>
        <translation>Row {row} has no status; only rows marked "{confirmed}" are applied.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="377" />
        <source>Rows {rows} give no legal basis (document number); the change log will not say on what authority they changed.</source>
        <translation>Rows {rows} give no legal basis (document number); the change log will not say on what authority they changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="403" />
        <source>From {day:%d/%m/%Y} the group {group} would have no members, so nobody would report on its {count} tasks: name its members in a "Thành viên nhóm" row.</source>
        <translation>From {day:%d/%m/%Y} the group {group} would have no members, so nobody would report on its {count} tasks: name its members in a "Thành viên nhóm" row.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="428" />
        <source>The workbook {file} has refused rows; nothing was applied. Correct them and apply it again.</source>
        <translation>The workbook {file} has refused rows; nothing was applied. Correct them and apply it again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="437" />
        <source>The database changed after the workbook {file} was checked; nothing was applied. Check it again.</source>
        <translation>The database changed after the workbook {file} was checked; nothing was applied. Check it again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="488" />
        <source>Row {row}: the effective date {day:%d/%m/%Y} is before the plan began ({start:%d/%m/%Y}).</source>
        <translation>Row {row}: the effective date {day:%d/%m/%Y} is before the plan began ({start:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="497" />
        <source>Row {row}: no unit is called "{text}"; write its code or its name as the list of units gives it.</source>
        <translation>Row {row}: no unit is called "{text}"; write its code or its name as the list of units gives it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="500" />
        <location filename="../gpa_desktop/operations/reorganisation.py" line="558" />
        <location filename="../gpa_desktop/operations/reorganisation.py" line="584" />
        <source>Row {row}: {name} is a group of agencies; change its members instead.</source>
        <translation>Row {row}: {name} is a group of agencies; change its members instead.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="503" />
        <source>Row {row}: {name} is not a group of agencies.</source>
        <translation>Row {row}: {name} is not a group of agencies.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="510" />
        <source>Row {row}: name exactly one unit under "{header}".</source>
        <translation>Row {row}: name exactly one unit under "{header}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="517" />
        <source>Row {row}: {name} is already merged, split or ended in row {first}.</source>
        <translation>Row {row}: {name} is already merged, split or ended in row {first}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="525" />
        <source>Row {row}: write the names of the new units under "Đơn vị sau", one per line.</source>
        <translation>Row {row}: write the names of the new units under "Đơn vị sau", one per line.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="536" />
        <source>Row {row}: a unit called "{name}" exists already ({code}).</source>
        <translation>Row {row}: a unit called "{name}" exists already ({code}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="548" />
        <source>Row {row}: name the units merged under "Đơn vị trước".</source>
        <translation>Row {row}: name the units merged under "Đơn vị trước".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="560" />
        <source>Row {row}: {name} cannot be merged into itself.</source>
        <translation>Row {row}: {name} cannot be merged into itself.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="572" />
        <source>Row {row}: write each successor with the tasks it takes over, for example "Sở Nội vụ: 3.1, 7.2".</source>
        <translation>Row {row}: write each successor with the tasks it takes over, for example "Sở Nội vụ: 3.1, 7.2".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="576" />
        <source>Row {row}: there is no task {tasks} in the plan.</source>
        <translation>Row {row}: there is no task {tasks} in the plan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="588" />
        <source>Row {row}: a split needs at least two successors; for one, use "Hợp nhất".</source>
        <translation>Row {row}: a split needs at least two successors; for one, use "Hợp nhất".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="593" />
        <source>Row {row}: name the units that end under "Đơn vị trước".</source>
        <translation>Row {row}: name the units that end under "Đơn vị trước".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="595" />
        <source>Row {row}: a unit that ends has no successor here; to hand its tasks over, use "Hợp nhất".</source>
        <translation>Row {row}: a unit that ends has no successor here; to hand its tasks over, use "Hợp nhất".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/reorganisation.py" line="604" />
        <source>Row {row}: a group left without members: name its members from that day under "Đơn vị sau".</source>
        <translation>Row {row}: a group left without members: name its members from that day under "Đơn vị sau".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="171" />
        <source>The file {path} is not a GPA Desktop database, so it cannot be restored.</source>
        <extracomment>progress(done_pages, total_pages) The one place to change how many automatic backups are kept (README: "Dữ liệu nằm ở đâu").</extracomment>
        <translation>The file {path} is not a GPA Desktop database, so it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="172" />
        <source>The backup {path} is damaged, so it cannot be restored.</source>
        <translation>The backup {path} is damaged, so it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="173" />
        <source>{path} is the open database itself; choose a backup of it.</source>
        <translation>{path} is the open database itself; choose a backup of it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="174" />
        <source>This database is open read-only; a backup cannot be restored into it.</source>
        <translation>This database is open read-only; a backup cannot be restored into it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="202" />
        <source>The backup {path} was made by a newer version of GPA Desktop; install it to restore this backup.</source>
        <translation>The backup {path} was made by a newer version of GPA Desktop; install it to restore this backup.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="239" />
        <source>The database {path} is damaged, so nothing was written to it; the newest sound backup is from {day:%d/%m/%Y %H:%M} ({backup}).</source>
        <translation>The database {path} is damaged, so nothing was written to it; the newest sound backup is from {day:%d/%m/%Y %H:%M} ({backup}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/backup.py" line="243" />
        <source>The database {path} is damaged, so nothing was written to it, and no sound backup of it was found.</source>
        <translation>The database {path} is damaged, so nothing was written to it, and no sound backup of it was found.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="35" />
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>The disk is full: {path} could not be written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="36" />
        <source>The disk holding {path} is read-only, so nothing could be written there.</source>
        <translation>The disk holding {path} is read-only, so nothing could be written there.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="37" />
        <source>You are not allowed to write {path}, or another program has it open; nothing was written.</source>
        <translation>You are not allowed to write {path}, or another program has it open; nothing was written.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="40" />
        <source>The folder for {path} does not exist, so nothing was written.</source>
        <translation>The folder for {path} does not exist, so nothing was written.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="41" />
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="42" />
        <source>The name {path} is too long for this disk; choose a shorter name.</source>
        <translation>The name {path} is too long for this disk; choose a shorter name.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="43" />
        <source>The file {path} could not be written.</source>
        <translation>The file {path} could not be written.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="44" />
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="45" />
        <source>You are not allowed to read {path}, or another program has it locked.</source>
        <translation>You are not allowed to read {path}, or another program has it locked.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="46" />
        <source>The file {path} could not be read.</source>
        <translation>The file {path} could not be read.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="48" />
        <source>The disk holding the database {path} is full, so nothing was changed. Free some space and try again.</source>
        <translation>The disk holding the database {path} is full, so nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="51" />
        <source>The database {path} is on a read-only disk or is a read-only file, so nothing was changed.</source>
        <translation>The database {path} is on a read-only disk or is a read-only file, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="54" />
        <source>The database {path} could not be written (the disk may have been removed or be failing), so nothing was changed.</source>
        <translation>The database {path} could not be written (the disk may have been removed or be failing), so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="57" />
        <source>The database {path} cannot be opened: its folder is missing or you are not allowed to use it.</source>
        <translation>The database {path} cannot be opened: its folder is missing or you are not allowed to use it.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/files.py" line="60" />
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>The database {path} is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/migrations.py" line="50" />
        <source>Upgrading {path} would leave broken references, so it was not upgraded; nothing was changed.</source>
        <translation>Upgrading {path} would leave broken references, so it was not upgraded; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/exchange.py" line="62" />
        <source>Nothing was written: {files} already exist in that folder.</source>
        <translation>Nothing was written: {files} already exist in that folder.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/exchange.py" line="120" />
        <source>{file} holds values that are not in the database yet, so it was not replaced and nothing was written: import it first, or export to another folder.</source>
        <translation>{file} holds values that are not in the database yet, so it was not replaced and nothing was written: import it first, or export to another folder.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/exchange.py" line="223" />
        <source>The file {name} could not be imported because of an unexpected error (the details are in the log); the other files were not affected.</source>
        <translation>The file {name} could not be imported because of an unexpected error (the details are in the log); the other files were not affected.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="40" />
        <source>The plan's title, basis or revision changed.</source>
        <translation>The plan's title, basis or revision changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="42" />
        <source>The list of statuses changed.</source>
        <translation>The list of statuses changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="49" />
        <source>Agency {code} added: {name}.</source>
        <translation>Agency {code} added: {name}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="51" />
        <source>Agency {code} renamed: "{old}" → "{new}".</source>
        <translation>Agency {code} renamed: "{old}" → "{new}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="53" />
        <source>Agency {code} ({name}) ends on {day:%d/%m/%Y}.</source>
        <translation>Agency {code} ({name}) ends on {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="55" />
        <source>Agency {code} ({name}): its kind, former names or other spellings changed.</source>
        <translation>Agency {code} ({name}): its kind, former names or other spellings changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="57" />
        <source>Agency {code} ({name}) is no longer in the province's list.</source>
        <translation>Agency {code} ({name}) is no longer in the province's list.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="69" />
        <source>Group {code} ({name}): who belongs to it changed.</source>
        <translation>Group {code} ({name}): who belongs to it changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="73" />
        <source>{old} is succeeded by {new} from {day:%d/%m/%Y}.</source>
        <translation>{old} is succeeded by {new} from {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="76" />
        <source>The plan's themes changed.</source>
        <translation>The plan's themes changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="81" />
        <source>Task {code} added.</source>
        <translation>Task {code} added.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="84" />
        <source>Task {code}: deadline "{old}" → "{new}".</source>
        <translation>Task {code}: deadline "{old}" → "{new}".</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="86" />
        <source>Task {code}: its activities changed.</source>
        <translation>Task {code}: its activities changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="88" />
        <source>Task {code}: the agencies assigned to it, or their dates, changed.</source>
        <translation>Task {code}: the agencies assigned to it, or their dates, changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="90" />
        <source>Task {code} is no longer in the province's plan.</source>
        <translation>Task {code} is no longer in the province's plan.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="96" />
        <source>Period {code} added, due {day:%d/%m/%Y}.</source>
        <translation>Period {code} added, due {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="99" />
        <source>Period {code}: due date {old:%d/%m/%Y} → {new:%d/%m/%Y}.</source>
        <translation>Period {code}: due date {old:%d/%m/%Y} → {new:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="102" />
        <source>Period {code}: data cut-off {old:%d/%m/%Y} → {new:%d/%m/%Y}.</source>
        <translation>Period {code}: data cut-off {old:%d/%m/%Y} → {new:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="106" />
        <source>Period {code} is no longer in the province's list.</source>
        <translation>Period {code} is no longer in the province's list.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/domain/reference.py" line="108" />
        <source>The order of the plan's lists changed.</source>
        <translation>The order of the plan's lists changed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/convergence.py" line="72" />
        <source>No template from the province for period {period} has been imported here yet: import the province's template first, then export the workbook.</source>
        <translation>No template from the province for period {period} has been imported here yet: import the province's template first, then export the workbook.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/storage/installation.py" line="75" />
        <source>{name} is a group of agencies; an installation belongs to one agency.</source>
        <translation>{name} is a group of agencies; an installation belongs to one agency.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/exchange/contained.py" line="30" />
        <source>The file {name} could not be read safely: reading it needed far more memory or time than a reporting workbook does, or made the reader fail; it was not imported.</source>
        <translation>The file {name} could not be read safely: reading it needed far more memory or time than a reporting workbook does, or made the reader fail; it was not imported.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="130" />
        <source>No report with the code {code} was issued from this database.</source>
        <translation>No report with the code {code} was issued from this database.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="139" />
        <source>OK: the report of {what}, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</source>
        <translation>OK: the report of {what}, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="141" />
        <source>OK: the province report, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</source>
        <translation>OK: the province report, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="145" />
        <source>CHANGED: the records differ from the report of {what}, period {period}, dated {day:%d/%m/%Y}:</source>
        <translation>CHANGED: the records differ from the report of {what}, period {period}, dated {day:%d/%m/%Y}:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/issue.py" line="147" />
        <source>CHANGED: the records differ from the province report, period {period}, dated {day:%d/%m/%Y}:</source>
        <translation>CHANGED: the records differ from the province report, period {period}, dated {day:%d/%m/%Y}:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="43" />
        <source>Signature: NONE, the file is not signed.</source>
        <translation>Signature: NONE, the file is not signed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="44" />
        <source>Signature: BROKEN, the file was changed after it was signed.</source>
        <translation>Signature: BROKEN, the file was changed after it was signed.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="45" />
        <source>Signature: intact, but it does NOT cover the whole file: something was added after signing.</source>
        <translation>Signature: intact, but it does NOT cover the whole file: something was added after signing.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="46" />
        <source>Signature: intact, covers the whole file.</source>
        <translation>Signature: intact, covers the whole file.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="47" />
        <source>Signed by: {signer} ({organisation}), at {time} ({how}).</source>
        <translation>Signed by: {signer} ({organisation}), at {time} ({how}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="48" />
        <source>Certificate authority: trusted ({issuer}).</source>
        <translation>Certificate authority: trusted ({issuer}).</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="49" />
        <source>Certificate authority: NOT TRUSTED ({issuer}): the certificate does not chain to an authority this installation trusts.</source>
        <translation>Certificate authority: NOT TRUSTED ({issuer}): the certificate does not chain to an authority this installation trusts.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="50" />
        <source>Verification code: NONE found in the file.</source>
        <translation>Verification code: NONE found in the file.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="51" />
        <source>Verification code {code}: NOT FOUND, no report with this code was issued from this database.</source>
        <translation>Verification code {code}: NOT FOUND, no report with this code was issued from this database.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="52" />
        <source>Verification code {code}: matches the records exactly.</source>
        <translation>Verification code {code}: matches the records exactly.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="53" />
        <source>Verification code {code}: CHANGED, the records now differ:</source>
        <translation>Verification code {code}: CHANGED, the records now differ:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="54" />
        <source>Result: VALID.</source>
        <translation>Result: VALID.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="55" />
        <source>Result: NOT VALID.</source>
        <translation>Result: NOT VALID.</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="57" />
        <source>time vouched for by a timestamp server</source>
        <translation>time vouched for by a timestamp server</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/operations/signing.py" line="58" />
        <source>the signer's computer clock, no timestamp</source>
        <translation>the signer's computer clock, no timestamp</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="182" />
        <source>Verify a report code</source>
        <translation>Verify a report code</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="187" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="190" />
        <source>Check a signed PDF file…</source>
        <translation>Check a signed PDF file…</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="195" />
        <source>Verification code printed on the report:</source>
        <translation>Verification code printed on the report:</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="210" />
        <source>Check a signed report</source>
        <translation>Check a signed report</translation>
    </message>
    <message>
        <location filename="../gpa_desktop/ui/report_dialog.py" line="210" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
</TS>
