#include "core/io/iso_time.h"

#include <chrono>
#include <cstdio>

namespace chongal::io {

namespace {

namespace chr = std::chrono;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads exactly `width` digits at text[pos...]; advances pos.
std::optional<int> digits(std::string_view text, std::size_t& pos, int width) {
    if (pos + width > text.size()) return std::nullopt;
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c)) return std::nullopt;
        value = value * 10 + (c - '0');
    }
    pos += width;
    return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}

std::optional<ZonedTime> fail(std::string* why, std::string_view text, const char* reason) {
    if (why) *why = "not an ISO 8601 time with offset ('" + std::string(text) + "'): " + reason;
    return std::nullopt;
}

}  // namespace

std::optional<ZonedTime> parseIsoTime(std::string_view text, std::string* why) {
    std::size_t pos = 0;
    const auto year = digits(text, pos, 4);
    if (!year || !expect(text, pos, '-')) return fail(why, text, "expected YYYY-");
    const auto month = digits(text, pos, 2);
    if (!month || !expect(text, pos, '-')) return fail(why, text, "expected MM-");
    const auto day = digits(text, pos, 2);
    if (!day) return fail(why, text, "expected DD");
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' '))
        return fail(why, text, "expected 'T' and a time of day");
    ++pos;
    const auto hour = digits(text, pos, 2);
    if (!hour || !expect(text, pos, ':')) return fail(why, text, "expected hh:");
    const auto minute = digits(text, pos, 2);
    if (!minute || !expect(text, pos, ':')) return fail(why, text, "expected mm:");
    const auto second = digits(text, pos, 2);
    if (!second) return fail(why, text, "expected ss");
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        if (pos >= text.size() || !isDigit(text[pos])) return fail(why, text, "empty fraction");
        while (pos < text.size() && isDigit(text[pos])) ++pos;
    }
    if (pos >= text.size()) return fail(why, text, "missing UTC offset (Z or +hh:mm)");
    int offset = 0;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        const int sign = text[pos] == '-' ? -1 : 1;
        ++pos;
        const auto oh = digits(text, pos, 2);
        if (!oh) return fail(why, text, "bad UTC offset");
        expect(text, pos, ':');  // optional colon: +0900 and +09:00 are both ISO 8601
        const auto om = digits(text, pos, 2);
        if (!om || *oh > 23 || *om > 59) return fail(why, text, "bad UTC offset");
        offset = sign * (*oh * 3600 + *om * 60);
    } else {
        return fail(why, text, "missing UTC offset (Z or +hh:mm)");
    }
    if (pos != text.size()) return fail(why, text, "unexpected text after the offset");

    const chr::year_month_day date{chr::year(*year), chr::month(unsigned(*month)),
                                   chr::day(unsigned(*day))};
    if (!date.ok()) return fail(why, text, "no such date");
    if (*hour > 23 || *minute > 59 || *second > 59) return fail(why, text, "no such time of day");
    const Time days = chr::sys_days(date).time_since_epoch().count();
    const Time local = days * 86400 + *hour * 3600 + *minute * 60 + *second;
    return ZonedTime{local - offset, offset};
}

std::string formatIsoTime(Time epoch, int utcOffsetS) {
    const Time local = epoch + utcOffsetS;
    // Floor division so times before 1970 land on the right day.
    Time days = local / 86400;
    Time secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const chr::year_month_day date{chr::sys_days(chr::days(days))};
    const int off = utcOffsetS < 0 ? -utcOffsetS : utcOffsetS;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(secs / 3600),
                  int(secs / 60 % 60), int(secs % 60), utcOffsetS < 0 ? '-' : '+', off / 3600,
                  off / 60 % 60);
    return buf;
}

}  // namespace chongal::io
