#pragma once
// A reproducible synthetic dispatch scene over Seoul for benchmarks, tests and demos: hubs,
// couriers with headings and loads, orders picked up at hubs and dropped across the city, and
// one route per courier through its stops. Same seed, same scene.
#include <cstdint>

#include "ui/map/map_scene.h"

namespace chongal::ui {

struct SyntheticSceneSpec {
    int hubs = 8;
    int couriers = 100;
    int orders = 1000;
    int stopsPerRoute = 10;
    std::uint32_t seed = 1;
};

MapScene makeSyntheticScene(const SyntheticSceneSpec& spec);

}  // namespace chongal::ui
