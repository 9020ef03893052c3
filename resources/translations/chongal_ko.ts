<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/about_dialog.cpp" line="+13" />
            <source>About Chongal</source>
            <translation>총알 정보</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;h2&gt;Chongal (총알) %1&lt;/h2&gt;&lt;p&gt;A dispatch console for same-hour delivery in Seoul: an embedded routing solver keeps every courier's route optimal while orders arrive, couriers move and deliveries complete. Every shift is stored for review and replay.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;총알 (Chongal) %1&lt;/h2&gt;&lt;p&gt;서울 1시간 배송을 위한 배차 콘솔입니다. 주문이 들어오고 라이더가 움직이고 배송이 끝나는 동안 내장된 경로 최적화 엔진이 모든 라이더의 경로를 최적으로 유지합니다. 모든 근무는 검토와 재생을 위해 저장됩니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Attribution file missing from this build.</source>
            <translation>이 빌드에는 출처 표시 파일이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>AlertsDock</name>
        <message>
            <location filename="../../ui/alerts_dock.cpp" line="+15" />
            <source>Alerts</source>
            <translation>경고</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search alerts</source>
            <translation>경고 검색</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation>지연</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation>미배정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>지연 위험</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stale positions</source>
            <translation>위치 끊김</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 late · %2 at risk · %3 unassigned · %4 stale</source>
            <translation>지연 %1 · 위험 %2 · 미배정 %3 · 위치 끊김 %4</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename="../../app/models/alerts_model.cpp" line="+60" />
            <source>Alert</source>
            <translation>경고</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order / courier</source>
            <translation>주문 / 라이더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Courier</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Detail</source>
            <translation>내용</translation>
        </message>
    </context>
    <context>
        <name>CourierOrdersModel</name>
        <message>
            <location filename="../../ui/history/courier_tables.cpp" line="+239" />
            <source>on time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 late</source>
            <translation>%1 지연</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Placed</source>
            <translation>주문 시각</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Picked up</source>
            <translation>픽업 시각</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation>배송 시각</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minutes</source>
            <translation>소요(분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Promise</source>
            <translation>약속 시각</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>주소</translation>
        </message>
    </context>
    <context>
        <name>CourierTableModel</name>
        <message>
            <location line="-141" />
            <source>Orders still assigned to or carried by the courier when the record ends</source>
            <translation>기록이 끝날 때 라이더에게 배정되어 있거나 싣고 있던 주문</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Courier</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation>지연</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On time %</source>
            <translation>정시율 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not delivered</source>
            <translation>미배송</translation>
        </message>
        <message>
            <location line="+2" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First delivery</source>
            <translation>첫 배송</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last delivery</source>
            <translation>마지막 배송</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Avg min</source>
            <translation>평균(분)</translation>
        </message>
    </context>
    <context>
        <name>CourierTables</name>
        <message>
            <location line="-117" />
            <source>Waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assigned</source>
            <translation>배정됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On board</source>
            <translation>적재 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>CouriersDock</name>
        <message>
            <location filename="../../ui/couriers_dock.cpp" line="+16" />
            <source>Couriers</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search id, name, status  (Ctrl+Shift+F)</source>
            <translation>ID, 이름, 상태 검색  (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working</source>
            <translation>운행 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idle</source>
            <translation>대기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>With warnings</source>
            <translation>경고 있음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offline or off shift</source>
            <translation>오프라인 또는 근무 외</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 · %2 working · %3 idle · %4 with warnings</source>
            <translation>%1명 · 운행 %2 · 대기 %3 · 경고 %4</translation>
        </message>
    </context>
    <context>
        <name>CouriersModel</name>
        <message>
            <location filename="../../app/models/couriers_model.cpp" line="+44" />
            <source>pickup</source>
            <translation>픽업</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/couriers_dock.cpp" line="-13" />
            <source>drop-off</source>
            <translation>전달</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../ui/couriers_dock.cpp" line="+2" />
            <source>%1 late · %2 at risk</source>
            <translation>지연 %1 · 위험 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>route locked</source>
            <translation>경로 고정</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Courier</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Load</source>
            <translation>적재</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stops</source>
            <translation>정차</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next stop</source>
            <translation>다음 정차</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Route ends</source>
            <translation>경로 종료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warnings</source>
            <translation>경고</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last seen</source>
            <translation>마지막 위치</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock</source>
            <translation>고정</translation>
        </message>
    </context>
    <context>
        <name>DispatchScene</name>
        <message numerus="yes">
            <location filename="../../ui/dispatch_scene.cpp" line="+82" />
            <source>%n stop(s) left, route ends %1</source>
            <translation>
                <numerusform>남은 정차 %n곳, 경로 종료 %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>promised %1 · ETA %2</source>
            <translation>약속 %1 · 도착 예정 %2</translation>
        </message>
    </context>
    <context>
        <name>DispatchSession</name>
        <message>
            <location filename="../../app/session/dispatch_session.cpp" line="+352" />
            <source>no shift is running</source>
            <translation>진행 중인 근무가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>DisplayText</name>
        <message>
            <location filename="../../app/models/display_text.cpp" line="+17" />
            <source>−%1 min</source>
            <translation>−%1분</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+%1 min</source>
            <translation>+%1분</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 min</source>
            <translation>%1분</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+62" />
            <source>Unassigned</source>
            <translation>미배정</translation>
        </message>
        <message>
            <location line="-61" />
            <source>New</source>
            <translation>신규</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation>계획됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assigned</source>
            <translation>배정됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On board</source>
            <translation>적재 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Idle</source>
            <translation>대기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To pickup</source>
            <translation>픽업 이동</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To drop-off</source>
            <translation>전달 이동</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Off shift</source>
            <translation>근무 외</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Position stale</source>
            <translation>위치 끊김</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no courier on shift</source>
            <translation>근무 중인 라이더 없음</translation>
        </message>
        <message>
            <location line="+2" />
            <source>too large for every courier</source>
            <translation>어느 라이더에게도 너무 큼</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no courier reaches the pickup in time</source>
            <translation>제시간에 픽업할 수 있는 라이더 없음</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no courier reaches the drop-off in time</source>
            <translation>제시간에 전달할 수 있는 라이더 없음</translation>
        </message>
        <message>
            <location line="+3" />
            <source>would overrun every courier's shift</source>
            <translation>모든 라이더의 근무 시간을 넘김</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its locked courier cannot serve it</source>
            <translation>고정된 라이더가 처리할 수 없음</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no room left in any route</source>
            <translation>모든 경로에 여유 없음</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Late</source>
            <translation>지연</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At risk</source>
            <translation>지연 위험</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stale position</source>
            <translation>위치 끊김</translation>
        </message>
        <message>
            <location line="+8" />
            <source>late by %1</source>
            <translation>%1 지연</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 to spare</source>
            <translation>%1 여유</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no position for %1</source>
            <translation>%1 동안 위치 없음</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../ui/help_dialog.cpp" line="+14" />
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Action</source>
            <translation>동작</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>키</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Map</source>
            <translation>지도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pan</source>
            <translation>이동</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Arrow keys, or drag the empty map</source>
            <translation>화살표 키, 또는 빈 곳을 끌기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in / out</source>
            <translation>확대 / 축소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>+ / −, or the mouse wheel</source>
            <translation>+ / −, 또는 마우스 휠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit Seoul / fit the selection</source>
            <translation>서울 전체 / 선택 항목에 맞추기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>0 / F</source>
            <translation>0 / F</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select (add to the selection)</source>
            <translation>선택 (선택에 추가)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Click (Ctrl+click)</source>
            <translation>클릭 (Ctrl+클릭)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move an order to a courier</source>
            <translation>주문을 라이더에게 옮기기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drag its marker onto the courier; Esc cancels</source>
            <translation>주문 표시를 라이더 위로 끌기; Esc로 취소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Route timeline</source>
            <translation>경로 타임라인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom the time axis</source>
            <translation>시간 축 확대/축소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+wheel, or + / −</source>
            <translation>Ctrl+휠, 또는 + / −</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move an order to another courier</source>
            <translation>주문을 다른 라이더에게 옮기기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drag its block onto the courier's row</source>
            <translation>블록을 그 라이더의 행으로 끌기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the order of a route</source>
            <translation>경로의 순서 바꾸기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drag a block along its own row</source>
            <translation>블록을 같은 행 안에서 끌기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel a drag</source>
            <translation>끌기 취소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location line="+4" />
            <source>While dragging, the preview shows the new ETA, lateness created or removed, capacity or time-window violations and the cost change. On drop the decision is locked and the rest of the plan is re-optimised; every edit can be undone.</source>
            <translation>끄는 동안 미리보기가 새 도착 예정 시각, 늘거나 줄어드는 지연, 적재량·시간 제약 위반, 비용 변화를 보여 줍니다. 놓으면 그 결정이 고정되고 나머지 계획은 다시 최적화됩니다. 모든 편집은 되돌릴 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../ui/history/history_window.cpp" line="+81" />
            <source>Shift history — %1</source>
            <translation>근무 기록 — %1</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Couriers</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Replay</source>
            <translation>재생</translation>
        </message>
        <message>
            <location line="+12" />
            <source>History</source>
            <translation>기록</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Started from </source>
            <translation>시작일 </translation>
        </message>
        <message>
            <location line="+6" />
            <source> to </source>
            <translation> ~ </translation>
        </message>
        <message>
            <location line="+6" />
            <source>All dates</source>
            <translation>모든 날짜</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the shifts of every date in the store</source>
            <translation>저장소의 모든 날짜의 근무 보기</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Orders CSV…</source>
            <translation>주문 CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export every order of the shift with its times and courier</source>
            <translation>근무의 모든 주문을 시각과 라이더와 함께 내보내기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export orders</source>
            <translation>주문 내보내기</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Couriers CSV…</source>
            <translation>라이더 CSV…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the per-courier summary</source>
            <translation>라이더별 요약 내보내기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export couriers</source>
            <translation>라이더 내보내기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF report…</source>
            <translation>PDF 보고서…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write a printable report with KPIs, charts and couriers</source>
            <translation>KPI, 차트, 라이더를 담은 인쇄용 보고서 만들기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save shift report</source>
            <translation>근무 보고서 저장</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Orders</source>
            <translation>주문</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Avg delivery (min)</source>
            <translation>평균 배송 시간(분)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P90 delivery (min)</source>
            <translation>P90 배송 시간(분)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Orders per courier-hour</source>
            <translation>라이더 시간당 주문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kilometres driven</source>
            <translation>주행 거리(km)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Couriers used / joined</source>
            <translation>투입 / 참여 라이더</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Replay on the map</source>
            <translation>지도에서 재생</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show this courier's path in the replay (double-click a courier does the same)</source>
            <translation>재생에서 이 라이더의 이동 경로 보기 (라이더를 두 번 클릭해도 됩니다)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The shift store %1 cannot be read.</source>
            <translation>근무 저장소 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no shift store at %1.</source>
            <translation>%1에 근무 저장소가 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Chongal shift store.</source>
            <translation>%1은(는) 총알 근무 저장소가 아닙니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The shift store %1 is damaged and cannot be reviewed.</source>
            <translation>근무 저장소 %1이(가) 손상되어 검토할 수 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The shift store %1 is in use by a running console. Review it once that console has closed it.</source>
            <translation>근무 저장소 %1을(를) 실행 중인 콘솔이 사용하고 있습니다. 그 콘솔이 닫은 뒤에 검토하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The shift store %1 was written by a newer Chongal. Update Chongal to review it.</source>
            <translation>근무 저장소 %1은(는) 더 새로운 총알로 작성되었습니다. 검토하려면 총알을 업데이트하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The shift store %1 was written by an older Chongal. Open it once in the console to upgrade it, then review it.</source>
            <translation>근무 저장소 %1은(는) 이전 버전의 총알로 작성되었습니다. 콘솔에서 한 번 열어 업그레이드한 뒤 검토하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The shift store %1 could not be opened.</source>
            <translation>근무 저장소 %1을(를) 열 수 없습니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This shift store is damaged; what could be read is shown. Details: %1</source>
            <translation>이 근무 저장소는 손상되었습니다. 읽을 수 있는 부분만 표시합니다. 자세히: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This shift store holds no shifts yet.</source>
            <translation>이 근무 저장소에는 아직 근무가 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No shifts</source>
            <translation>근무 없음</translation>
        </message>
        <message>
            <location line="+43" />
            <location line="+33" />
            <source>Shift %1 could not be read: %2</source>
            <translation>근무 %1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Started %1</source>
            <translation>시작 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · ended %1 · %2 long</source>
            <translation> · 종료 %1 · %2 동안</translation>
        </message>
        <message>
            <location line="+4" />
            <source> · not finished (interrupted or still running)</source>
            <translation> · 끝나지 않음 (중단되었거나 진행 중)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · scenario %1</source>
            <translation> · 시나리오 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, seed %1</source>
            <translation>, 시드 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source> · dispatcher %1</source>
            <translation> · 배차 방식 %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source> · %n event(s) could not be replayed</source>
            <translation>
                <numerusform> · 이벤트 %n개를 재생할 수 없음</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Shift history — %1 — %2</source>
            <translation>근무 기록 — %1 — %2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Pick a courier to see their orders</source>
            <translation>라이더를 고르면 그 주문을 볼 수 있습니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Orders of %1 (%2)</source>
            <translation>%1의 주문 (%2)</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+11" />
            <location line="+11" />
            <source>No shift to export.</source>
            <translation>내보낼 근무가 없습니다.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Could not export the orders: %1</source>
            <translation>주문을 내보낼 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders exported to %1</source>
            <translation>주문을 %1(으)로 내보냈습니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Could not export the couriers: %1</source>
            <translation>라이더를 내보낼 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Couriers exported to %1</source>
            <translation>라이더를 %1(으)로 내보냈습니다</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Report saved to %1</source>
            <translation>보고서를 %1에 저장했습니다</translation>
        </message>
    </context>
    <context>
        <name>KpiStrip</name>
        <message>
            <location filename="../../ui/kpi_strip.cpp" line="+19" />
            <source>Open</source>
            <translation>진행 중 주문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time so far</source>
            <translation>현재까지 정시율</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avg delivery</source>
            <translation>평균 배송</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P90 delivery</source>
            <translation>P90 배송</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Couriers active</source>
            <translation>활동 라이더</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late now</source>
            <translation>현재 지연</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>지연 위험</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation>미배정</translation>
        </message>
        <message>
            <location line="+49" />
            <location line="+2" />
            <source>%1 min</source>
            <translation>%1분</translation>
        </message>
    </context>
    <context>
        <name>LockOrderCommand</name>
        <message>
            <location filename="../../app/commands/lock_order_command.cpp" line="+18" />
            <source>Unlock %1</source>
            <translation>%1 고정 해제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock %1 to %2</source>
            <translation>%1을(를) %2에 고정</translation>
        </message>
    </context>
    <context>
        <name>LockSequenceCommand</name>
        <message>
            <location filename="../../app/commands/lock_sequence_command.cpp" line="+19" />
            <source>Unlock the route of %1</source>
            <translation>%1의 경로 고정 해제</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock the route of %1</source>
            <translation>%1의 경로 고정</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.cpp" line="+52" />
            <source>Chongal dispatch console</source>
            <translation>총알 배차 콘솔</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Route timeline</source>
            <translation>경로 타임라인</translation>
        </message>
        <message>
            <location line="+52" />
            <source>&amp;New shift…</source>
            <translation>새 근무(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import orders and couriers…</source>
            <translation>주문과 라이더 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;orders…</source>
            <translation>주문 내보내기(&amp;O)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export &amp;couriers…</source>
            <translation>라이더 내보내기(&amp;C)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Y</source>
            <translation>Ctrl+Y</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Move order to courier…</source>
            <translation>주문을 라이더에게 옮기기(&amp;M)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock or unlock order to its courier</source>
            <translation>주문을 라이더에 고정/해제(&amp;L)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock or unlock the courier's route &amp;sequence</source>
            <translation>라이더 경로 순서 고정/해제(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift+L</source>
            <translation>Shift+L</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find order</source>
            <translation>주문 찾기(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find &amp;courier</source>
            <translation>라이더 찾기(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+Shift+F</source>
            <translation>Ctrl+Shift+F</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next &amp;alert</source>
            <translation>다음 경고(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous alert</source>
            <translation>이전 경고(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shift+N</source>
            <translation>Shift+N</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear selection</source>
            <translation>선택 해제</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Run / pause</source>
            <translation>실행 / 일시정지(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Step (30 simulated seconds)</source>
            <translation>한 단계 진행 (시뮬레이션 30초)(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>.</source>
            <translation>.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Faster (×2)</source>
            <translation>빠르게 (×2)(&amp;F)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>]</source>
            <translation>]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>S&amp;lower (÷2)</source>
            <translation>느리게 (÷2)(&amp;L)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>[</source>
            <translation>[</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re-&amp;plan now</source>
            <translation>지금 재계획(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fit &amp;Seoul</source>
            <translation>서울 전체 보기(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit the &amp;selection</source>
            <translation>선택 항목 보기(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the &amp;map</source>
            <translation>지도로 이동(&amp;M)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alt+1</source>
            <translation>Alt+1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the &amp;orders</source>
            <translation>주문으로 이동(&amp;O)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alt+2</source>
            <translation>Alt+2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Go to the &amp;couriers</source>
            <translation>라이더로 이동(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alt+3</source>
            <translation>Alt+3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Go to the route &amp;timeline</source>
            <translation>경로 타임라인으로 이동(&amp;T)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alt+4</source>
            <translation>Alt+4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Go to the &amp;alerts</source>
            <translation>경고로 이동(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alt+5</source>
            <translation>Alt+5</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About Chongal</source>
            <translation>총알 정보(&amp;A)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Simulation</source>
            <translation>시뮬레이션(&amp;S)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clock and KPIs</source>
            <translation>시계와 KPI</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Shift store error: %1</source>
            <translation>근무 저장소 오류: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move kept; re-planning because %1 changed meanwhile</source>
            <translation>이동은 유지합니다. 그사이 %1이(가) 바뀌어 재계획합니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shift over: every order is delivered or the shifts have ended.</source>
            <translation>근무 종료: 모든 주문이 배송되었거나 근무 시간이 끝났습니다.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: drop it on a courier</source>
            <translation>%1: 라이더 위에 놓으세요</translation>
        </message>
        <message>
            <location filename="../../ui/main_window_files.cpp" line="+27" />
            <location line="+7" />
            <source>New shift</source>
            <translation>새 근무</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The bundled Seoul data is missing.</source>
            <translation>내장된 서울 데이터가 없습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot make the shift: %1</source>
            <translation>근무를 만들 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Midnight Express</source>
            <translation>미드나잇 익스프레스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On-demand day</source>
            <translation>온디맨드 하루</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (seed %2, %3 orders, %4 couriers)</source>
            <translation>%1 (시드 %2, 주문 %3건, 라이더 %4명)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Chongal — %1</source>
            <translation>총알 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.cpp" line="+108" />
            <source>shift over</source>
            <translation>근무 종료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>waiting for the first plan</source>
            <translation>첫 계획 대기 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paused</source>
            <translation>일시정지</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 · ×%2 · %3</source>
            <translation>%1 · ×%2 · %3</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Planning %1 orders… %2 s</source>
            <translation>주문 %1건 계획 중… %2초</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re-planning… (plan r%1)</source>
            <translation>재계획 중… (계획 r%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan r%1 · searched %2 s</source>
            <translation>계획 r%1 · 탐색 %2초</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not stored</source>
            <translation>저장 안 함</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Store error</source>
            <translation>저장소 오류</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stored %1 events · %2</source>
            <translation>이벤트 %1개 저장 · %2</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No alerts</source>
            <translation>경고 없음</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Not moved: %1</source>
            <translation>옮기지 않음: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Moved %1 to %2; locked, re-planning the rest</source>
            <translation>%1을(를) %2(으)로 옮기고 고정했습니다. 나머지를 재계획합니다</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Simulation speed ×%1</source>
            <translation>시뮬레이션 속도 ×%1</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+34" />
            <source>Select an order first</source>
            <translation>먼저 주문을 선택하세요</translation>
        </message>
        <message>
            <location line="-23" />
            <source>%1 has no courier to lock to</source>
            <translation>%1에는 고정할 라이더가 없습니다</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select a courier (or one of its orders) first</source>
            <translation>먼저 라이더(또는 그 주문)를 선택하세요</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 has no route to lock</source>
            <translation>%1에는 고정할 경로가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/main_window_files.cpp" line="+12" />
            <source>Interchange files (*.csv *.jsonl *.ndjson *.json)</source>
            <translation>교환 파일 (*.csv *.jsonl *.ndjson *.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import orders</source>
            <translation>주문 가져오기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import couriers (cancel: add the orders to this shift)</source>
            <translation>라이더 가져오기 (취소: 주문을 현재 근무에 추가)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Imported: %1</source>
            <translation>가져옴: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New shift: %1 orders and %2 couriers imported.</source>
            <translation>새 근무: 주문 %1건과 라이더 %2명을 가져왔습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to start: %1.</source>
            <translation>시작할 수 없습니다: %1.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 orders added to this shift.</source>
            <translation>현재 근무에 주문 %1건을 추가했습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) rejected; see the details.</source>
            <translation>
                <numerusform>%n행이 거부되었습니다. 자세한 내용을 보세요.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+6" />
            <source>Export orders</source>
            <translation>주문 내보내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 orders written to %2</source>
            <translation>주문 %1건을 %2에 썼습니다</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>Export couriers</source>
            <translation>라이더 내보내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 couriers written to %2</source>
            <translation>라이더 %1명을 %2에 썼습니다</translation>
        </message>
        <message>
            <source>Shift &amp;history…</source>
            <translation>근무 기록(&amp;H)…</translation>
        </message>
        <message>
            <source>Open shift s&amp;tore for review…</source>
            <translation>검토할 근무 저장소 열기(&amp;T)…</translation>
        </message>
        <message>
            <source>Ctrl+H</source>
            <translation>Ctrl+H</translation>
        </message>
        <message>
            <source>Resume shift</source>
            <translation>근무 이어 하기</translation>
        </message>
        <message>
            <source>The unfinished shift cannot be resumed: %1</source>
            <translation>끝나지 않은 근무를 이어 할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>The shift store holds an unfinished shift: %1.</source>
            <translation>근무 저장소에 끝나지 않은 근무가 있습니다: %1.</translation>
        </message>
        <message>
            <source>Started %1; last saved at %2 with %3 of %4 orders delivered. Resume it where it stopped, or start a new shift?</source>
            <translation>%1에 시작했고 마지막 저장은 %2이며, 주문 %4건 중 %3건이 배송 완료되었습니다. 멈춘 곳에서 이어 할까요, 새 근무를 시작할까요?</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>이어 하기(&amp;R)</translation>
        </message>
        <message>
            <source>Start &amp;new shift</source>
            <translation>새 근무 시작(&amp;N)</translation>
        </message>
        <message>
            <source>Shift resumed where it stopped</source>
            <translation>근무를 멈춘 곳에서 이어 합니다</translation>
        </message>
        <message>
            <source>Open shift store for review</source>
            <translation>검토할 근무 저장소 열기</translation>
        </message>
        <message>
            <source>Shift stores (*.chongal *.db *.sqlite);;All files (*)</source>
            <translation>근무 저장소 (*.chongal *.db *.sqlite);;모든 파일 (*)</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message>
            <location filename="../../ui/map/map_canvas.cpp" line="+383" />
            <source>load %1 / %2</source>
            <translation>적재 %1 / %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>pickup</source>
            <translation>픽업</translation>
        </message>
        <message>
            <location line="+0" />
            <source>drop-off</source>
            <translation>전달</translation>
        </message>
        <message>
            <location line="+3" />
            <source>courier: %1</source>
            <translation>라이더: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>&lt;b&gt;%n orders&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;주문 %n건&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 late · %2 at risk · %3 waiting for a courier</source>
            <translation>지연 %1 · 위험 %2 · 라이더 대기 %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>click to zoom in</source>
            <translation>클릭하면 확대</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <location filename="../../ui/map/map_scene.cpp" line="+11" />
            <source>idle</source>
            <translation>대기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to pickup</source>
            <translation>픽업 이동</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to drop-off</source>
            <translation>전달 이동</translation>
        </message>
        <message>
            <location line="+2" />
            <source>offline</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <location line="+2" />
            <source>position stale</source>
            <translation>위치 끊김</translation>
        </message>
        <message>
            <location line="+8" />
            <source>new</source>
            <translation>신규</translation>
        </message>
        <message>
            <location line="+2" />
            <source>assigned</source>
            <translation>배정됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>picked up</source>
            <translation>픽업함</translation>
        </message>
        <message>
            <location line="+2" />
            <source>delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unassigned</source>
            <translation>미배정</translation>
        </message>
        <message>
            <location line="+8" />
            <source>on time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at risk</source>
            <translation>지연 위험</translation>
        </message>
        <message>
            <location line="+2" />
            <source>late</source>
            <translation>지연</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../../ui/move_dialog.cpp" line="+17" />
            <source>Move %1</source>
            <translation>%1 옮기기</translation>
        </message>
        <message>
            <location line="+15" />
            <source>To courier:</source>
            <translation>받을 라이더:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What if:</source>
            <translation>예상 결과:</translation>
        </message>
    </context>
    <context>
        <name>MoveOrderCommand</name>
        <message>
            <location filename="../../app/commands/move_order_command.cpp" line="+23" />
            <source>Move %1 to %2</source>
            <translation>%1을(를) %2(으)로 옮기기</translation>
        </message>
    </context>
    <context>
        <name>MovePreview</name>
        <message>
            <location filename="../../ui/move_preview_text.cpp" line="+17" />
            <source>No plan yet</source>
            <translation>아직 계획이 없습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown order</source>
            <translation>알 수 없는 주문</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Already delivered or cancelled</source>
            <translation>이미 배송되었거나 취소됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On board: only its courier can deliver it</source>
            <translation>적재 중: 싣고 있는 라이더만 배송할 수 있음</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its courier is already on the way to it</source>
            <translation>라이더가 이미 픽업하러 가는 중</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New order: wait for the next plan</source>
            <translation>새 주문: 다음 계획을 기다리세요</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown courier</source>
            <translation>알 수 없는 라이더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Courier offline or off shift</source>
            <translation>라이더가 오프라인이거나 근무 외</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No change</source>
            <translation>변화 없음</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ETA %1</source>
            <translation>도착 예정 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (was %1)</source>
            <translation> (이전 %1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 to spare</source>
            <translation>%1 여유</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 late</source>
            <translation>%1 지연</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lateness %1 · %2 km · driving %3</source>
            <translation>지연 %1 · %2 km · 주행 %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan cost %1</source>
            <translation>계획 비용 %1</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n other stop(s) move, up to %1</source>
            <translation>
                <numerusform>다른 정차 %n곳이 바뀜, 최대 %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>capacity exceeded</source>
            <translation>적재량 초과</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the courier's shift would overrun</source>
            <translation>라이더의 근무 시간을 넘김</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a time window is missed</source>
            <translation>시간 제약을 어김</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not feasible: %1</source>
            <translation>불가능: %1</translation>
        </message>
    </context>
    <context>
        <name>NewShiftDialog</name>
        <message>
            <location filename="../../ui/new_shift_dialog.cpp" line="+13" />
            <source>New shift</source>
            <translation>새 근무</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Midnight Express (pre-orders at 00:00, promised by 01:00)</source>
            <translation>미드나잇 익스프레스 (00:00 사전 주문, 01:00까지 약속)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On-demand day (orders arrive all day, promised within the hour)</source>
            <translation>온디맨드 하루 (하루 종일 주문, 1시간 내 약속)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scenario:</source>
            <translation>시나리오:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Seed:</source>
            <translation>시드:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Orders:</source>
            <translation>주문:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Couriers:</source>
            <translation>라이더:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The same scenario, seed and sizes always give the same shift.</source>
            <translation>같은 시나리오, 시드, 규모는 언제나 같은 근무를 만듭니다.</translation>
        </message>
    </context>
    <context>
        <name>OrdersDock</name>
        <message>
            <location filename="../../ui/orders_dock.cpp" line="+17" />
            <source>Orders</source>
            <translation>주문</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search id, district, status, courier  (Ctrl+F)</source>
            <translation>ID, 지역, 상태, 라이더 검색  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late or at risk</source>
            <translation>지연 또는 위험</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation>미배정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked</source>
            <translation>고정됨</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 · %2 open · %3 delivered · %4 late</source>
            <translation>%1건 · 진행 %2 · 완료 %3 · 지연 %4</translation>
        </message>
    </context>
    <context>
        <name>OrdersModel</name>
        <message>
            <location filename="../../app/models/orders_model.cpp" line="+65" />
            <source>planned, not yet committed</source>
            <translation>계획됨, 아직 확정 전</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Courier</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>지역</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Promised</source>
            <translation>약속</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ETA</source>
            <translation>도착 예정</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Slack</source>
            <translation>여유</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locked to</source>
            <translation>고정</translation>
        </message>
    </context>
    <context>
        <name>ReplayPanel</name>
        <message>
            <location filename="../../ui/history/replay_panel.cpp" line="+38" />
            <source>Replay speed: shift minutes per real second</source>
            <translation>재생 속도: 실제 1초당 근무 시간(분)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Orders by state at the slider time; late: delivered after the promise, or past it and not yet delivered</source>
            <translation>슬라이더 시각의 상태별 주문. 지연: 약속 시각 뒤에 배송되었거나, 약속 시각이 지났는데 아직 배송되지 않은 주문</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Pause</source>
            <translation>일시정지</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No shift selected</source>
            <translation>선택한 근무 없음</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (+%2)</source>
            <translation>%1 (+%2)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assigned</source>
            <translation>배정됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On board</source>
            <translation>적재 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation>지연</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Couriers online</source>
            <translation>접속 라이더</translation>
        </message>
    </context>
    <context>
        <name>ReplayScene</name>
        <message>
            <location filename="../../ui/history/replay_scene.cpp" line="+51" />
            <source>placed %1 · promised %2</source>
            <translation>주문 %1 · 약속 %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>delivered %1 (%2 min)</source>
            <translation>배송 %1 (%2분)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>last fix %1</source>
            <translation>마지막 위치 %1</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n order(s) on board</source>
            <translation>
                <numerusform>적재 주문 %n건</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RouteTimeline</name>
        <message>
            <location filename="../../ui/route_timeline.cpp" line="+300" />
            <source>Courier</source>
            <translation>라이더</translation>
        </message>
        <message numerus="yes">
            <location line="+268" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n stop(s) left</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;남은 정차 %n곳</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>&lt;b&gt;%n pickup(s)&lt;/b&gt; · %1&lt;br&gt;%2</source>
            <translation>
                <numerusform>&lt;b&gt;픽업 %n건&lt;/b&gt; · %1&lt;br&gt;%2</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>pickup</source>
            <translation>픽업</translation>
        </message>
        <message>
            <location line="+0" />
            <source>drop-off</source>
            <translation>전달</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ETA %1</source>
            <translation>도착 예정 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>promised %1 (%2)</source>
            <translation>약속 %1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked</source>
            <translation>고정됨</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.cpp" line="+17" />
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shift store</source>
            <translation>근무 저장소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shift stores (*.sqlite *.db)</source>
            <translation>근무 저장소 (*.sqlite *.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Shift store file:</source>
            <translation>근무 저장소 파일:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>none: offline map only</source>
            <translation>없음: 오프라인 지도만</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An XYZ raster tile URL such as https://tile.example.org/{z}/{x}/{y}.png, drawn under the offline map. Respect the tile server's usage policy.</source>
            <translation>오프라인 지도 아래에 그릴 XYZ 래스터 타일 URL (예: https://tile.example.org/{z}/{x}/{y}.png). 타일 서버의 이용 정책을 지켜 주세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Online map tiles:</source>
            <translation>온라인 지도 타일:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>System language</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language:</source>
            <translation>언어:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Simulation speed:</source>
            <translation>시뮬레이션 속도:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many plan searches run side by side; the best plan found is followed. More searches find better plans in the same time, but each keeps a processor core busy that the map, the tables and other programs then lack; more searches than cores only share them. The default leaves one core free for the console. Processor cores on this computer: %1. A change applies from the next search.</source>
            <translation>동시에 실행할 계획 탐색의 수입니다. 찾은 계획 중 가장 좋은 것을 따릅니다. 탐색이 많을수록 같은 시간에 더 좋은 계획을 찾지만, 탐색마다 프로세서 코어 하나를 계속 사용하므로 지도, 표, 다른 프로그램이 쓸 몫이 줄어듭니다. 코어 수보다 많은 탐색은 코어를 나눠 쓸 뿐입니다. 기본값은 콘솔을 위해 코어 하나를 남겨 둡니다. 이 컴퓨터의 프로세서 코어: %1개. 바꾸면 다음 탐색부터 적용됩니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Solver threads:</source>
            <translation>최적화 스레드 수:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The language and the store file apply at the next start.</source>
            <translation>언어와 저장소 파일은 다음 실행 때 적용됩니다.</translation>
        </message>
        <message>
            <source>Online map tiles: &quot;%1&quot; is not an http:// or https:// address.</source>
            <translation>온라인 지도 타일: &quot;%1&quot;은(는) http:// 또는 https:// 주소가 아닙니다.</translation>
        </message>
        <message>
            <source>Online map tiles: the address needs {z}, {x} and {y} where the zoom and tile numbers go; %1 is missing.</source>
            <translation>온라인 지도 타일: 주소에 확대 수준과 타일 번호 자리인 {z}, {x}, {y}가 있어야 합니다. %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Shift store file: %1 is a folder; choose a file in it.</source>
            <translation>근무 저장소 파일: %1은(는) 폴더입니다. 그 안의 파일을 고르세요.</translation>
        </message>
        <message>
            <source>Shift store file: the folder %1 does not exist.</source>
            <translation>근무 저장소 파일: 폴더 %1이(가) 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ShiftCharts</name>
        <message>
            <location filename="../../ui/history/shift_charts.cpp" line="+84" />
            <source>Delivery time</source>
            <translation>배송 시간</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deliveries</source>
            <translation>배송</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Minutes from order to handover</source>
            <translation>주문부터 전달까지 걸린 시간(분)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+42" />
            <location line="+52" />
            <source>Orders</source>
            <translation>주문</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Deliveries over the shift (per %1 min)</source>
            <translation>근무 중 배송 (%1분 단위)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+43" />
            <source>On time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+43" />
            <source>Late</source>
            <translation>지연</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Time of handover</source>
            <translation>전달 시각</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Courier workload (busiest first)</source>
            <translation>라이더 업무량 (많은 순)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Couriers by rank (%1 in all)</source>
            <translation>순위별 라이더 (전체 %1명)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2 delivered, %3 late</source>
            <translation>%1: 배송 %2, 지연 %3</translation>
        </message>
    </context>
    <context>
        <name>ShiftListModel</name>
        <message>
            <location filename="../../ui/history/shift_list_model.cpp" line="+43" />
            <source>Shift %1 · %2</source>
            <translation>근무 %1 · %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>live</source>
            <translation>실시간</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not finished (interrupted or still running)</source>
            <translation>끝나지 않음 (중단되었거나 진행 중)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not be read: %1</source>
            <translation>읽을 수 없음: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n event(s) could not be replayed</source>
            <translation>
                <numerusform>이벤트 %n개를 재생할 수 없음</numerusform>
            </translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1 (unreadable)</source>
            <translation>%1 (읽을 수 없음)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (unfinished)</source>
            <translation>%1 (미완료)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Shift number in this store</source>
            <translation>이 저장소의 근무 번호</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Orders delivered by their promise, of all orders not cancelled</source>
            <translation>취소되지 않은 주문 중 약속 시각까지 배송된 비율</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Average minutes from order to handover</source>
            <translation>주문부터 전달까지 평균 시간(분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>90 % of deliveries took at most this many minutes</source>
            <translation>배송의 90 %가 이 시간(분) 안에 끝남</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deliveries per courier-hour of the couriers who delivered</source>
            <translation>배송한 라이더의 시간당 배송 수</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kilometres driven, from the couriers' traces</source>
            <translation>라이더 이동 기록에서 계산한 주행 거리(km)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Couriers who delivered at least one order</source>
            <translation>한 건 이상 배송한 라이더</translation>
        </message>
        <message>
            <location line="+7" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shift</source>
            <translation>근무</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Started</source>
            <translation>시작</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Orders</source>
            <translation>주문</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Avg min</source>
            <translation>평균(분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>P90 min</source>
            <translation>P90(분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Orders / courier-hour</source>
            <translation>주문 / 라이더 시간</translation>
        </message>
        <message>
            <location line="+2" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Couriers</source>
            <translation>라이더</translation>
        </message>
    </context>
    <context>
        <name>ShiftReportPdf</name>
        <message>
            <location filename="../../ui/history/shift_report_pdf.cpp" line="+104" />
            <source>Chongal shift report</source>
            <translation>총알 근무 보고서</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Started %1 · ended %2 · shift %3 · %4</source>
            <translation>시작 %1 · 종료 %2 · 근무 %3 · %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not finished</source>
            <translation>미완료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>live feed</source>
            <translation>실시간 피드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>scenario %1</source>
            <translation>시나리오 %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Orders</source>
            <translation>주문</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+79" />
            <source>Delivered</source>
            <translation>배송 완료</translation>
        </message>
        <message>
            <location line="-77" />
            <location line="+79" />
            <source>On time</source>
            <translation>정시</translation>
        </message>
        <message>
            <location line="-77" />
            <source>Avg delivery (min)</source>
            <translation>평균 배송 시간(분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>P90 delivery (min)</source>
            <translation>P90 배송 시간(분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Orders per courier-hour</source>
            <translation>라이더 시간당 주문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kilometres driven</source>
            <translation>주행 거리(km)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Couriers used / joined</source>
            <translation>투입 / 참여 라이더</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not delivered</source>
            <translation>미배송</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Generated %1</source>
            <translation>생성 %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page %1</source>
            <translation>%1쪽</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Courier</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Late</source>
            <translation>지연</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On time %</source>
            <translation>정시율 %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First</source>
            <translation>처음</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last</source>
            <translation>마지막</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Avg min</source>
            <translation>평균(분)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Couriers</source>
            <translation>라이더</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Shift report: %1</source>
            <translation>근무 보고서: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not write the PDF report to %1</source>
            <translation>PDF 보고서를 %1에 쓸 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>TableDock</name>
        <message>
            <location filename="../../ui/table_dock.cpp" line="+25" />
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <location line="+99" />
            <source> · %1 shown</source>
            <translation> · %1개 표시</translation>
        </message>
    </context>
    <context>
        <name>TileSource</name>
        <message>
            <location filename="../../ui/map/tile_source.cpp" line="+58" />
            <source>not an image: %1</source>
            <translation>이미지가 아님: %1</translation>
        </message>
    </context>
</TS>
