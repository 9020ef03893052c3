<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/about_dialog.cpp" line="+13" />
            <source>About Chongal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&lt;h2&gt;Chongal (총알) %1&lt;/h2&gt;&lt;p&gt;A dispatch console for same-hour delivery in Seoul: an embedded routing solver keeps every courier's route optimal while orders arrive, couriers move and deliveries complete. Every shift is stored for review and replay.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Attribution file missing from this build.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertsDock</name>
        <message>
            <location filename="../../ui/alerts_dock.cpp" line="+15" />
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Search alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stale positions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 late · %2 at risk · %3 unassigned · %4 stale</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename="../../app/models/alerts_model.cpp" line="+60" />
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Order / courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourierOrdersModel</name>
        <message>
            <location filename="../../ui/history/courier_tables.cpp" line="+239" />
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Placed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Picked up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourierTableModel</name>
        <message>
            <location line="-141" />
            <source>Orders still assigned to or carried by the courier when the record ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On time %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Avg min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourierTables</name>
        <message>
            <location line="-117" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CouriersDock</name>
        <message>
            <location filename="../../ui/couriers_dock.cpp" line="+16" />
            <source>Couriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Search id, name, status  (Ctrl+Shift+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>With warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offline or off shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>%1 · %2 working · %3 idle · %4 with warnings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CouriersModel</name>
        <message>
            <location filename="../../app/models/couriers_model.cpp" line="+44" />
            <source>pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/couriers_dock.cpp" line="-13" />
            <source>drop-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location filename="../../ui/couriers_dock.cpp" line="+2" />
            <source>%1 late · %2 at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>route locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Next stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Route ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatchScene</name>
        <message numerus="yes">
            <location filename="../../ui/dispatch_scene.cpp" line="+82" />
            <source>%n stop(s) left, route ends %1</source>
            <translation>
                <numerusform>%n stop left, route ends %1</numerusform>
                <numerusform>%n stops left, route ends %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>promised %1 · ETA %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatchSession</name>
        <message>
            <location filename="../../app/session/dispatch_session.cpp" line="+352" />
            <source>no shift is running</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisplayText</name>
        <message>
            <location filename="../../app/models/display_text.cpp" line="+17" />
            <source>−%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>+%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+62" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-61" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>To pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>To drop-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Off shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Position stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>no courier on shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>too large for every courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no courier reaches the pickup in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no courier reaches the drop-off in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>would overrun every courier's shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>its locked courier cannot serve it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no room left in any route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stale position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>late by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 to spare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no position for %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../ui/help_dialog.cpp" line="+14" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Arrow keys, or drag the empty map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in / out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>+ / −, or the mouse wheel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fit Seoul / fit the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>0 / F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Select (add to the selection)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Click (Ctrl+click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move an order to a courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Drag its marker onto the courier; Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Route timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Zoom the time axis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+wheel, or + / −</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move an order to another courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Drag its block onto the courier's row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the order of a route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Drag a block along its own row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel a drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>While dragging, the preview shows the new ETA, lateness created or removed, capacity or time-window violations and the cost change. On drop the decision is locked and the rest of the plan is re-optimised; every edit can be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../ui/history/history_window.cpp" line="+81" />
            <source>Shift history — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Couriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Replay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Started from </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> to </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>All dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show the shifts of every date in the store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Orders CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export every order of the shift with its times and courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Couriers CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Export the per-courier summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export couriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>PDF report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write a printable report with KPIs, charts and couriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save shift report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Avg delivery (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>P90 delivery (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Orders per courier-hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kilometres driven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Couriers used / joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Replay on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Show this courier's path in the replay (double-click a courier does the same)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>The shift store %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>There is no shift store at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Chongal shift store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The shift store %1 is damaged and cannot be reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The shift store %1 is in use by a running console. Review it once that console has closed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The shift store %1 was written by a newer Chongal. Update Chongal to review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The shift store %1 was written by an older Chongal. Open it once in the console to upgrade it, then review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The shift store %1 could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This shift store is damaged; what could be read is shown. Details: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This shift store holds no shifts yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No shifts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <location line="+33" />
            <source>Shift %1 could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Started %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> · ended %1 · %2 long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> · not finished (interrupted or still running)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> · scenario %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>, seed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> · dispatcher %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source> · %n event(s) could not be replayed</source>
            <translation>
                <numerusform> · %n event could not be replayed</numerusform>
                <numerusform> · %n events could not be replayed</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Shift history — %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Pick a courier to see their orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Orders of %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <location line="+11" />
            <location line="+11" />
            <source>No shift to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>Could not export the orders: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Orders exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Could not export the couriers: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Couriers exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Report saved to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KpiStrip</name>
        <message>
            <location filename="../../ui/kpi_strip.cpp" line="+19" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On time so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Avg delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>P90 delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Couriers active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Late now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <location line="+2" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockOrderCommand</name>
        <message>
            <location filename="../../app/commands/lock_order_command.cpp" line="+18" />
            <source>Unlock %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lock %1 to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockSequenceCommand</name>
        <message>
            <location filename="../../app/commands/lock_sequence_command.cpp" line="+19" />
            <source>Unlock the route of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lock the route of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.cpp" line="+52" />
            <source>Chongal dispatch console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Route timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>&amp;New shift…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import orders and couriers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;orders…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;couriers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+Shift+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move order to courier…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock or unlock order to its courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lock or unlock the courier's route &amp;sequence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shift+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Find &amp;courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+Shift+F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Next &amp;alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Shift+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clear selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Run / pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Step (30 simulated seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Faster (×2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>S&amp;lower (÷2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>[</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Re-&amp;plan now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Fit &amp;Seoul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fit the &amp;selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Go to the &amp;map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Alt+1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Go to the &amp;orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Alt+2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Go to the &amp;couriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Alt+3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Go to the route &amp;timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Alt+4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Go to the &amp;alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Alt+5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About Chongal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Simulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Clock and KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>Shift store error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Move kept; re-planning because %1 changed meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Shift over: every order is delivered or the shifts have ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1: drop it on a courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window_files.cpp" line="+27" />
            <location line="+7" />
            <source>New shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>The bundled Seoul data is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot make the shift: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Midnight Express</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On-demand day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (seed %2, %3 orders, %4 couriers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Chongal — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.cpp" line="+108" />
            <source>shift over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>waiting for the first plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 · ×%2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Planning %1 orders… %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Re-planning… (plan r%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Plan r%1 · searched %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Not stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Store error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stored %1 events · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>No alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Not moved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Moved %1 to %2; locked, re-planning the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Simulation speed ×%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+34" />
            <source>Select an order first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-23" />
            <source>%1 has no courier to lock to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Select a courier (or one of its orders) first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 has no route to lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window_files.cpp" line="+12" />
            <source>Interchange files (*.csv *.jsonl *.ndjson *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Import orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Import couriers (cancel: add the orders to this shift)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New shift: %1 orders and %2 couriers imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to start: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 orders added to this shift.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) rejected; see the details.</source>
            <translation>
                <numerusform>%n row rejected; see the details.</numerusform>
                <numerusform>%n rows rejected; see the details.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Export orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 orders written to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>Export couriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 couriers written to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift &amp;history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open shift s&amp;tore for review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unfinished shift cannot be resumed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shift store holds an unfinished shift: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started %1; last saved at %2 with %3 of %4 orders delivered. Resume it where it stopped, or start a new shift?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start &amp;new shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift resumed where it stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open shift store for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift stores (*.chongal *.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message>
            <location filename="../../ui/map/map_canvas.cpp" line="+383" />
            <source>load %1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>drop-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>courier: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>&lt;b&gt;%n orders&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n order&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n orders&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 late · %2 at risk · %3 waiting for a courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>click to zoom in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <location filename="../../ui/map/map_scene.cpp" line="+11" />
            <source>idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>to pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>to drop-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>position stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>picked up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>late</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../../ui/move_dialog.cpp" line="+17" />
            <source>Move %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>To courier:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>What if:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveOrderCommand</name>
        <message>
            <location filename="../../app/commands/move_order_command.cpp" line="+23" />
            <source>Move %1 to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MovePreview</name>
        <message>
            <location filename="../../ui/move_preview_text.cpp" line="+17" />
            <source>No plan yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unknown order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Already delivered or cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On board: only its courier can deliver it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Its courier is already on the way to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New order: wait for the next plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unknown courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Courier offline or off shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>ETA %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source> (was %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 to spare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lateness %1 · %2 km · driving %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Plan cost %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n other stop(s) move, up to %1</source>
            <translation>
                <numerusform>%n other stop move, up to %1</numerusform>
                <numerusform>%n other stops move, up to %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>capacity exceeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the courier's shift would overrun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>a time window is missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not feasible: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewShiftDialog</name>
        <message>
            <location filename="../../ui/new_shift_dialog.cpp" line="+13" />
            <source>New shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Midnight Express (pre-orders at 00:00, promised by 01:00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On-demand day (orders arrive all day, promised within the hour)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Scenario:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Seed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Orders:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Couriers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The same scenario, seed and sizes always give the same shift.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrdersDock</name>
        <message>
            <location filename="../../ui/orders_dock.cpp" line="+17" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Search id, district, status, courier  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Late or at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>%1 · %2 open · %3 delivered · %4 late</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrdersModel</name>
        <message>
            <location filename="../../app/models/orders_model.cpp" line="+65" />
            <source>planned, not yet committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Promised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ETA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Slack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Locked to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReplayPanel</name>
        <message>
            <location filename="../../ui/history/replay_panel.cpp" line="+38" />
            <source>Replay speed: shift minutes per real second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Orders by state at the slider time; late: delivered after the promise, or past it and not yet delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+128" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>No shift selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 (+%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Couriers online</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReplayScene</name>
        <message>
            <location filename="../../ui/history/replay_scene.cpp" line="+51" />
            <source>placed %1 · promised %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>delivered %1 (%2 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>last fix %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n order(s) on board</source>
            <translation>
                <numerusform>%n order on board</numerusform>
                <numerusform>%n orders on board</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RouteTimeline</name>
        <message>
            <location filename="../../ui/route_timeline.cpp" line="+300" />
            <source>Courier</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+268" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n stop(s) left</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n stop left</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n stops left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>&lt;b&gt;%n pickup(s)&lt;/b&gt; · %1&lt;br&gt;%2</source>
            <translation>
                <numerusform>&lt;b&gt;%n pickup&lt;/b&gt; · %1&lt;br&gt;%2</numerusform>
                <numerusform>&lt;b&gt;%n pickups&lt;/b&gt; · %1&lt;br&gt;%2</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>drop-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ETA %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>promised %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>locked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.cpp" line="+17" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Shift store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Shift stores (*.sqlite *.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Shift store file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>none: offline map only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>An XYZ raster tile URL such as https://tile.example.org/{z}/{x}/{y}.png, drawn under the offline map. Respect the tile server's usage policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Online map tiles:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Simulation speed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>How many plan searches run side by side; the best plan found is followed. More searches find better plans in the same time, but each keeps a processor core busy that the map, the tables and other programs then lack; more searches than cores only share them. The default leaves one core free for the console. Processor cores on this computer: %1. A change applies from the next search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Solver threads:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The language and the store file apply at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online map tiles: &quot;%1&quot; is not an http:// or https:// address.</source>
            <translation>Online map tiles: &quot;%1&quot; is not an http:// or https:// address.</translation>
        </message>
        <message>
            <source>Online map tiles: the address needs {z}, {x} and {y} where the zoom and tile numbers go; %1 is missing.</source>
            <translation>Online map tiles: the address needs {z}, {x} and {y} where the zoom and tile numbers go; %1 is missing.</translation>
        </message>
        <message>
            <source>Shift store file: %1 is a folder; choose a file in it.</source>
            <translation>Shift store file: %1 is a folder; choose a file in it.</translation>
        </message>
        <message>
            <source>Shift store file: the folder %1 does not exist.</source>
            <translation>Shift store file: the folder %1 does not exist.</translation>
        </message>
    </context>
    <context>
        <name>ShiftCharts</name>
        <message>
            <location filename="../../ui/history/shift_charts.cpp" line="+84" />
            <source>Delivery time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Deliveries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Minutes from order to handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+42" />
            <location line="+52" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-84" />
            <source>Deliveries over the shift (per %1 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+43" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-42" />
            <location line="+43" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-18" />
            <source>Time of handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Courier workload (busiest first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Couriers by rank (%1 in all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2 delivered, %3 late</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShiftListModel</name>
        <message>
            <location filename="../../ui/history/shift_list_model.cpp" line="+43" />
            <source>Shift %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not finished (interrupted or still running)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n event(s) could not be replayed</source>
            <translation>
                <numerusform>%n event could not be replayed</numerusform>
                <numerusform>%n events could not be replayed</numerusform>
            </translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1 (unreadable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 (unfinished)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Shift number in this store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Orders delivered by their promise, of all orders not cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Average minutes from order to handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>90 % of deliveries took at most this many minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Deliveries per courier-hour of the couriers who delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kilometres driven, from the couriers' traces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Couriers who delivered at least one order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Avg min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>P90 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Orders / courier-hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Couriers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShiftReportPdf</name>
        <message>
            <location filename="../../ui/history/shift_report_pdf.cpp" line="+104" />
            <source>Chongal shift report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Started %1 · ended %2 · shift %3 · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>live feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>scenario %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+79" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-77" />
            <location line="+79" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-77" />
            <source>Avg delivery (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>P90 delivery (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Orders per courier-hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kilometres driven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Couriers used / joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Generated %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Page %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On time %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Avg min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Couriers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Shift report: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Could not write the PDF report to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableDock</name>
        <message>
            <location filename="../../ui/table_dock.cpp" line="+25" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+99" />
            <source> · %1 shown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TileSource</name>
        <message>
            <location filename="../../ui/map/tile_source.cpp" line="+58" />
            <source>not an image: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
