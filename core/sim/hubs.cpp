#include "core/sim/hubs.h"

#include <fstream>

#include "core/io/interchange_csv.h"

namespace chongal::sim {

namespace {

constexpr io::FieldSpec kHubFields[] = {
    {"hub_id", io::FieldKind::Text, true},   {"name_ko", io::FieldKind::Text, false},
    {"name_en", io::FieldKind::Text, false}, {"lat", io::FieldKind::Number, true},
    {"lon", io::FieldKind::Number, true},
};

}  // namespace

bool parseRecord(const io::TextRecord& record, Hub& out, std::vector<std::string>& problems,
                 int& /*offset: hubs carry no times*/) {
    io::FieldReader r(record, problems);
    const auto id = r.text("hub_id", true);
    const auto lat = r.coordinate("lat", true, 90);
    const auto lon = r.coordinate("lon", true, 180);
    if (!r.ok()) return false;
    out.id = std::string(*id);
    out.nameKo = std::string(r.text("name_ko", false).value_or(""));
    out.nameEn = std::string(r.text("name_en", false).value_or(""));
    out.position = {*lat, *lon};
    return true;
}

HubImport readHubsCsv(std::istream& in) {
    io::Importer<Hub> importer;
    io::readCsvRecords(in, kHubFields, importer);
    return importer.take();
}

HubImport readHubsCsvFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        HubImport result;
        result.errors.push_back({0, "cannot open " + path});
        return result;
    }
    return readHubsCsv(in);
}

}  // namespace chongal::sim
