#include "app/store/courier_registry.h"

#include <sqlite3.h>

namespace chongal::store {

CourierRegistry::CourierRegistry(Connection& conn)
    : conn_(conn),
      select_(conn, "SELECT id, ext_id FROM couriers WHERE shift_id = ?1"),
      insert_(conn, "INSERT INTO couriers (shift_id, ext_id) VALUES (?1, ?2)") {}

CourierRegistry::Keys& CourierRegistry::keysOf(ShiftId shift) {
    if (last_ && lastShift_ == shift) return *last_;
    auto [it, inserted] = cache_.try_emplace(shift);
    if (inserted) {
        select_.bind(1, shift);
        while (select_.step()) it->second.emplace(select_.text(1), select_.int64(0));
        select_.reset();
    }
    lastShift_ = shift;
    last_ = &it->second;
    return it->second;
}

std::optional<std::int64_t> CourierRegistry::intern(ShiftId shift, std::string_view extId) {
    if (extId.empty()) return std::nullopt;
    Keys& keys = keysOf(shift);
    if (auto it = keys.find(extId); it != keys.end()) return it->second;
    insert_.bind(1, shift).bind(2, extId).run();
    const std::int64_t key = sqlite3_last_insert_rowid(conn_.get());
    keys.emplace(std::string(extId), key);
    return key;
}

std::optional<std::int64_t> CourierRegistry::find(ShiftId shift, std::string_view extId) {
    if (extId.empty()) return std::nullopt;
    Keys& keys = keysOf(shift);
    if (auto it = keys.find(extId); it != keys.end()) return it->second;
    return std::nullopt;
}

std::unordered_map<std::int64_t, std::string> CourierRegistry::names(ShiftId shift) {
    std::unordered_map<std::int64_t, std::string> out;
    for (const auto& [ext, key] : keysOf(shift)) out.emplace(key, ext);
    return out;
}

}  // namespace chongal::store
