#pragma once
// ISO 8601 / RFC 3339 timestamps with a UTC offset <-> Unix epoch seconds.
// Accepted: "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM|+HHMM|-HHMM)"; 't' or a space may
// stand for 'T'. The offset is required: a local time without one is ambiguous. Fractions of a
// second are dropped (Chongal times are whole seconds).
#include <optional>
#include <string>
#include <string_view>

#include "core/model/units.h"

namespace chongal::io {

struct ZonedTime {
    Time epoch = 0;      // Unix seconds
    int utcOffsetS = 0;  // the offset the text was written in, e.g. +32400 for KST
};

// The parsed time, or nullopt with the reason in *why (when given).
std::optional<ZonedTime> parseIsoTime(std::string_view text, std::string* why = nullptr);

// "2026-11-20T00:00:00+09:00" for epoch 1795100400 at offset +09:00; offset 0 prints "+00:00".
std::string formatIsoTime(Time epoch, int utcOffsetS);

}  // namespace chongal::io
