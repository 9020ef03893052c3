#include "app/headless/headless_run.h"

#include <cstdio>

namespace chongal::app {

int runHeadless(const QStringList&) {
    std::fprintf(stderr, "headless mode: not yet available\n");
    return 2;
}

}  // namespace chongal::app
