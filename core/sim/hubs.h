#pragma once
// Hubs (stores where orders are picked up), read from a CSV with the header
// "hub_id,name_ko,name_en,lat,lon" (resources/scenarios/midnight_hubs.csv); columns by name,
// names optional. Bad rows are reported with their row number and skipped.
#include <istream>
#include <string>
#include <vector>

#include "core/io/interchange.h"
#include "core/model/geo.h"

namespace chongal::sim {

struct Hub {
    std::string id;
    std::string nameKo;
    std::string nameEn;
    GeoPoint position;
};

using HubImport = io::ImportResult<Hub>;

HubImport readHubsCsv(std::istream& in);
HubImport readHubsCsvFile(const std::string& path);

// For io::Importer<Hub> (found by argument-dependent lookup).
bool parseRecord(const io::TextRecord& record, Hub& out, std::vector<std::string>& problems,
                 int& offset);
inline std::string_view idField(const Hub&) {
    return "hub_id";
}

}  // namespace chongal::sim
