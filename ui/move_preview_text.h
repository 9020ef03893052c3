#pragma once
// The what-if of a move as the operator reads it while dragging (map, timeline, move dialog):
// the order's new ETA against its promise, lateness created or removed, distance, driving time
// and cost change, other ETAs that move, and any capacity, time-window or shift violation.
#include <QString>

#include "app/session/move_preview.h"

namespace chongal::ui {

QString moveBlockText(app::MoveBlock block);
QString movePreviewText(const app::MoveSpec& spec, const app::MovePreview& preview, int utcOffsetS);

}  // namespace chongal::ui
