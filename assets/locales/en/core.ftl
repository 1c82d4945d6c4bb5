# What Mend says itself outside the window: the tray menu and its own notifications.
# Each message id must exist in every language's core.ftl with the same placeholders.

tray-tooltip = Mend
tray-open = Open Mend
tray-log-pain = Log pain now…
tray-quit = Quit Mend
# $time is the reminder's time (HH:MM), $title the reminder's title.
tray-next-today = Next reminder: { $time } · { $title }
# $day is the weekday, 1 (Monday) to 7 (Sunday).
tray-next-later = Next reminder: { weekday-short } { $time } · { $title }
tray-next-none = Next reminder: none (all off)
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}

still-running-title = Mend is still running
still-running-body = Reminders keep coming. Open Mend from its icon in the notification area. To quit when you close the window instead, change it in Settings.
# macOS calls the place for the icon the menu bar.
still-running-body-macos = Reminders keep coming. Open Mend from its icon in the menu bar or in the Dock. To quit when you close the window instead, change it in Settings.

# When Mend cannot start: a native dialog (and the log file in the data folder).
startup-failed-title = Mend could not start
startup-log-at = This is also written in { $path }.
startup-window-failed = Mend could not open its window ({ $detail }).

# The file type the import dialog shows.
dialog-import-file = Mend export, or another tracker's (JSON, CSV, zip)
